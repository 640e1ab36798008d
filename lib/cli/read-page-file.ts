/** Reads a .txt or .html file the way the scanner needs it (Node only). */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parseHTML } from "linkedom";
import { visibleText } from "../highlighter/extract-blocks";

export class InputError extends Error {}

export function readPageFile(file: string): { text: string; title?: string } {
  const ext = extname(file).toLowerCase();
  if (![".txt", ".html", ".htm"].includes(ext))
    throw new InputError(`${file}: expected a .txt or .html file`);
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new InputError(`${file}: not a file`);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      `${file}: ${code === "ENOENT" ? "no such file" : `cannot read (${code ?? "error"})`}`,
    );
  }
  let text: string;
  try {
    if (bytes.subarray(0, 8192).includes(0)) throw new Error("NUL byte");
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file}: looks binary, not UTF-8 text`);
  }
  if (ext === ".txt") return { text };
  const { document } = parseHTML(text);
  const title = document.querySelector("title")?.textContent?.trim() || undefined;
  return { text: visibleText(document.body ?? document.documentElement), title };
}

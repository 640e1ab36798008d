/** Loads tests/corpus: page texts and their hand labels (Node only). */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { LabelledPage } from "./evaluate-corpus";

export const CORPUS_DIR = resolve(import.meta.dirname, "../../tests/corpus");

export function readCorpus(dir = CORPUS_DIR): Record<string, { page: LabelledPage; text: string }> {
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, LabelledPage>;
  return Object.fromEntries(
    Object.entries(labels).map(([name, page]) => [
      name,
      { page, text: readFileSync(join(dir, name), "utf8") },
    ]),
  );
}

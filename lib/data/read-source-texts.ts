/** Reads the seed articles and shared statements from ../shared (Node only). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SharedSource, SourceTexts } from "./verify-quotes";

/** ../shared next to this checkout (where CI puts it), or NHS_CONTEXT_SHARED. */
export const SHARED_DIR = process.env.NHS_CONTEXT_SHARED ?? resolve(import.meta.dirname, "../../../shared");

/** The source texts, or null when ../shared is not next to this checkout. */
export function readSourceTexts(dir = SHARED_DIR): SourceTexts | null {
  const seedsDir = join(dir, "seeds");
  const sharedFile = join(dir, "sources/statements.json");
  if (!existsSync(seedsDir) || !existsSync(sharedFile)) return null;
  const seeds: Record<string, string> = {};
  for (const f of readdirSync(seedsDir).filter((f) => f.endsWith(".txt")))
    seeds[f] = readFileSync(join(seedsDir, f), "utf8");
  return { seeds, shared: JSON.parse(readFileSync(sharedFile, "utf8")) as SharedSource[] };
}

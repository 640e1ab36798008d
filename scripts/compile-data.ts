/** `npm run db:compile`: validates data/ and writes data/generated/compiled.json for the extension and CLI. */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadBundledDatabase } from "../lib/data/bundled-database";
import { compileData } from "../lib/data/compile-data";
import { DataError } from "../lib/data/validate-database";

try {
  const out = resolve(import.meta.dirname, "../data/generated");
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, "compiled.json"), JSON.stringify(compileData(loadBundledDatabase())));
} catch (err) {
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}

/** `npm run db:check`: schema, references, and every quote verbatim against its source. */
import { loadBundledDatabase } from "../lib/data/bundled-database";
import { readSourceTexts, SHARED_DIR } from "../lib/data/read-source-texts";
import { DataError } from "../lib/data/validate-database";
import { verifyQuotes } from "../lib/data/verify-quotes";

try {
  const db = loadBundledDatabase();
  console.log(
    `Schema and references: OK (${db.statements.length} statements, ${db.sources.length} sources, ` +
      `${db.topics.length} topics, ${db.relations.length} relations).`,
  );
  const texts = readSourceTexts();
  if (!texts) {
    // CI always has ../shared; anywhere else, say plainly that the proof did not run.
    console.warn(
      `Verbatim check NOT RUN: ${SHARED_DIR} (seeds and sources) is not present. Set NHS_CONTEXT_SHARED to its path to run it.`,
    );
  } else {
    const problems = verifyQuotes(db, texts);
    if (problems.length > 0) {
      console.error(`Verbatim check FAILED:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
      process.exit(1);
    }
    console.log(
      `Verbatim check: OK (every quote matches its source; only whitespace and curly vs straight quotes normalised).`,
    );
  }
} catch (err) {
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}

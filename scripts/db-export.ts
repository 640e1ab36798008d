/** `npm run --silent db:export`: every statement as one JSON array, with its source, on stdout. */
import { loadBundledDatabase } from "../lib/data/bundled-database";
import { exportStatements } from "../lib/data/export-statements";

process.stdout.write(`${JSON.stringify(exportStatements(loadBundledDatabase()), null, 2)}\n`);

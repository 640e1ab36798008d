/** `npm run --silent scan -- [--url URL] [--title TITLE] [--pretty] FILE` */
import { runScan } from "../lib/cli/scan-command";
import { getEngine } from "../lib/matcher/default-engine";

const { code, stdout, stderr } = runScan(process.argv.slice(2), getEngine());
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = code;

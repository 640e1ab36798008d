/** The `scan` command: JSON (default) or a readable table of what the engine finds in a file. */
import { parseArgs } from "node:util";
import type { Engine, ScanResult } from "../matcher/engine";
import { InputError, readPageFile } from "./read-page-file";

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}
const USAGE = "usage: npm run --silent scan -- [--url URL] [--title TITLE] [--pretty] FILE";

export function runScan(argv: string[], engine: Engine): CommandResult {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    return { code: 2, stdout: "", stderr: `${(err as Error).message}\n${USAGE}\n` };
  }
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) return { code: 2, stdout: "", stderr: `${USAGE}\n` };
  let page: ReturnType<typeof readPageFile>;
  try {
    page = readPageFile(file);
  } catch (err) {
    if (err instanceof InputError) return { code: 2, stdout: "", stderr: `scan: ${err.message}\n` };
    throw err;
  }
  const result = engine.scan(page.text, { url: args.values.url, title: args.values.title ?? page.title });
  const stdout = args.values.pretty ? prettyTable(result, engine) : `${JSON.stringify(toJson(result))}\n`;
  return { code: 0, stdout, stderr: "" };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: "string" }, title: { type: "string" }, pretty: { type: "boolean" } },
  });
}

export function toJson(result: ScanResult) {
  return {
    isNhs: result.isNhs,
    reasons: result.reasons,
    matches: result.matches.map(({ start, end, text, topicId, topic, statementIds, kind }) => ({
      start,
      end,
      text,
      topicId,
      topic,
      statementIds,
      kind,
    })),
  };
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function prettyTable(result: ScanResult, engine: Engine): string {
  const lines = [
    `${result.isNhs ? "About the NHS" : "Not about the NHS"} (score ${result.score}): ${result.reasons.join("; ")}`,
    `${result.matches.length} match${result.matches.length === 1 ? "" : "es"}`,
  ];
  if (result.matches.length === 0) return `${lines.join("\n")}\n`;
  const rows = result.matches.map((m) => {
    const best = engine.statements.get(m.statementIds[0] ?? "");
    const who = best ? `${best.speaker}, ${best.date ?? "undated"}: “${clip(best.quote, 60)}”` : "";
    return [`${m.start}-${m.end}`, clip(m.text.replace(/\s+/g, " "), 30), clip(m.topic, 28), m.kind, who];
  });
  const header = ["offset", "phrase", "topic", "kind", "best statement"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  ");
  return `${[...lines, "", fmt(header), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt)].join("\n")}\n`;
}

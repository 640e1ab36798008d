import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test } from "vitest";
import { getEngine } from "../matcher/default-engine";
import { runScan } from "./scan-command";

const fixtures = resolve(import.meta.dirname, "../../tests/fixtures");
const tmp = mkdtempSync(join(tmpdir(), "nhs-context-cli-"));
const run = (...args: string[]) => runScan(args, getEngine());

test("a .txt file is scanned as is, with offsets into the file's text", () => {
  const file = join(tmp, "a.txt");
  const text = "The NHS faces another\ntop-down reorganisation, says the health secretary.";
  writeFileSync(file, text);
  const { code, stdout } = run(file);
  expect(code).toBe(0);
  const out = JSON.parse(stdout);
  expect(Object.keys(out)).toEqual(["isNhs", "reasons", "matches"]);
  expect(out.isNhs).toBe(true);
  const m = out.matches[0];
  expect(Object.keys(m).sort()).toEqual(["end", "kind", "start", "statementIds", "text", "topic", "topicId"]);
  expect(text.slice(m.start, m.end)).toBe("top-down reorganisation");
  expect(m.statementIds.length).toBeGreaterThan(0);
});

test("an .html file is scanned as its visible text, phrases split across links and <em> included", () => {
  const out = JSON.parse(run(join(fixtures, "hsj-article.html")).stdout);
  const texts = out.matches.map((m: { text: string }) => m.text);
  expect(texts).toContain("integrated care systems");
  expect(texts).toContain("top-down reorganisation");
  expect(texts).toContain("democratically accountable");
  expect(texts.join(" ")).not.toMatch(/Most read|winter bed/);
});

test("--url and --title feed the page gate", () => {
  const file = join(tmp, "short.txt");
  writeFileSync(file, "Whole person care is back on the agenda.");
  expect(JSON.parse(run(file).stdout).isNhs).toBe(false);
  expect(JSON.parse(run("--url", "https://www.hsj.co.uk/a", file).stdout).isNhs).toBe(true);
  expect(JSON.parse(run("--title", "NHS plans", file).stdout).matches).toHaveLength(1);
});

test("--pretty prints a table with the best statement for each match", () => {
  const { stdout } = run("--pretty", join(fixtures, "hsj-article.html"));
  expect(stdout).toMatch(/^About the NHS/);
  expect(stdout).toContain("best statement");
  expect(stdout).toContain("Jon Ashworth, 2019-12-11: “democratically accountable”");
});

test("a look-alike page gives no matches and says why", () => {
  const out = JSON.parse(run(join(fixtures, "us-lookalike.html")).stdout);
  expect(out).toMatchObject({ isNhs: false, matches: [] });
  expect(out.reasons).toContain("the NHS is never named");
});

test.each([
  ["a missing file", () => join(tmp, "missing.txt"), /no such file/],
  [
    "a directory",
    () => {
      const d = join(tmp, "dir.txt");
      mkdirSync(d);
      return d;
    },
    /not a file|cannot read/,
  ],
  [
    "a binary file",
    () => {
      const f = join(tmp, "bin.txt");
      writeFileSync(f, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
      return f;
    },
    /looks binary/,
  ],
  ["an unsupported type", () => join(tmp, "x.pdf"), /expected a \.txt or \.html file/],
])("%s exits 2 with a one-line message", (_, make, message) => {
  const { code, stdout, stderr } = run(make());
  expect(code).toBe(2);
  expect(stdout).toBe("");
  expect(stderr).toMatch(message);
  expect(stderr.trim().split("\n")).toHaveLength(1);
});

import { expect, test } from "vitest";
import { getEngine } from "../matcher/default-engine";
import { evaluateCorpus, precision, recall } from "./evaluate-corpus";
import { readCorpus } from "./read-corpus";

const corpus = readCorpus();

test("the corpus has at least 15 pages and every label sits at its offset", () => {
  expect(Object.keys(corpus).length).toBeGreaterThanOrEqual(15);
  for (const { page, text } of Object.values(corpus))
    for (const l of page.labels) expect(text.slice(l.offset, l.offset + l.phrase.length)).toBe(l.phrase);
  const kinds = new Set(Object.values(corpus).map((p) => p.page.kind));
  expect([...kinds].sort()).toEqual(["canonical", "lookalike", "negative", "paraphrase"]);
});

test("negative and look-alike pages produce no matches, and canonical wording is found", () => {
  const result = evaluateCorpus(getEngine(), corpus);
  expect(result.byForm.get("negative")?.fp ?? 0).toBe(0);
  expect(result.byForm.get("lookalike")?.fp ?? 0).toBe(0);
  const canonical = result.byForm.get("canonical")!;
  expect(recall(canonical)).toBeGreaterThanOrEqual(0.95);
  expect(precision(result.overall)).toBeGreaterThanOrEqual(0.95);
});

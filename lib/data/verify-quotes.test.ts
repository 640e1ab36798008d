import { expect, test } from "vitest";
import { loadBundledDatabase } from "./bundled-database";
import { readSourceTexts, SHARED_DIR } from "./read-source-texts";
import { normaliseForQuoteCheck, verifyQuotes } from "./verify-quotes";

const texts = readSourceTexts();
// CI always has ../shared; anywhere else say loudly that the verbatim proof did not run.
if (!texts)
  console.warn(`Verbatim quote check NOT RUN: ${SHARED_DIR} is not present (set NHS_CONTEXT_SHARED).`);
const hasSources = texts !== null;

test.runIf(hasSources)(
  "every quote and seed context is verbatim in its source, and every source statement is in",
  () => {
    expect(verifyQuotes(loadBundledDatabase(), texts!)).toEqual([]);
  },
);

test.runIf(hasSources)("a quote changed by one word is caught", () => {
  const db = structuredClone(loadBundledDatabase());
  const st = db.statements.find((s) => s.id === "ashworth-2019-one-going-on-now")!;
  st.quote = "I think there’s one going on today.";
  const shared = db.statements.find((s) => s.sourceId.startsWith("hansard"))!;
  shared.quote = shared.quote.replace("exactly", "precisely");
  const problems = verifyQuotes(db, texts!);
  expect(problems).toContain(
    `statement "ashworth-2019-one-going-on-now": quote is not verbatim in 004_0e9565280fdbf680.txt`,
  );
  expect(problems.some((p) => p.startsWith(`statement "${shared.id}": quote is not the one recorded`))).toBe(
    true,
  );
});

test("only whitespace and curly vs straight quotes are normalised", () => {
  expect(normaliseForQuoteCheck("“there’s  one\n going”")).toBe(`"there's one going"`);
  expect(normaliseForQuoteCheck("NHS—the")).not.toBe(normaliseForQuoteCheck("NHS - the"));
});

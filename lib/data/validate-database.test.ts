import { describe, expect, test } from "vitest";
import { loadBundledDatabase } from "./bundled-database";
import { DataError, type RawDatabase, validateDatabase } from "./validate-database";

const raw = (): RawDatabase => structuredClone(loadBundledDatabase()) as unknown as RawDatabase;
const problemsOf = (data: RawDatabase) => {
  try {
    validateDatabase(data);
    return [];
  } catch (err) {
    if (err instanceof DataError) return err.problems;
    throw err;
  }
};

describe("the bundled database", () => {
  const db = loadBundledDatabase();
  test("is valid and covers every required topic", () => {
    const ids = db.topics.map((t) => t.id);
    for (const t of [
      "top-down-reorganisation",
      "whole-person-care",
      "health-and-wellbeing-boards",
      "clinical-commissioning-groups",
      "personal-health-budgets",
      "quality-and-outcomes-framework",
      "purchaser-provider-split",
      "integrated-care-systems",
      "health-and-social-care-act-2012",
      "four-hour-target",
      "eighteen-week-target",
      "waiting-time-targets-review",
      "outsourcing-in-housing",
      "privatisation",
      "competition-and-tendering",
      "bed-cuts-beds-review",
      "carbon-neutral-nhs",
      "anchor-institutions",
      "primary-care-models",
    ])
      expect(ids).toContain(t);
  });
  test("every statement has a speaker, a source and a date or an explicit note that the source gives none", () => {
    const sources = new Map(db.sources.map((s) => [s.id, s]));
    for (const s of db.statements) {
      expect(s.speaker).not.toBe("");
      const source = sources.get(s.sourceId)!;
      expect(s.date !== null || (s.datePrecision === "unknown" && source.dateNote.length > 0)).toBe(true);
    }
  });
  test("holds the cross-year relations on top-down reorganisation and personal health budgets", () => {
    const has = (from: string, kind: string, to: string) =>
      db.relations.some((r) => r.from === from && r.kind === kind && r.to === to);
    expect(
      has("ashworth-2019-one-going-on-now", "earlier-pledge", "abrahams-2014-no-top-down-reorganisation"),
    ).toBe(true);
    expect(
      has(
        "healey-2011-top-down-reorganisation-exactly-he",
        "earlier-pledge",
        "coalition-cease-top-down-reorganisations-structures",
      ),
    ).toBe(true);
    expect(
      has(
        "abrahams-2014-personal-health-budgets-serious-concerns",
        "contradicts",
        "kendall-2014-personal-health-budgets-important-way",
      ),
    ).toBe(true);
  });
});

describe("a malformed record", () => {
  test("names the file, the record id and the field", () => {
    const data = raw();
    (data.statements as { quote: string }[])[3]!.quote = "";
    const id = (data.statements as { id: string }[])[3]!.id;
    expect(problemsOf(data)).toContain(
      `data/statements.json: record "${id}": field "quote": must not be empty`,
    );
  });
  test("a bad date precision, an unknown topic and a dangling relation are each reported", () => {
    const data = raw();
    const st = (data.statements as { id: string; topics: string[] }[])[0]!;
    st.topics = ["no-such-topic"];
    (data.sources as { datePrecision: string }[])[5]!.datePrecision = "day";
    (data.relations as { to: string }[])[0]!.to = "missing-statement";
    const problems = problemsOf(data).join("\n");
    expect(problems).toContain(`record "${st.id}": field "topics": unknown topic "no-such-topic"`);
    expect(problems).toContain(`field "datePrecision": datePrecision does not match date`);
    expect(problems).toContain(`field "to": unknown statement "missing-statement"`);
  });
  test("duplicate ids are reported", () => {
    const data = raw();
    const statements = data.statements as { id: string }[];
    statements[1]!.id = statements[0]!.id;
    expect(problemsOf(data).join("\n")).toContain(`id "${statements[0]!.id}" is not unique`);
  });
});

import { describe, expect, test } from "vitest";
import { getEngine } from "./default-engine";

const engine = getEngine();
/** Matches in an NHS sentence, as [text, topicId, kind]. */
const found = (text: string) => engine.findMatches(text).map((m) => [m.text, m.topicId, m.kind] as const);
const topicsIn = (text: string) => found(text).map(([, t]) => t);

describe("phrase variants", () => {
  test.each([
    ["a top-down reorganisation", "top-down reorganisation", "exact"],
    ["a Top Down Reorganisation", "Top Down Reorganisation", "variant"],
    ["a top-down re-organisation", "top-down re-organisation", "variant"],
    ["a top-down reorganization", "top-down reorganization", "variant"],
    ["no topdown reorganisations", "topdown reorganisations", "variant"],
    ["the reorganisation’s cost", undefined, undefined],
  ])("%s", (text, expected, kind) => {
    const m = found(text).find(([, t]) => t === "top-down-reorganisation");
    expect(m?.[0]).toBe(expected);
    expect(m?.[2]).toBe(kind);
  });

  test("plurals and possessives, straight and curly", () => {
    expect(found("integrated care systems’ budgets")[0]?.[0]).toBe("integrated care systems’");
    expect(found("the integrated care system's board")[0]?.[0]).toBe("integrated care system's");
    expect(found("CCGs' role")[0]?.[0]).toBe("CCGs'");
  });

  test.each([
    ["ICS", "integrated-care-systems"],
    ["ICSs", "integrated-care-systems"],
    ["CCGs", "clinical-commissioning-groups"],
    ["HWBs", "health-and-wellbeing-boards"],
    ["PHBs", "personal-health-budgets"],
    ["QOF", "quality-and-outcomes-framework"],
    ["A&E target", "four-hour-target"],
    ["four-hour target", "four-hour-target"],
    ["4-hour target", "four-hour-target"],
    ["18-week target", "eighteen-week-target"],
  ])("abbreviation or short form %s", (phrase, topic) => {
    expect(topicsIn(`Leaders discussed ${phrase} today.`)).toEqual([topic]);
  });

  test("abbreviations only count in capitals", () => {
    expect(topicsIn("the physics of qof and ics")).toEqual([]);
  });

  test("line breaks, several spaces and curly quotes inside a phrase", () => {
    expect(found("the whole\n   person care plan")[0]?.[0]).toBe("whole\n   person care");
    expect(found("act as “anchor” institutions")[0]?.[0]).toBe("anchor” institutions");
    expect(found("the purchaser/provider split")[0]?.[1]).toBe("purchaser-provider-split");
  });

  test("never inside another word", () => {
    expect(topicsIn("PHBsX and xICS and subQOF")).toEqual([]);
    expect(topicsIn("nonintegrated care systems and integrated care systemsxyz")).toEqual([]);
  });

  test("the longest, most specific phrase wins an overlap", () => {
    expect(found("the four-hour A&E target")).toEqual([
      ["four-hour A&E target", "four-hour-target", "variant"],
    ]);
    expect(found("the Health and Social Care Act 2012")).toEqual([
      ["Health and Social Care Act 2012", "health-and-social-care-act-2012", "exact"],
    ]);
    expect(found("the Department of Health and Social Care Act")[0]?.[1]).toBe(
      "health-and-social-care-act-2012",
    );
  });
});

describe("typos", () => {
  test.each([
    ["a top-down reorganisaton", "top-down reorganisaton"],
    ["a top-down reorgnaisation", "top-down reorgnaisation"],
    ["top-dwon reorganisation plans", "top-dwon reorganisation"],
    ["a wholle person care model", "wholle person care"],
    ["personal helth budgets", "personal helth budgets"],
    ["clinical comissioning groups", "clinical comissioning groups"],
  ])("%s", (text, expected) => {
    const m = found(text)[0];
    expect(m?.[0]).toBe(expected);
    expect(m?.[2]).toBe("fuzzy");
  });
  test("no phrase spans two paragraphs batched together by the page scanner", () => {
    expect(found("plans for integrated care\n\u0000\nsystems and top-down\n\u0000\nreorganisaton")).toEqual(
      [],
    );
  });
  test("a fuzzy match never stretches a short word or crosses a paragraph", () => {
    expect(found("the plans for integrated care\n\nBy our reporters")).toEqual([]);
  });
  test("short phrases and words far off are not fuzzy matches", () => {
    expect(found("a top-down organisational chart of wholesome persons")).toEqual([]);
  });
});

describe("restatements of seed statements", () => {
  test("'reforms without reorganisation' and 'evolutionary process not a big bang'", () => {
    const ms = engine.findMatches(
      "Labour promised reforms without reorganisation: an evolutionary process, not a big bang.",
    );
    expect(ms.map((m) => [m.text, m.kind])).toEqual([
      ["reforms without reorganisation", "restatement"],
      ["evolutionary process, not a big bang", "restatement"],
    ]);
    expect(ms[0]!.statementIds[0]).toBe("abrahams-2014-reforms-without-reorganisation");
  });
  test("'democratically accountable' only when said of integrated care systems", () => {
    expect(found("ICSs must be democratically accountable.").map(([t, , k]) => [t, k])).toEqual([
      ["ICSs", "variant"],
      ["democratically accountable", "restatement"],
    ]);
    expect(found("Police chiefs must be democratically accountable.")).toEqual([]);
  });
});

describe("generic words alone are not matches", () => {
  test.each(["integration", "the boards", "the target", "integrated care", "the trust's reorganisation"])(
    "%s",
    (w) => expect(topicsIn(`The NHS said ${w} was working.`)).toEqual([]),
  );
});

describe("ranking", () => {
  test("statements that use the phrase itself come first", () => {
    const m = engine.findMatches(
      "Labour insists its plans would not mean another top-down reorganisation of the NHS.",
    )[0]!;
    const quotes = m.statementIds.slice(0, 3).map((id) => engine.statements.get(id)!.quote.toLowerCase());
    for (const q of quotes) expect(q).toMatch(/top[- ]down reorganisation/);
  });
  test("statements are ranked by the surrounding sentence and all belong to the topic", () => {
    const m = engine.findMatches(
      "Labour has serious concerns that personal health budgets pave the way for insurance.",
    )[0]!;
    expect(m.statementIds[0]).toBe("abrahams-2014-personal-health-budgets-serious-concerns");
    for (const id of m.statementIds)
      expect(engine.statements.get(id)!.topics).toContain("personal-health-budgets");
  });
});

describe("the page gate", () => {
  test("an NHS article passes and says why", () => {
    const r = engine.scan(
      "The NHS in England faces a top-down reorganisation, the health secretary admitted.",
    );
    expect(r.isNhs).toBe(true);
    expect(r.reasons.join(" ")).toContain('"NHS"');
    expect(r.matches).toHaveLength(1);
  });
  test("a US 'Whole Person Care' pilot gives no matches", () => {
    const r = engine.scan(
      "California counties expanded Whole Person Care pilots under Medi-Cal. The county health plan said Medicaid funding would continue, unlike the NHS.",
    );
    expect(r.isNhs).toBe(false);
    expect(r.matches).toEqual([]);
  });
  test("a police force reorganisation gives no matches, even on a page that names the NHS", () => {
    expect(
      engine.scan("The chief constable announced a top-down reorganisation of the police force.").matches,
    ).toEqual([]);
    expect(
      engine.scan(
        "The NHS and the police: the chief constable defended a top-down reorganisation of the constabulary.",
      ).matches,
    ).toEqual([]);
  });
  test("the URL and title count", () => {
    expect(engine.scan("Whole person care is back.", { url: "https://www.hsj.co.uk/x" }).isNhs).toBe(true);
    expect(engine.scan("Whole person care is back.", { title: "NHS plans" }).isNhs).toBe(true);
    expect(engine.scan("Whole person care is back.").isNhs).toBe(false);
  });
});

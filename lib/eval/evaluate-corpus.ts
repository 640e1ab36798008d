/** Scores the engine against hand-labelled pages: precision and recall per topic and per wording form. */
import type { Engine } from "../matcher/engine";

export interface Label {
  phrase: string;
  offset: number;
  topic: string;
  form: "canonical" | "paraphrase";
}
export interface LabelledPage {
  kind: "canonical" | "paraphrase" | "negative" | "lookalike";
  url?: string;
  title?: string;
  labels: Label[];
}
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
export interface Evaluation {
  byTopic: Map<string, Tally>;
  byForm: Map<string, Tally>;
  overall: Tally;
  /** Wrong or missed phrases, for reading what went wrong. */
  errors: string[];
}

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
const bump = (map: Map<string, Tally>, key: string, field: keyof Tally) => {
  const t = map.get(key) ?? empty();
  t[field]++;
  map.set(key, t);
};

export function evaluateCorpus(
  engine: Engine,
  pages: Record<string, { page: LabelledPage; text: string }>,
): Evaluation {
  const result: Evaluation = { byTopic: new Map(), byForm: new Map(), overall: empty(), errors: [] };
  for (const [name, { page, text }] of Object.entries(pages)) {
    const { matches } = engine.scan(text, { url: page.url, title: page.title });
    const used = new Set<Label>();
    // Extra matches are charged to the wording form the page was written to test.
    const pageForm =
      page.kind === "paraphrase" ? "paraphrase" : page.kind === "canonical" ? "canonical" : page.kind;
    for (const m of matches) {
      const label = page.labels.find(
        (l) =>
          !used.has(l) && l.topic === m.topicId && m.start < l.offset + l.phrase.length && l.offset < m.end,
      );
      if (label) {
        used.add(label);
        for (const map of [result.byTopic, result.byForm])
          bump(map, map === result.byTopic ? label.topic : label.form, "tp");
        result.overall.tp++;
      } else {
        bump(result.byTopic, m.topicId, "fp");
        bump(result.byForm, pageForm, "fp");
        result.overall.fp++;
        result.errors.push(`${name}: unexpected "${m.text}" (${m.topicId}) at ${m.start}`);
      }
    }
    for (const l of page.labels)
      if (!used.has(l)) {
        bump(result.byTopic, l.topic, "fn");
        bump(result.byForm, l.form, "fn");
        result.overall.fn++;
        result.errors.push(`${name}: missed "${l.phrase}" (${l.topic}, ${l.form}) at ${l.offset}`);
      }
  }
  return result;
}

export const precision = (t: Tally) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
export const recall = (t: Tally) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

/** `npm run eval`: precision and recall on the hand-labelled corpus, per topic and per wording form. */
import { evaluateCorpus, precision, recall, type Tally } from "../lib/eval/evaluate-corpus";
import { readCorpus } from "../lib/eval/read-corpus";
import { getEngine } from "../lib/matcher/default-engine";

const corpus = readCorpus();
const result = evaluateCorpus(getEngine(), corpus);
const pct = (x: number) => `${(100 * x).toFixed(0)}%`.padStart(5);
const row = (name: string, t: Tally) =>
  `${name.padEnd(34)} ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}  ${pct(precision(t))} ${pct(recall(t))}`;
const header = `${"".padEnd(34)}  TP  FP  FN  prec.  rec.`;

console.log(
  `Corpus: ${Object.keys(corpus).length} pages, ${Object.values(corpus).reduce((n, p) => n + p.page.labels.length, 0)} labelled phrases\n`,
);
console.log(`By topic\n${header}`);
for (const [topic, t] of [...result.byTopic].sort()) console.log(row(topic, t));
console.log(
  `\nBy wording (extra matches on negative and look-alike pages listed on their own rows)\n${header}`,
);
for (const form of ["canonical", "paraphrase", "negative", "lookalike"])
  console.log(row(form, result.byForm.get(form) ?? { tp: 0, fp: 0, fn: 0 }));
console.log(`\n${row("overall", result.overall)}`);
if (result.errors.length > 0) console.log(`\nErrors:\n${result.errors.map((e) => `  ${e}`).join("\n")}`);

/**
 * Compiles topic variants, restatement phrases, fuzzy anchors and page-gate terms into one regex
 * alternation (run once over the text) plus the tables that say what each alternative means.
 * Runs at build time; the engine only loads the result.
 */
import type { Database } from "../data/schema";
import { GATE_TERMS } from "./gate-terms";
import {
  escapeRegex,
  foldForComparison,
  isAbbreviation,
  NOT_WORD_AHEAD,
  SEP_CLASS,
  SUFFIX,
  splitWords,
} from "./text-classes";

export type Alternative =
  | { type: "variant"; topicId: string; canonical: string; upperWords: string[] }
  | { type: "restatement"; topicId: string; statementId: string; near?: string[]; upperWords: string[] }
  | { type: "anchor"; anchors: { phrase: number; word: number }[] }
  | { type: "gate"; term: number; upperWords: string[] };

export interface FuzzyPhrase {
  topicId: string;
  /** Folded form (lower case, single spaces) compared against the text. */
  folded: string;
  words: number;
  maxEdits: number;
}

export interface CompiledMatcher {
  /** Regex source: one capture group per alternative, longest first. Flags: "gi". */
  pattern: string;
  alternatives: Alternative[];
  fuzzy: FuzzyPhrase[];
  lookalikeCues: Record<string, string[]>;
}

/** Words too common in news prose to anchor a fuzzy search on their own. */
const WEAK_ANCHORS = new Set([
  "health",
  "care",
  "service",
  "services",
  "public",
  "local",
  "people",
  "national",
]);
const FUNCTION_WORDS = new Set(["a", "an", "and", "the", "of", "to", "in", "on", "for", "by", "with", "or"]);

function wordPattern(word: string): string {
  if (word.toLowerCase() === "and") return "(?:and|&)";
  return escapeRegex(word)
    .replace(/is(ation|ations|e|ed|es|ing)$/i, "i[sz]$1")
    .replace(/'/g, "['\\u2019]");
}

export function phrasePattern(phrase: string, suffix = true): string {
  return splitWords(phrase).map(wordPattern).join(`${SEP_CLASS}*`) + (suffix ? SUFFIX : "");
}

const upperWordsOf = (phrase: string) => splitWords(phrase).filter(isAbbreviation);

function anchorsOf(phrase: string): string[] {
  const words = splitWords(phrase.toLowerCase());
  const anchors: string[] = [];
  words.forEach((w, i) => {
    if (w.length >= 5 && !WEAK_ANCHORS.has(w)) anchors.push(w);
    // Two short words together ("top-down", "four-hour", "18-week") are distinctive as a pair.
    const next = words[i + 1];
    const weak = (x: string) => WEAK_ANCHORS.has(x) || FUNCTION_WORDS.has(x);
    if (next && w.length < 5 && next.length < 5 && !weak(w) && !weak(next)) anchors.push(`${w} ${next}`);
  });
  return anchors;
}

/** Typos allowed in a phrase of this length: none in short ones, 1 in medium, 2 in long. */
export const maxEditsFor = (folded: string) => (folded.length >= 18 ? 2 : folded.length >= 10 ? 1 : 0);

export function compileMatcher(db: Database): CompiledMatcher {
  const entries: { source: string; weight: number; alt: Alternative }[] = [];
  const fuzzy: FuzzyPhrase[] = [];
  const anchorIndex = new Map<string, { phrase: number; word: number }[]>();
  const seenFuzzy = new Set<string>();

  for (const topic of db.topics) {
    const canonical = topic.variants[0]!;
    for (const variant of topic.variants) {
      const upperWords = upperWordsOf(variant);
      entries.push({
        source: phrasePattern(variant),
        weight: 3,
        alt: { type: "variant", topicId: topic.id, canonical, upperWords },
      });
      const folded = foldForComparison(variant);
      const maxEdits = maxEditsFor(folded);
      if (upperWords.length > 0 || maxEdits === 0 || seenFuzzy.has(folded.replace(/ /g, ""))) continue;
      seenFuzzy.add(folded.replace(/ /g, ""));
      const phrase = fuzzy.push({ topicId: topic.id, folded, words: folded.split(" ").length, maxEdits }) - 1;
      for (const anchor of anchorsOf(variant)) {
        const word = folded.split(" ").indexOf(anchor.split(" ")[0]!);
        anchorIndex.set(anchor, [...(anchorIndex.get(anchor) ?? []), { phrase, word }]);
      }
    }
  }
  for (const r of db.restatements)
    entries.push({
      source: phrasePattern(r.phrase, false),
      weight: 2,
      alt: {
        type: "restatement",
        topicId: r.topicId,
        statementId: r.statementId,
        near: r.near,
        upperWords: upperWordsOf(r.phrase),
      },
    });
  for (const [anchor, anchors] of anchorIndex)
    entries.push({ source: phrasePattern(anchor), weight: 1, alt: { type: "anchor", anchors } });
  for (const [term, g] of GATE_TERMS.entries())
    entries.push({
      source: phrasePattern(g.term, g.plural ?? false),
      weight: 0,
      alt: { type: "gate", term, upperWords: upperWordsOf(g.term) },
    });

  // Longest first, so at any start position the most specific alternative wins.
  const literalLength = (src: string) => src.replace(/\[[^\]]*\][*?]?|\(\?:[^)]*\)\??|\\./g, "x").length;
  entries.sort((a, b) => literalLength(b.source) - literalLength(a.source) || b.weight - a.weight);
  return {
    pattern: `(?:${entries.map((e) => `(${e.source})`).join("|")})${NOT_WORD_AHEAD}`,
    alternatives: entries.map((e) => e.alt),
    fuzzy,
    lookalikeCues: Object.fromEntries(db.topics.map((t) => [t.id, t.lookalikeCues])),
  };
}

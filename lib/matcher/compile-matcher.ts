/**
 * Compiles topic variants, restatement phrases and fuzzy anchors (and, separately, page-gate terms)
 * into trigger tables: a literal alternation of first words that V8 scans at regex-floor speed, and,
 * per trigger, a small sticky regex that says which phrase (if any) starts there.
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
  triggerKey,
} from "./text-classes";

export type Alternative =
  | { type: "variant"; topicId: string; canonical: string; upperWords: string[] }
  | { type: "restatement"; topicId: string; statementId: string; near?: string[]; upperWords: string[] }
  | { type: "anchor"; anchors: { phrase: number; word: number }[]; upperWords: string[] }
  | { type: "gate"; term: number; upperWords: string[] };

export interface FuzzyPhrase {
  topicId: string;
  /** Folded form (lower case, single spaces) compared against the text. */
  folded: string;
  words: string[];
  maxEdits: number;
}

/** Alternatives that can start where one trigger matched, tried together with one sticky regex. */
export interface TriggerGroup {
  /** How many words before the trigger word the phrases of this group start. */
  back: number;
  /** Regex source: one capture group per alternative, longest first, then a word end. Flags: "giy". */
  pattern: string;
  /** Index into the table's `alternatives` for each capture group. */
  alternatives: number[];
}

export interface TriggerTable {
  /**
   * Regex source: a plain literal alternation of trigger words (no classes, no captures), the shape
   * V8 scans fastest. Flags: "gi".
   */
  trigger: string;
  /** Trigger key (see triggerKey) -> indexes into `groups`, farthest-back group first. */
  groupsByKey: Record<string, number[]>;
  groups: TriggerGroup[];
  alternatives: Alternative[];
}

export interface CompiledMatcher {
  phrases: TriggerTable;
  gate: TriggerTable;
  fuzzy: FuzzyPhrase[];
  lookalikeCues: Record<string, string[]>;
}

interface Entry {
  /** The phrase as written, for its trigger. */
  phrase: string;
  source: string;
  /** Tie-break between equally long alternatives: variants before restatements before anchors. */
  weight: number;
  alt: Alternative;
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

/** Distinctive words of a phrase, and hyphenated pairs of short words ("top-down", "18-week"). */
function anchorsOf(phrase: string): string[] {
  const anchors = splitWords(phrase.toLowerCase()).filter((w) => w.length >= 5 && !WEAK_ANCHORS.has(w));
  for (const [, a, b] of phrase.toLowerCase().matchAll(/(?:^|\s)([a-z0-9]{2,4})-([a-z0-9]{2,4})(?=\s|$)/g))
    anchors.push(`${a} ${b}`);
  return anchors;
}

/** Typos allowed in a phrase of this length: none in short ones, 1 in medium, 2 in long. */
export const maxEditsFor = (folded: string) => (folded.length >= 18 ? 2 : folded.length >= 10 ? 1 : 0);

export function compileMatcher(db: Database): CompiledMatcher {
  const entries: Entry[] = [];
  const fuzzy: FuzzyPhrase[] = [];
  const anchorIndex = new Map<string, { phrase: number; word: number }[]>();
  const seenFuzzy = new Set<string>();

  for (const topic of db.topics) {
    const canonical = topic.variants[0]!;
    for (const variant of topic.variants) {
      const upperWords = upperWordsOf(variant);
      const alt: Alternative = { type: "variant", topicId: topic.id, canonical, upperWords };
      entries.push({ phrase: variant, source: phrasePattern(variant), weight: 3, alt });
      const folded = foldForComparison(variant);
      const maxEdits = maxEditsFor(folded);
      const key = folded.replace(/ /g, "");
      if (upperWords.length > 0 || maxEdits === 0 || seenFuzzy.has(key)) continue;
      seenFuzzy.add(key);
      const words = folded.split(" ");
      const phrase = fuzzy.push({ topicId: topic.id, folded, words, maxEdits }) - 1;
      for (const anchor of anchorsOf(variant)) {
        const word = words.indexOf(anchor.split(" ")[0]!);
        if (word >= 0) anchorIndex.set(anchor, [...(anchorIndex.get(anchor) ?? []), { phrase, word }]);
      }
    }
  }
  for (const r of db.restatements) {
    const upperWords = upperWordsOf(r.phrase);
    const alt: Alternative = {
      type: "restatement",
      topicId: r.topicId,
      statementId: r.statementId,
      near: r.near,
      upperWords,
    };
    entries.push({ phrase: r.phrase, source: phrasePattern(r.phrase, false), weight: 2, alt });
  }
  for (const [anchor, anchors] of anchorIndex)
    entries.push({
      phrase: anchor,
      source: phrasePattern(anchor),
      weight: 1,
      alt: { type: "anchor", anchors, upperWords: [] },
    });

  const gate: Entry[] = GATE_TERMS.map((g, term) => ({
    phrase: g.term,
    source: phrasePattern(g.term, g.plural ?? false),
    weight: 0,
    alt: { type: "gate", term, upperWords: upperWordsOf(g.term) },
  }));
  return {
    phrases: assemble(entries),
    gate: assemble(gate),
    fuzzy,
    lookalikeCues: Object.fromEntries(db.topics.map((t) => [t.id, t.lookalikeCues])),
  };
}

/** Words too short or too common to trigger on: a phrase starting with them triggers on a later word. */
// prettier-ignore
const SKIP_FIRST = new Set(
  "a an and the of to in on no any out put new end big net re bring brought back time long nhs health".split(
    " ",
  ),
);

/**
 * Where a phrase triggers: its first word that is not too common to scan for, as a literal cut before
 * any spelling class ("privati" for privatisation/privatization). A word hyphenated to the next
 * ("top-down", "18-week") is kept, so the unhyphenated spelling ("topdown") still triggers.
 */
function triggerOf(phrase: string): { literal: string; back: number } {
  const words = splitWords(phrase);
  let back = 0;
  const skip = (w: string) => w.length === 1 || SKIP_FIRST.has(w.toLowerCase());
  while (back < words.length - 1 && skip(words[back]!)) back++;
  const pattern = wordPattern(words[back]!);
  const cut = pattern.search(/\[|\(/);
  const literal = (cut < 0 ? pattern : pattern.slice(0, cut)).replace(/\\(.)/g, "$1");
  return { literal, back };
}

const literalLength = (src: string) => src.replace(/\[[^\]]*\][*?]?|\(\?:[^)]*\)\??|\\./g, "x").length;

function assemble(entries: Entry[]): TriggerTable {
  // Longest first, so at any start position the most specific alternative wins.
  entries.sort((a, b) => literalLength(b.source) - literalLength(a.source) || b.weight - a.weight);
  const triggers = entries.map((e) => triggerOf(e.phrase));
  // Trigger literals that are prefixes of one another fire at the same place: they share groups.
  const keys = [...new Set(triggers.map((t) => triggerKey(t.literal)))].sort();
  const root = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => (root.get(k) === k ? k : find(root.get(k)!));
  for (const a of keys) for (const b of keys) if (a !== b && b.startsWith(a)) root.set(find(b), find(a));
  const groupIndex = new Map<string, number>();
  const groups: TriggerGroup[] = [];
  entries.forEach((_, i) => {
    const t = triggers[i]!;
    const id = `${find(triggerKey(t.literal))}#${t.back}`;
    if (!groupIndex.has(id))
      groupIndex.set(id, groups.push({ back: t.back, pattern: "", alternatives: [] }) - 1);
    groups[groupIndex.get(id)!]!.alternatives.push(i);
  });
  for (const g of groups)
    g.pattern = `(?:${g.alternatives.map((i) => `(${entries[i]!.source})`).join("|")})${NOT_WORD_AHEAD}`;
  const groupsByKey: Record<string, number[]> = {};
  for (const k of keys)
    groupsByKey[k] = [...groupIndex]
      .filter(([id]) => id.startsWith(`${find(k)}#`))
      .map(([, index]) => index)
      .sort((a, b) => groups[b]!.back - groups[a]!.back);
  const literals = [...new Set(triggers.map((t) => escapeRegex(t.literal)))].sort(
    (a, b) => b.length - a.length,
  );
  return {
    trigger: `\\b(?:${literals.join("|")})`,
    groupsByKey,
    groups,
    alternatives: entries.map((e) => e.alt),
  };
}

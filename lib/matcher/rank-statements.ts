/** Ranks a topic's statements by how well they fit the sentence a phrase was found in (Fuse.js, prebuilt index). */
import Fuse from "fuse.js";
import type { Statement } from "../data/schema";
import { foldForComparison } from "./text-classes";

export const FUSE_KEYS = [
  { name: "quote", weight: 3 },
  { name: "context", weight: 1 },
  { name: "speaker", weight: 0.5 },
];
const STOPWORDS = new Set(
  "about after again against their there these those which while would could should being other where under than that this with from have been were will into they them what when said says also only more most over such".split(
    " ",
  ),
);

export type SerializedIndex = Parameters<typeof Fuse.parseIndex>[0];

export function createIndex(statements: Statement[]): SerializedIndex {
  return Fuse.createIndex(FUSE_KEYS, statements).toJSON() as unknown as SerializedIndex;
}

/** The distinctive words of a sentence (at most 10), each searched for on its own. */
function wordsOf(sentence: string): string[] {
  const words = sentence.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? [];
  return [...new Set(words.filter((w) => !STOPWORDS.has(w)))].slice(0, 10);
}

/** The statement uses the very phrase the reader met: worth a few shared sentence words, not more. */
const PHRASE_IN_QUOTE = 1.5;

export function createRanker(statements: Statement[], index: SerializedIndex) {
  const foldedQuotes = new Map<Statement, string>();
  const foldedQuote = (s: Statement) => {
    let f = foldedQuotes.get(s);
    if (f === undefined) {
      f = foldForComparison(s.quote);
      foldedQuotes.set(s, f);
    }
    return f;
  };
  const fuse = new Fuse(
    statements,
    {
      keys: FUSE_KEYS,
      includeScore: true,
      ignoreLocation: true,
      useExtendedSearch: true,
      threshold: 0.3,
    },
    Fuse.parseIndex(index),
  );
  const byTopic = new Map<string, Statement[]>();
  for (const s of statements) for (const t of s.topics) byTopic.set(t, [...(byTopic.get(t) ?? []), s]);
  // Newest first as the fallback order; undated statements last.
  for (const list of byTopic.values()) list.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  const cache = new Map<string, string[]>();
  // Sentence words repeat across a page ("budgets", "minister"): search each word once.
  const wordHits = new Map<string, { id: string; score: number }[]>();
  const searchWord = (word: string) => {
    let hits = wordHits.get(word);
    if (!hits) {
      hits = fuse.search(word).map((r) => ({ id: r.item.id, score: 1 - (r.score ?? 1) }));
      if (wordHits.size > 20_000) wordHits.clear();
      wordHits.set(word, hits);
    }
    return hits;
  };

  /**
   * Statement ids for a topic, best first. `preferred` (a restated statement) always leads; then
   * statements whose own words use the phrase the reader met; then the fit with the sentence.
   */
  return function rank(topicId: string, sentence: string, preferred?: string, phrase = ""): string[] {
    const folded = foldForComparison(phrase);
    const key = `${topicId}\u0000${preferred ?? ""}\u0000${folded}\u0000${sentence}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const onTopic = byTopic.get(topicId) ?? [];
    const topicIds = new Set(onTopic.map((s) => s.id));
    // A statement scores for every sentence word it shares (fuzzily), so more shared words rank higher.
    const scores = new Map<string, number>();
    for (const word of wordsOf(sentence))
      for (const { id, score } of searchWord(word))
        if (topicIds.has(id)) scores.set(id, (scores.get(id) ?? 0) + score);
    if (folded.length > 3)
      for (const s of onTopic)
        if (foldedQuote(s).includes(folded)) scores.set(s.id, (scores.get(s.id) ?? 0) + PHRASE_IN_QUOTE);
    const scored = [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const ids = [preferred, ...scored, ...onTopic.map((s) => s.id)].filter(
      (id): id is string => id !== undefined,
    );
    const ranked = [...new Set(ids)];
    if (cache.size > 5000) cache.clear();
    cache.set(key, ranked);
    return ranked;
  };
}

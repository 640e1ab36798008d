/** Confirms fuzzy-search anchor hits: a span of words around the anchor within a bounded edit distance of a phrase. */
import type { FuzzyPhrase } from "./compile-matcher";
import { boundedEditDistance } from "./edit-distance";

/** Checks a fuzzy anchor hit: does a span of words around it come within the phrase's edit budget? */
export function fuzzyAt(text: string, hitStart: number, phrase: FuzzyPhrase, word: number, minStart: number) {
  if (!neighbourAlike(text, hitStart, phrase, word)) return null;
  const n = phrase.words.length;
  const tokens = wordsAround(text, hitStart, word + 1, n - word + 1);
  const anchorToken = tokens.findIndex((t) => t.start === hitStart);
  let best: { start: number; end: number; d: number } | null = null;
  for (let s = Math.max(0, anchorToken - word - 1); s <= anchorToken - word + 1 && s <= anchorToken; s++)
    for (let len = n - 1; len <= n + 1; len++) {
      const first = tokens[s];
      const last = tokens[s + len - 1];
      if (!first || !last || last.end <= hitStart || first.start < minStart) continue;
      const span = foldSpan(text, first.start, last.end);
      if (!edgeWordsAlike(span, phrase.words)) continue;
      const d = boundedEditDistance(span, phrase.folded, phrase.maxEdits);
      if (d <= phrase.maxEdits && (!best || d < best.d)) best = { start: first.start, end: last.end, d };
    }
  return best && best.d > 0 ? best : null;
}

/** Letters, digits and & make up words for fuzzy comparison (a char-code test: this runs per character). */
export function isTok(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 38 ||
    (c >= 0xc0 && c <= 0x24f)
  );
}

/**
 * Cheap first check for a fuzzy anchor: the word next to it must already be close to the phrase's
 * neighbouring word. Common anchor words ("board", "budget") then cost a few comparisons, not a search.
 */
function neighbourAlike(text: string, hitStart: number, phrase: FuzzyPhrase, word: number): boolean {
  const after = word + 1 < phrase.words.length;
  // Up to two neighbouring words: one short word ("of") would let almost anything through.
  const expected = (
    after ? phrase.words.slice(word + 1, word + 3) : phrase.words.slice(Math.max(0, word - 2), word)
  ).join(" ");
  if (expected === "") return true;
  const count = expected.split(" ").length;
  let s: number;
  let e: number;
  if (after) {
    e = hitStart;
    while (isTok(text, e)) e++;
    s = e;
    for (let k = 0; k < count; k++) {
      const gap = e;
      while (e < text.length && e - gap <= 10 && !isTok(text, e)) e++;
      if (k === 0) s = e;
      while (isTok(text, e)) e++;
    }
  } else {
    s = hitStart;
    e = hitStart;
    for (let k = 0; k < count; k++) {
      const gap = s;
      while (s > 0 && gap - s <= 10 && !isTok(text, s - 1)) s--;
      if (k === 0) e = s;
      while (s > 0 && isTok(text, s - 1)) s--;
    }
  }
  if (Math.abs(e - s - expected.length) > phrase.maxEdits + 2) return false;
  return boundedEditDistance(foldSpan(text, s, e), expected, phrase.maxEdits) <= phrase.maxEdits;
}

/** foldForComparison for a span of the text, by char codes: it runs for every fuzzy anchor hit. */
function foldSpan(text: string, s: number, e: number): string {
  let out = "";
  let gap = false;
  for (let i = s; i < e; i++) {
    if (!isTok(text, i)) {
      gap = out !== "";
      continue;
    }
    if (gap) out += " ";
    gap = false;
    const c = text.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c < 128 ? text[i] : text[i]!.toLowerCase();
  }
  return out;
}

/** A typo keeps the first and last words about as long as they were ("by" is not a typo of "body"). */
function edgeWordsAlike(span: string, words: string[]): boolean {
  const a = span.split(" ");
  return (
    Math.abs(a[0]!.length - words[0]!.length) <= 1 && Math.abs(a.at(-1)!.length - words.at(-1)!.length) <= 1
  );
}

/** A blank line (or a NUL, which separates batched paragraphs) ends a paragraph; fuzzy matches never cross one. */
const crossesParagraph = (text: string, from: number, to: number) => {
  const gap = text.slice(from, to);
  return gap.includes("\u0000") || /\n\s*\n/.test(gap);
};

/** Word tokens around a position: `before` words ending at or before it, `after` words from it on. */
function wordsAround(
  text: string,
  pos: number,
  before: number,
  after: number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = pos;
  for (let k = 0; k < before && i > 0; k++) {
    let e = i;
    while (e > 0 && !isTok(text, e - 1)) e--;
    if (e === 0 || pos - e > 60 || crossesParagraph(text, e, i)) break;
    let s = e;
    while (s > 0 && isTok(text, s - 1)) s--;
    out.unshift({ start: s, end: e });
    i = s;
  }
  i = pos;
  for (let k = 0; k < after && i < text.length; k++) {
    let s = i;
    while (s < text.length && !isTok(text, s)) s++;
    if (s >= text.length || s - i > 10 || crossesParagraph(text, i, s)) break;
    let e = s;
    while (isTok(text, e)) e++;
    out.push({ start: s, end: e });
    i = e;
  }
  return out;
}

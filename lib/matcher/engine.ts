/**
 * The matching engine. One trigger-table pass over the text finds topic phrases, restatements and
 * fuzzy-search anchors; anchors are confirmed with a bounded edit distance. The page gate reads the
 * title, URL and the start of the text. Linear in the text; statement ranking is lazy and cached.
 */
import type { Database, Statement, Topic } from "../data/schema";
import type { Alternative, CompiledMatcher, FuzzyPhrase, TriggerTable } from "./compile-matcher";
import { boundedEditDistance } from "./edit-distance";
import { decideGate, type GateResult, type PageInfo } from "./page-gate";
import { createRanker, type SerializedIndex } from "./rank-statements";
import { sentenceAround, sentenceBounds } from "./sentence";
import { escapeRegex, isWordChar, triggerKey } from "./text-classes";

export type MatchKind = "exact" | "variant" | "fuzzy" | "restatement";
export interface Match {
  start: number;
  end: number;
  text: string;
  topicId: string;
  topic: string;
  kind: MatchKind;
  /** Ranked by relevance to the surrounding sentence; computed on first read. */
  readonly statementIds: string[];
}
export interface ScanResult extends GateResult {
  matches: Match[];
}
export interface CompiledData {
  database: Database;
  matcher: CompiledMatcher;
  fuseIndex: SerializedIndex;
}

/** The gate reads this much of the text: a news page says what it is about early, and huge pages stay cheap. */
export const GATE_SAMPLE = 32 * 1024;
/** How far either side of a match a look-alike cue ("police", "California") vetoes it. */
const CUE_WINDOW = 300;

type Hit = (alt: Alternative, start: number, matched: string) => number | undefined;

/** A trigger table with its regexes compiled once (the content script runs it once per block). */
function prepareTable(table: TriggerTable) {
  return {
    trigger: new RegExp(table.trigger, "gi"),
    groups: table.groups.map((g) => ({
      regex: new RegExp(g.pattern, "giy"),
      back: g.back,
      alternatives: g.alternatives,
    })),
    // Trigger texts repeat ("board", "Board"), so their group lookups are cached.
    groupsOf: new Map<string, number[]>(),
    table,
  };
}
type PreparedTable = ReturnType<typeof prepareTable>;

/** Start of the word `back` words before `pos` (separators may be any run of spaces, dashes, quotes). */
function wordsBack(text: string, pos: number, back: number): number {
  let i = pos;
  for (let k = 0; k < back; k++) {
    let j = i;
    while (j > 0 && i - j <= 12 && !isTok(text, j - 1)) j--;
    if (j === i || !isTok(text, j - 1)) return -1;
    while (j > 0 && isTok(text, j - 1)) j--;
    i = j;
  }
  return i;
}

/** Runs a trigger table over text; `onHit` returns the end of an accepted phrase, or undefined to look on. */
function runTable({ trigger, groups, groupsOf, table }: PreparedTable, text: string, onHit: Hit): void {
  trigger.lastIndex = 0;
  for (let t = trigger.exec(text); t !== null; t = trigger.exec(text)) {
    const at = t.index;
    // Unless a phrase is accepted, look again from the next character: another may start inside this trigger.
    trigger.lastIndex = at + 1;
    if (isWordChar(text[at - 1])) continue;
    let candidates = groupsOf.get(t[0]);
    if (candidates === undefined) {
      candidates = table.groupsByKey[triggerKey(t[0])] ?? [];
      if (groupsOf.size < 10_000) groupsOf.set(t[0], candidates);
    }
    for (const index of candidates) {
      const group = groups[index]!;
      const start = group.back === 0 ? at : wordsBack(text, at, group.back);
      if (start < 0 || isWordChar(text[start - 1])) continue;
      group.regex.lastIndex = start;
      const m = group.regex.exec(text);
      if (m === null) continue;
      let g = 1;
      while (m[g] === undefined) g++;
      const alt = table.alternatives[group.alternatives[g - 1]!]!;
      if (!alt.upperWords.every((w) => m[0].includes(w))) continue;
      const end = onHit(alt, start, m[0]);
      if (end !== undefined) trigger.lastIndex = end;
      break;
    }
  }
}

export function createEngine(data: CompiledData) {
  const { matcher, database } = data;
  const topics = new Map<string, Topic>(database.topics.map((t) => [t.id, t]));
  const statements = new Map<string, Statement>(database.statements.map((s) => [s.id, s]));
  // Ranking loads Fuse.js's index: only when a match's statements are first read (a popover opens).
  let ranker: ReturnType<typeof createRanker> | undefined;
  const rank: ReturnType<typeof createRanker> = (...args) => {
    ranker ??= createRanker(database.statements, data.fuseIndex);
    return ranker(...args);
  };
  const phraseTable = prepareTable(matcher.phrases);
  const gateTable = prepareTable(matcher.gate);
  const cueRegexes = new Map<string, RegExp | null>();
  const cuesFor = (topicId: string) => {
    if (!cueRegexes.has(topicId)) {
      const cues = matcher.lookalikeCues[topicId] ?? [];
      cueRegexes.set(
        topicId,
        cues.length ? new RegExp(`\\b(?:${cues.map(escapeRegex).join("|")})\\b`, "i") : null,
      );
    }
    return cueRegexes.get(topicId)!;
  };
  const isLookalike = (text: string, start: number, end: number, topicId: string): boolean =>
    cuesFor(topicId)?.test(text.slice(Math.max(0, start - CUE_WINDOW), end + CUE_WINDOW)) ?? false;

  function makeMatch(
    text: string,
    start: number,
    end: number,
    topicId: string,
    kind: MatchKind,
    preferred?: string,
  ): Match {
    let ranked: string[] | undefined;
    return {
      start,
      end,
      text: text.slice(start, end),
      topicId,
      topic: topics.get(topicId)?.name ?? topicId,
      kind,
      get statementIds() {
        ranked ??= rank(topicId, sentenceAround(text, start, end), preferred, text.slice(start, end));
        return ranked;
      },
    };
  }

  /** Checks a fuzzy anchor hit: does a span of words around it come within the phrase's edit budget? */
  function fuzzyAt(text: string, hitStart: number, phrase: FuzzyPhrase, word: number, minStart: number) {
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

  function findMatches(text: string): Match[] {
    const matches: Match[] = [];
    let lastEnd = 0;
    runTable(phraseTable, text, (alt, start, matched) => {
      const end = start + matched.length;
      if (start < lastEnd) return undefined;
      if (alt.type === "anchor") {
        for (const { phrase, word } of alt.anchors) {
          const p = matcher.fuzzy[phrase]!;
          const hit = fuzzyAt(text, start, p, word, lastEnd);
          if (hit && !isLookalike(text, hit.start, hit.end, p.topicId)) {
            matches.push(makeMatch(text, hit.start, hit.end, p.topicId, "fuzzy"));
            lastEnd = hit.end;
            return hit.end;
          }
        }
        return undefined;
      }
      if (alt.type === "gate" || isLookalike(text, start, end, alt.topicId)) return undefined;
      if (alt.type === "restatement") {
        if (alt.near && !nearAny(text, start, end, alt.near)) return undefined;
        matches.push(makeMatch(text, start, end, alt.topicId, "restatement", alt.statementId));
      } else {
        const canonical = alt.canonical.toLowerCase();
        const lower = matched.toLowerCase().replace(/\u2019/g, "'");
        const kind = lower === canonical || lower === `${canonical}s` ? "exact" : "variant";
        matches.push(makeMatch(text, start, end, alt.topicId, kind));
      }
      lastEnd = end;
      return end;
    });
    return matches;
  }

  /** Is the page about the NHS? From its title, URL and the first GATE_SAMPLE characters of text. */
  function gate(text: string, page: PageInfo = {}): GateResult {
    const counts = new Map<number, number>();
    runTable(gateTable, text.length > GATE_SAMPLE ? text.slice(0, GATE_SAMPLE) : text, (alt) => {
      if (alt.type === "gate") counts.set(alt.term, (counts.get(alt.term) ?? 0) + 1);
      return undefined;
    });
    return decideGate(counts, page);
  }

  /** Scans text: the page gate first, then matches only if the page is about the NHS. */
  function scan(text: string, page: PageInfo = {}): ScanResult {
    const result = gate(text, page);
    return { ...result, matches: result.isNhs ? findMatches(text) : [] };
  }

  /** Matches without the page gate (the content script gates the page once, then scans blocks). */
  return { scan, gate, findMatches, topics, statements, database, rank };
}
export type Engine = ReturnType<typeof createEngine>;

function nearAny(text: string, start: number, end: number, near: string[]): boolean {
  const b = sentenceBounds(text, start, end);
  const sentence = text.slice(b.start, b.end);
  return near.some((w) =>
    new RegExp(`(?<![A-Za-z])${escapeRegex(w)}(?![A-Za-z])`, w === w.toUpperCase() ? "" : "i").test(sentence),
  );
}

/** Letters, digits and & make up words for fuzzy comparison (a char-code test: this runs per character). */
function isTok(text: string, i: number): boolean {
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

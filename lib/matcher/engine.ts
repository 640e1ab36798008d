/**
 * The matching engine: one pass of the compiled alternation over the text finds topic phrases,
 * restatements, fuzzy-search anchors and page-gate terms; fuzzy anchors are then checked with a
 * bounded edit distance. Linear in the text; statement ranking is lazy and cached.
 */
import type { Database, Statement, Topic } from "../data/schema";
import type { CompiledMatcher, FuzzyPhrase } from "./compile-matcher";
import { boundedEditDistance } from "./edit-distance";
import { decideGate, type GateResult, type PageInfo } from "./page-gate";
import { createRanker, type SerializedIndex } from "./rank-statements";
import { sentenceAround, sentenceBounds } from "./sentence";
import { escapeRegex, foldForComparison, isWordChar } from "./text-classes";

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

const CUE_WINDOW = 300;

export function createEngine(data: CompiledData) {
  const { matcher, database } = data;
  const regex = new RegExp(matcher.pattern, "gi");
  const groupCount = matcher.alternatives.length;
  const topics = new Map<string, Topic>(database.topics.map((t) => [t.id, t]));
  const statements = new Map<string, Statement>(database.statements.map((s) => [s.id, s]));
  const rank = createRanker(database.statements, data.fuseIndex);
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
        ranked ??= rank(topicId, sentenceAround(text, start, end), preferred);
        return ranked;
      },
    };
  }

  const isLookalike = (text: string, start: number, end: number, topicId: string): boolean => {
    const cues = cuesFor(topicId);
    return cues?.test(text.slice(Math.max(0, start - CUE_WINDOW), end + CUE_WINDOW)) ?? false;
  };

  /** Checks a fuzzy anchor hit: does a span of words around it come within the phrase's edit budget? */
  function fuzzyAt(text: string, hitStart: number, phrase: FuzzyPhrase, word: number, minStart: number) {
    const tokens = wordsAround(text, hitStart, word + 1, phrase.words - word + 1);
    const anchorToken = tokens.findIndex((t) => t.start === hitStart);
    let best: { start: number; end: number; d: number } | null = null;
    for (let s = Math.max(0, anchorToken - word - 1); s <= anchorToken - word + 1 && s <= anchorToken; s++)
      for (let n = phrase.words - 1; n <= phrase.words + 1; n++) {
        const first = tokens[s];
        const last = tokens[s + n - 1];
        if (!first || !last || last.end <= hitStart || first.start < minStart) continue;
        const span = foldForComparison(text.slice(first.start, last.end));
        if (!edgeWordsAlike(span, phrase.folded)) continue;
        const d = boundedEditDistance(span, phrase.folded, phrase.maxEdits);
        if (d <= phrase.maxEdits && (!best || d < best.d)) best = { start: first.start, end: last.end, d };
      }
    return best && best.d > 0 ? best : null;
  }

  /** One pass: phrase matches plus counts of page-gate terms. */
  function findAll(text: string): { matches: Match[]; gateCounts: Map<number, number> } {
    const matches: Match[] = [];
    const gateCounts = new Map<number, number>();
    let lastEnd = 0;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (isWordChar(text[start - 1])) {
        regex.lastIndex = start + 1;
        continue;
      }
      let g = 1;
      while (g <= groupCount && m[g] === undefined) g++;
      const alt = matcher.alternatives[g - 1]!;
      const matched = m[0];
      if ("upperWords" in alt && !alt.upperWords.every((w) => matched.includes(w))) {
        regex.lastIndex = start + 1;
        continue;
      }
      if (alt.type === "gate") {
        gateCounts.set(alt.term, (gateCounts.get(alt.term) ?? 0) + 1);
        // A phrase may begin inside a multi-word gate term ("Department of Health and Social Care Act").
        if (matched.includes(" ")) regex.lastIndex = start + 1;
        continue;
      }
      if (alt.type === "anchor") {
        for (const { phrase, word } of alt.anchors) {
          const p = matcher.fuzzy[phrase]!;
          const hit = fuzzyAt(text, start, p, word, lastEnd);
          if (hit && !isLookalike(text, hit.start, hit.end, p.topicId)) {
            matches.push(makeMatch(text, hit.start, hit.end, p.topicId, "fuzzy"));
            lastEnd = hit.end;
            regex.lastIndex = Math.max(regex.lastIndex, hit.end);
            break;
          }
        }
        // A failed anchor must not hide a phrase that starts inside it.
        if (regex.lastIndex === end) regex.lastIndex = start + 1;
        continue;
      }
      if (matched.includes("NHS")) gateCounts.set(0, (gateCounts.get(0) ?? 0) + 1);
      if (isLookalike(text, start, end, alt.topicId)) continue;
      if (alt.type === "restatement") {
        if (alt.near && !nearAny(text, start, end, alt.near)) {
          regex.lastIndex = start + 1;
          continue;
        }
        matches.push(makeMatch(text, start, end, alt.topicId, "restatement", alt.statementId));
      } else {
        const canonical = alt.canonical.toLowerCase();
        const lower = matched.toLowerCase().replace(/\u2019/g, "'");
        const kind = lower === canonical || lower === `${canonical}s` ? "exact" : "variant";
        matches.push(makeMatch(text, start, end, alt.topicId, kind));
      }
      lastEnd = end;
    }
    return { matches, gateCounts };
  }

  function gate(text: string, page: PageInfo = {}): GateResult {
    return decideGate(findAll(text).gateCounts, page);
  }

  /** Scans text: the page gate first, then matches only if the page is about the NHS. */
  function scan(text: string, page: PageInfo = {}): ScanResult {
    const { matches, gateCounts } = findAll(text);
    const result = decideGate(gateCounts, page);
    return { ...result, matches: result.isNhs ? matches : [] };
  }

  return {
    scan,
    gate,
    /** Matches without the page gate (the content script gates the page once, then scans blocks). */
    findMatches: (text: string) => findAll(text).matches,
    topics,
    statements,
    database,
    rank,
  };
}
export type Engine = ReturnType<typeof createEngine>;

function nearAny(text: string, start: number, end: number, near: string[]): boolean {
  const b = sentenceBounds(text, start, end);
  const sentence = text.slice(b.start, b.end);
  return near.some((w) =>
    new RegExp(`(?<![A-Za-z])${escapeRegex(w)}(?![A-Za-z])`, w === w.toUpperCase() ? "" : "i").test(sentence),
  );
}

/** A typo keeps the first and last words about as long as they were ("by" is not a typo of "body"). */
function edgeWordsAlike(span: string, phrase: string): boolean {
  const a = span.split(" ");
  const b = phrase.split(" ");
  return Math.abs(a[0]!.length - b[0]!.length) <= 1 && Math.abs(a.at(-1)!.length - b.at(-1)!.length) <= 1;
}

/** A blank line ends a paragraph; a fuzzy match never reaches across one. */
const crossesParagraph = (text: string, from: number, to: number) => /\n\s*\n/.test(text.slice(from, to));

/** Word tokens around a position: `before` words ending at or before it, `after` words from it on. */
function wordsAround(
  text: string,
  pos: number,
  before: number,
  after: number,
): { start: number; end: number }[] {
  const isTok = (c: string | undefined) => c !== undefined && /[A-Za-z0-9\u00C0-\u024F&]/.test(c);
  const out: { start: number; end: number }[] = [];
  let i = pos;
  for (let k = 0; k < before && i > 0; k++) {
    let e = i;
    while (e > 0 && !isTok(text[e - 1])) e--;
    if (e === 0 || pos - e > 60 || crossesParagraph(text, e, i)) break;
    let s = e;
    while (s > 0 && isTok(text[s - 1])) s--;
    out.unshift({ start: s, end: e });
    i = s;
  }
  i = pos;
  for (let k = 0; k < after && i < text.length; k++) {
    let s = i;
    while (s < text.length && !isTok(text[s])) s++;
    if (s >= text.length || s - i > 10 || crossesParagraph(text, i, s)) break;
    let e = s;
    while (e < text.length && isTok(text[e])) e++;
    out.push({ start: s, end: e });
    i = e;
  }
  return out;
}

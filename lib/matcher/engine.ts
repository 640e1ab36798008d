/**
 * The matching engine. One trigger-table pass over the text finds topic phrases, restatements and
 * fuzzy-search anchors; anchors are confirmed with a bounded edit distance. The page gate reads the
 * title, URL and the start of the text. Linear in the text; statement ranking is lazy and cached.
 */
import type { Database, Statement, Topic } from "../data/schema";
import type { CompiledMatcher } from "./compile-matcher";
import { fuzzyAt } from "./fuzzy-match";
import { decideGate, type GateResult, type PageInfo } from "./page-gate";
import { createRanker, type SerializedIndex } from "./rank-statements";
import { sentenceAround, sentenceBounds } from "./sentence";
import { escapeRegex } from "./text-classes";
import { prepareTable, runTable } from "./trigger-table";

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
    const phrase = text.slice(start, end);
    return {
      start,
      end,
      text: phrase,
      topicId,
      topic: topics.get(topicId)?.name ?? topicId,
      kind,
      get statementIds() {
        ranked ??= rank(topicId, sentenceAround(text, start, end), preferred, phrase);
        return ranked;
      },
    };
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

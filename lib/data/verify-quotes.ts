/**
 * Proves every quote is verbatim in its source. Only whitespace runs and straight vs curly quotation
 * marks are normalised before comparing; every other character (dashes, brackets, case) must match.
 */
import type { Database } from "./schema";

export interface SharedStatement {
  speaker: string;
  role: string | null;
  quote: string;
  kind: string;
}
export interface SharedSource {
  source_id: string;
  url: string | null;
  title: string | null;
  publisher: string;
  date: string | null;
  statements: SharedStatement[];
}
export interface SourceTexts {
  /** Seed article texts by file name. */
  seeds: Record<string, string>;
  /** ../shared/sources/statements.json */
  shared: SharedSource[];
}

export const normaliseForQuoteCheck = (s: string) =>
  s
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/\s+/g, " ")
    .trim();

const KIND_FROM_SHARED: Record<string, string> = {
  "direct-quote": "direct-quote",
  reported: "reported",
  document: "document",
};

/** Returns every problem found; an empty list means every quote and context checked out. */
export function verifyQuotes(db: Database, texts: SourceTexts): string[] {
  const problems: string[] = [];
  const sharedById = new Map(texts.shared.map((s) => [s.source_id, s]));
  const sourcesById = new Map(db.sources.map((s) => [s.id, s]));
  const n = normaliseForQuoteCheck;

  for (const st of db.statements) {
    const source = sourcesById.get(st.sourceId);
    if (!source) continue; // reported by validateDatabase
    const where = `statement "${st.id}"`;
    if (source.seedFile !== undefined) {
      const seed = texts.seeds[source.seedFile];
      if (seed === undefined) {
        problems.push(`${where}: seed file ${source.seedFile} not found`);
        continue;
      }
      const page = n(seed);
      if (!page.includes(n(st.quote))) problems.push(`${where}: quote is not verbatim in ${source.seedFile}`);
      if (st.contextKind !== "verbatim")
        problems.push(`${where}: seed statements need their verbatim context`);
      else if (!page.includes(n(st.context)))
        problems.push(`${where}: context is not verbatim in ${source.seedFile}`);
      else if (!n(st.context).includes(n(st.quote)))
        problems.push(`${where}: context does not contain the quote`);
    } else if (source.sharedSourceId !== undefined) {
      const shared = sharedById.get(source.sharedSourceId);
      const sameQuote = shared?.statements.filter((s) => n(s.quote) === n(st.quote)) ?? [];
      // One page can attribute the same words to two people (a reported position); match the speaker too.
      const original = sameQuote.find((s) => s.speaker === st.speaker);
      if (sameQuote.length === 0)
        problems.push(`${where}: quote is not the one recorded for ${source.sharedSourceId}`);
      else if (!original) problems.push(`${where}: speaker differs from the source record`);
      else {
        if (original.role !== st.role) problems.push(`${where}: role differs from the source record`);
        if (KIND_FROM_SHARED[original.kind] !== st.kind)
          problems.push(`${where}: kind differs from the source record`);
      }
      if (st.contextKind !== "setting")
        problems.push(`${where}: only seed statements carry verbatim context`);
    } else problems.push(`${where}: its source ${source.id} is neither a seed nor a shared source`);
  }

  // Coverage and source metadata: every shared statement is in, with the page's own details.
  for (const shared of texts.shared) {
    const source = db.sources.find((s) => s.sharedSourceId === shared.source_id);
    if (!source) {
      problems.push(`shared source ${shared.source_id} is missing`);
      continue;
    }
    if (source.url !== shared.url || source.title !== shared.title || source.publication !== shared.publisher)
      problems.push(`source "${source.id}": url, title or publication differs from ${shared.source_id}`);
    if (source.date !== shared.date)
      problems.push(`source "${source.id}": date differs from ${shared.source_id}`);
    for (const s of shared.statements)
      if (
        !db.statements.some(
          (st) => st.sourceId === source.id && n(st.quote) === n(s.quote) && st.speaker === s.speaker,
        )
      )
        problems.push(`shared statement by ${s.speaker} ("${s.quote.slice(0, 40)}…") is missing`);
  }
  return problems;
}

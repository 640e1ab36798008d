/** Shared wording for statements: dates with their precision, relation labels, attributions. */
import type { RelationKind } from "./schema";

const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);

/** "11 December 2019", "December 2019", "2014", or "Undated" when the source gives no date. */
export function formatDate(date: string | null, precision?: string): string {
  if (!date || precision === "unknown") return "Undated";
  const [y, m, d] = date.split("-");
  if (d && precision !== "month" && precision !== "year") return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m && precision !== "year") return `${MONTHS[Number(m) - 1]} ${y}`;
  return y!;
}

/** How a related statement reads from the side of the one being shown. */
export function relationLabel(kind: RelationKind, outgoing: boolean): string {
  if (outgoing)
    return {
      echoes: "Echoes",
      contradicts: "Contradicts",
      "responds-to": "Responds to",
      restates: "Restates",
      "earlier-pledge": "Earlier pledge",
    }[kind];
  return {
    echoes: "Echoed by",
    contradicts: "Contradicted by",
    "responds-to": "Answered by",
    restates: "Restated by",
    "earlier-pledge": "Later held up against this pledge",
  }[kind];
}

export const KIND_LABEL = {
  "direct-quote": "Quote",
  reported: "Reported position",
  document: "Document",
} as const;

/** Splits a context paragraph around the quote so the quote can be emphasised (as text, never HTML). */
export function splitAroundQuote(context: string, quote: string): [string, string, string] | null {
  const i = context.indexOf(quote);
  if (i >= 0) return [context.slice(0, i), quote, context.slice(i + quote.length)];
  // Allow whitespace and quotation-mark differences, the only normalisation the verbatim check allows.
  const flexible = quote
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+")
    .replace(/['\u2018\u2019]/g, "['\u2018\u2019]")
    .replace(/["\u201C\u201D]/g, '["\u201C\u201D]');
  const m = new RegExp(flexible).exec(context);
  return m ? [context.slice(0, m.index), m[0], context.slice(m.index + m[0].length)] : null;
}

/**
 * Turns a saved TextQuoteSelector into a URL text fragment (#:~:text=prefix-,exact,-suffix), so opening
 * a "seen on" link scrolls the page to the phrase and marks it (Chrome, Edge, Safari, Firefox 131+).
 */
import { SELECTOR_CONTEXT_CHARS, type SeenOn } from "../messages/contract";

const CONTEXT_WORDS = 3;

/** Text-fragment syntax reserves "-", "," and "&"; encodeURIComponent leaves "-" alone. */
const encode = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D");

/** Whole words of context next to the phrase; a word cut off at the far end is dropped. */
function context(s: string, side: "prefix" | "suffix"): string {
  const words = s.split(/\s+/).filter(Boolean);
  // Context as long as the content script keeps was probably cut mid-word.
  const cut = s.length >= SELECTOR_CONTEXT_CHARS;
  if (side === "prefix") return (cut ? words.slice(1) : words).slice(-CONTEXT_WORDS).join(" ");
  return (cut ? words.slice(0, -1) : words).slice(0, CONTEXT_WORDS).join(" ");
}

export function textFragmentUrl(seen: SeenOn): string {
  const [quote] = seen.selectors;
  const base = seen.url.split("#")[0]!;
  const exact = quote.exact.replace(/\s+/g, " ").trim();
  if (!exact) return base;
  const prefix = context(quote.prefix, "prefix");
  const suffix = context(quote.suffix, "suffix");
  return `${base}#:~:text=${[prefix && `${encode(prefix)}-`, encode(exact), suffix && `-${encode(suffix)}`].filter(Boolean).join(",")}`;
}

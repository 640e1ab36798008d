/** Describes where a phrase was seen, with W3C Web Annotation selectors, for the library. */
import { BLOCK_SEPARATOR, BlockWalker } from "../highlighter/extract-blocks";
import type { PageMatch } from "../highlighter/page-scanner";
import { sentenceAround } from "../matcher/sentence";
import { SELECTOR_CONTEXT_CHARS, type SeenOn } from "../messages/contract";

export function describeSpot(m: PageMatch, doc: Document): SeenOn {
  const { block } = m.block;
  const { start, end } = m;
  const { text } = m.match;
  // Position in the page's visible text, the same text the CLI and the scanner read (blocks + blank lines).
  let before = 0;
  for (const b of new BlockWalker(doc.body).blocksAfterRun()) {
    if (b.element === block.element) break;
    before += b.text.length + BLOCK_SEPARATOR.length;
  }
  return {
    url: doc.location.href,
    title: doc.title.slice(0, 500),
    matchedText: text.slice(0, 500),
    sentence: sentenceAround(block.text, start, end).slice(0, 2000),
    seenAt: new Date().toISOString(),
    selectors: [
      {
        type: "TextQuoteSelector",
        exact: text.slice(0, 2000),
        prefix: block.text.slice(Math.max(0, start - SELECTOR_CONTEXT_CHARS), start),
        suffix: block.text.slice(end, end + SELECTOR_CONTEXT_CHARS),
      },
      { type: "TextPositionSelector", start: before + start, end: before + end },
    ],
  };
}

/** Which highlighted phrase is under the pointer? Highlights are not elements, so ask the caret. */
import type { PageMatch, PageScanner } from "../highlighter/page-scanner";

interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as unknown as CaretDocument;
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = doc.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

const inside = (range: Range, x: number, y: number) =>
  [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);

export function hitTest(scanner: PageScanner, x: number, y: number): PageMatch | undefined {
  const caret = caretAt(x, y);
  if (!caret) return undefined;
  // The caret snaps to the nearest character boundary: try both sides, then confirm the pointer is on the text.
  const m =
    scanner.matchAt(caret.node, caret.offset) ?? scanner.matchAt(caret.node, Math.max(0, caret.offset - 1));
  return m && inside(m.range, x, y) ? m : undefined;
}

/**
 * Reads the visible text of a page as blocks (paragraphs, headings, list items...), keeping the text
 * nodes behind each block so engine offsets map back to DOM ranges. A phrase split across inline
 * elements (<em>, <a>, <span>) stays in one block. Works on any DOM (the page, or linkedom in Node).
 */

export interface TextBlock {
  element: Element;
  text: string;
  nodes: Text[];
  /** Start offset of each node's text within `text`. */
  starts: number[];
}

export interface ExtractOptions {
  /** Extra visibility test (in the browser: checkVisibility); called once per block element. */
  isVisible?: (el: Element) => boolean;
}

const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEXTAREA",
  "INPUT",
  "SELECT",
  "OPTION",
  "TEMPLATE",
  "IFRAME",
  "SVG",
  "CANVAS",
  "OBJECT",
  "HEAD",
  "TITLE",
]);
const INLINE = new Set([
  "A",
  "ABBR",
  "B",
  "BDI",
  "BDO",
  "CITE",
  "CODE",
  "DATA",
  "DFN",
  "EM",
  "FONT",
  "I",
  "KBD",
  "LABEL",
  "MARK",
  "Q",
  "S",
  "SAMP",
  "SMALL",
  "SPAN",
  "STRONG",
  "SUB",
  "SUP",
  "TIME",
  "U",
  "VAR",
  "WBR",
  "INS",
  "DEL",
]);
/** Our own UI and anything else we inject carries this prefix and is never scanned. */
export const OWN_PREFIX = "nhs-context-";

export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED.has(tag) || tag.startsWith(OWN_PREFIX.toUpperCase())) return true;
  if (el.hasAttribute("hidden")) return true;
  const editable = el.getAttribute("contenteditable");
  if (editable !== null && editable !== "false") return true;
  const style = el.getAttribute("style") ?? "";
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const isInline = (el: Element) => INLINE.has(el.tagName.toUpperCase());

/** Walks `root` in document order and groups visible text nodes by their nearest block ancestor. */
export function extractBlocks(root: Element, options: ExtractOptions = {}): TextBlock[] {
  const blocks = new Map<Element, TextBlock>();
  const visible = new Map<Element, boolean>();
  const TEXT = 3;
  const ELEMENT = 1;
  // Iterative walk: no recursion limits on deep pages, and skipped subtrees are never entered.
  const stack: { el: Element; block: Element }[] = [{ el: root, block: root }];
  while (stack.length > 0) {
    const { el, block } = stack.pop()!;
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (child.nodeType === ELEMENT) {
        const childEl = child as Element;
        if (!isSkipped(childEl)) stack.push({ el: childEl, block: isInline(childEl) ? block : childEl });
      } else if (child.nodeType === TEXT) {
        // Pushed as a pseudo-entry so text keeps document order with its element siblings.
        stack.push({ el: child as unknown as Element, block });
      }
    }
    if ((el as unknown as Node).nodeType !== TEXT) continue;
    const node = el as unknown as Text;
    const value = node.data;
    if (value.trim() === "" && !blocks.has(block)) continue;
    if (options.isVisible) {
      if (!visible.has(block)) visible.set(block, options.isVisible(block));
      if (!visible.get(block)) continue;
    }
    let b = blocks.get(block);
    if (!b) {
      b = { element: block, text: "", nodes: [], starts: [] };
      blocks.set(block, b);
    }
    b.nodes.push(node);
    b.starts.push(b.text.length);
    b.text += value;
  }
  return [...blocks.values()].filter((b) => b.text.trim() !== "");
}

/** The page's visible text as the content script sees it: blocks separated by blank lines. */
export const BLOCK_SEPARATOR = "\n\n";
export function visibleText(root: Element, options?: ExtractOptions): string {
  return extractBlocks(root, options)
    .map((b) => b.text)
    .join(BLOCK_SEPARATOR);
}

/** Finds the text node and offset for a block offset (binary search over node starts). */
export function nodeAt(block: TextBlock, offset: number, preferEnd = false): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = block.starts[mid]!;
    if (s < offset || (s === offset && !preferEnd)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}

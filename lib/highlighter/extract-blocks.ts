/**
 * Reads the visible text of a page as blocks (paragraphs, headings, list items...), keeping the text
 * nodes behind each block so engine offsets map back to DOM ranges. A phrase split across inline
 * elements (<em>, <a>, <span>) stays in one block. Works on any DOM (the page, or linkedom in Node),
 * and can pause between slices so a huge page never blocks the main thread for long.
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

const SKIPPED = new Set(
  "SCRIPT STYLE NOSCRIPT TEXTAREA INPUT SELECT OPTION TEMPLATE IFRAME SVG CANVAS OBJECT HEAD TITLE BUTTON".split(
    " ",
  ),
);
const INLINE = new Set(
  "A ABBR B BDI BDO CITE CODE DATA DFN EM FONT I KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR INS DEL".split(
    " ",
  ),
);
/** Our own UI and anything else we inject carries this prefix and is never scanned. */
export const OWN_PREFIX = "nhs-context-";
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function isSkipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED.has(tag) || tag.startsWith("NHS-CONTEXT-")) return true;
  if (el.hasAttribute("hidden")) return true;
  const editable = el.getAttribute("contenteditable");
  if (editable !== null && editable !== "false") return true;
  const style = el.getAttribute("style");
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const isInline = (el: Element) => INLINE.has(el.tagName.toUpperCase());

/** The block an element's text belongs to: itself, or its nearest non-inline ancestor. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el;
}

/** A depth-first walk that can stop after any node and resume later. */
export class BlockWalker {
  private readonly stack: { node: Node; block: Element }[];
  private readonly found = new Map<Element, TextBlock>();
  private readonly visible = new Map<Element, boolean>();

  constructor(
    root: Element,
    private readonly options: ExtractOptions = {},
  ) {
    this.stack = [{ node: root, block: blockOf(root) ?? root }];
  }

  /** Walks until done (returns true) or until `shouldPause()` says to stop for now (returns false). */
  run(shouldPause: () => boolean = () => false): boolean {
    let steps = 0;
    while (this.stack.length > 0) {
      if ((++steps & 255) === 0 && shouldPause()) return false;
      const { node, block } = this.stack.pop()!;
      if (node.nodeType === TEXT_NODE) this.addText(node as Text, block);
      else {
        const children = node.childNodes;
        for (let i = children.length - 1; i >= 0; i--) {
          const child = children[i]!;
          if (child.nodeType === TEXT_NODE) this.stack.push({ node: child, block });
          else if (child.nodeType === ELEMENT_NODE && !isSkipped(child as Element))
            this.stack.push({ node: child, block: isInline(child as Element) ? block : (child as Element) });
        }
      }
    }
    return true;
  }

  blocks(): TextBlock[] {
    return [...this.found.values()].filter((b) => b.text.trim() !== "");
  }

  /** Walks to the end in one go (small subtrees: a changed paragraph). */
  blocksAfterRun(): TextBlock[] {
    this.run();
    return this.blocks();
  }

  private addText(node: Text, block: Element) {
    const value = node.data;
    let b = this.found.get(block);
    if (!b && value.trim() === "") return;
    if (this.options.isVisible) {
      let seen = this.visible.get(block);
      if (seen === undefined) {
        seen = this.options.isVisible(block);
        this.visible.set(block, seen);
      }
      if (!seen) return;
    }
    if (!b) {
      b = { element: block, text: "", nodes: [], starts: [] };
      this.found.set(block, b);
    }
    b.nodes.push(node);
    b.starts.push(b.text.length);
    b.text += value;
  }
}

export function extractBlocks(root: Element, options: ExtractOptions = {}): TextBlock[] {
  const walker = new BlockWalker(root, options);
  walker.run();
  return walker.blocks();
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

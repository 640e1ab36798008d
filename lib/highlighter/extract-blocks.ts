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

const SKIPPED = new Set(
  "script style noscript textarea input select option template iframe svg canvas object head title button".split(
    " ",
  ),
);
const INLINE = new Set(
  "a abbr b bdi bdo cite code data dfn em font i kbd label mark q s samp small span strong sub sup time u var wbr ins del".split(
    " ",
  ),
);
/** Our own UI and anything else we inject carries this prefix and is never scanned. */
export const OWN_PREFIX = "nhs-context-";
const ELEMENT_NODE = 1;

/** localName is lower case for HTML elements in any document; linkedom and XML may differ, hence the fallback. */
const nameOf = (el: Element) => el.localName ?? el.tagName.toLowerCase();

export function isSkipped(el: Element): boolean {
  const name = nameOf(el);
  if (SKIPPED.has(name) || name.startsWith(OWN_PREFIX)) return true;
  if (el.hasAttribute("hidden")) return true;
  const editable = el.getAttribute("contenteditable");
  if (editable !== null && editable !== "false") return true;
  const style = el.getAttribute("style");
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const isInline = (el: Element) => INLINE.has(nameOf(el));

/** The block an element's text belongs to: itself, or its nearest non-inline ancestor. */
export function blockOf(node: Node): Element | null {
  let el: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el;
}

/**
 * A document-order walk over text nodes that can stop after any node and resume later. Traversal is
 * the browser's own (TreeWalker, text nodes only); each parent element's block, or the fact that it
 * sits in a skipped subtree, is worked out once and cached.
 */
export class BlockWalker {
  private readonly walker: TreeWalker;
  private readonly found = new Map<Element, TextBlock>();
  /** Blocks not yet handed out by takeCompleted(), in document order. */
  private fresh = new Set<TextBlock>();
  private last: TextBlock | null = null;
  /** Parent element -> its block, or null when it is inside something we never read. */
  private readonly blockOfParent = new Map<Element, Element | null>();

  constructor(private readonly root: Element) {
    this.walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  }

  /** Walks until done (returns true) or until `shouldPause()` says to stop for now (returns false). */
  run(shouldPause: () => boolean = () => false): boolean {
    let steps = 0;
    for (let node = this.walker.nextNode(); node; node = this.walker.nextNode()) {
      this.addText(node as Text);
      if ((++steps & 511) === 0 && shouldPause()) return false;
    }
    return true;
  }

  blocks(): TextBlock[] {
    return [...this.found.values()].filter((b) => b.text.trim() !== "");
  }

  /**
   * Blocks that will get no more text (all but the one being read), each handed out once; a block
   * that gains text after it was handed out (text around a nested block) is handed out again.
   */
  takeCompleted(done: boolean): TextBlock[] {
    const out = [...this.fresh].filter((b) => (done || b !== this.last) && b.text.trim() !== "");
    this.fresh = new Set(done || !this.last || !this.fresh.has(this.last) ? [] : [this.last]);
    return out;
  }

  /** Walks to the end in one go (small subtrees: a changed paragraph). */
  blocksAfterRun(): TextBlock[] {
    this.run();
    return this.blocks();
  }

  /** The block for text under `parent`, or null if an ancestor (up to the root) is skipped. */
  private resolve(parent: Element): Element | null {
    const cached = this.blockOfParent.get(parent);
    if (cached !== undefined) return cached;
    let block: Element | null = null;
    for (let el: Element | null = parent; el; el = el === this.root ? null : el.parentElement) {
      const known = el !== parent ? this.blockOfParent.get(el) : undefined;
      if (known === null) break; // inside a skipped subtree
      if (known !== undefined) {
        block ??= known;
        this.blockOfParent.set(parent, block);
        return block;
      }
      // Most elements carry no attributes at all: then only the tag name matters.
      if (el.hasAttributes() ? isSkipped(el) : SKIPPED.has(nameOf(el)) || nameOf(el).startsWith(OWN_PREFIX)) {
        this.blockOfParent.set(parent, null);
        return null;
      }
      if (!block && !isInline(el)) block = el;
    }
    block ??= this.root;
    this.blockOfParent.set(parent, block);
    return block;
  }

  private addText(node: Text) {
    const parent = node.parentElement;
    const block = parent ? this.resolve(parent) : null;
    if (!block) return;
    const value = node.data;
    let b = this.found.get(block);
    if (!b) {
      if (value.trim() === "") return;
      b = { element: block, text: "", nodes: [], starts: [] };
      this.found.set(block, b);
    }
    b.nodes.push(node);
    b.starts.push(b.text.length);
    b.text += value;
    this.fresh.add(b);
    this.last = b;
  }
}

export function extractBlocks(root: Element): TextBlock[] {
  const walker = new BlockWalker(root);
  walker.run();
  return walker.blocks();
}

/** The page's visible text as the content script sees it: blocks separated by blank lines. */
export const BLOCK_SEPARATOR = "\n\n";
export function visibleText(root: Element): string {
  return extractBlocks(root)
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

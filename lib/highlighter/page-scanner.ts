/**
 * Scans a live page: walks its visible text in slices, asks the page gate once, matches each block,
 * maps engine offsets back to DOM Ranges and paints them. Rescans only the blocks that change.
 */

import type { Engine, Match } from "../matcher/engine";
import type { GateResult } from "../matcher/page-gate";
import { BlockWalker, blockOf, nodeAt, type TextBlock } from "./extract-blocks";
import type { HighlightRegistry } from "./highlight-registry";
import { deadline, yieldToMain } from "./yield-to-main";

export interface PageMatch {
  match: Match;
  range: Range;
  block: BlockState;
}
interface BlockState {
  block: TextBlock;
  matches: PageMatch[];
}

/** Visible to a reader: rendered, not hidden by CSS. checkVisibility where the browser has it. */
const isVisible = (el: Element) =>
  typeof el.checkVisibility === "function" ? el.checkVisibility({ visibilityProperty: true }) : true;

/** How much text (from the top of the page) the gate reads. */
const GATE_TEXT = 32 * 1024;

export class PageScanner {
  private readonly blocks = new Map<Element, BlockState>();
  private readonly byNode = new WeakMap<Text, BlockState>();
  private generation = 0;
  gateResult: GateResult | null = null;

  constructor(
    private readonly engine: Engine,
    private readonly doc: Document,
    private readonly registry: HighlightRegistry,
    private readonly onChange: () => void,
  ) {}

  /** Full scan in slices. Resolves when done; a newer scan or clear() abandons an older one. */
  async scanAll(): Promise<void> {
    const generation = ++this.generation;
    this.removeAll();
    const root = this.doc.body;
    if (!root) return;
    const walker = new BlockWalker(root, { isVisible });
    while (!walker.run(deadline())) {
      await yieldToMain();
      if (generation !== this.generation) return;
    }
    const found = walker.blocks();
    this.gateResult = this.engine.gate(sample(found), {
      url: this.doc.location?.href,
      title: this.doc.title,
    });
    if (!this.gateResult.isNhs) return this.onChange();
    await this.scanBlocks(found, generation);
  }

  /** Rescans the blocks in and around changed elements; drops blocks that left the page. */
  async rescan(changed: Iterable<Node>): Promise<void> {
    if (!this.gateResult?.isNhs) return this.scanAll();
    const generation = this.generation;
    const roots = new Set<Element>();
    for (const node of changed) {
      const el = node.nodeType === 1 ? (node as Element) : blockOf(node);
      if (el?.isConnected) roots.add(blockOf(el) ?? el);
    }
    for (const [el, state] of this.blocks)
      if (!el.isConnected || [...roots].some((r) => r === el || r.contains(el))) this.removeBlock(el, state);
    const found: TextBlock[] = [];
    for (const root of roots)
      if (![...roots].some((other) => other !== root && other.contains(root)))
        found.push(...new BlockWalker(root, { isVisible }).blocksAfterRun());
    await this.scanBlocks(found, generation);
  }

  private async scanBlocks(found: TextBlock[], generation: number) {
    let pause = deadline();
    for (const block of found) {
      if (pause()) {
        this.onChange();
        await yieldToMain();
        if (generation !== this.generation) return;
        pause = deadline();
      }
      this.addBlock(block);
    }
    this.onChange();
  }

  private addBlock(block: TextBlock) {
    const state: BlockState = { block, matches: [] };
    for (const match of this.engine.findMatches(block.text)) {
      const range = this.doc.createRange();
      const start = nodeAt(block, match.start);
      const end = nodeAt(block, match.end, true);
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      state.matches.push({ match, range, block: state });
      this.registry.add(range);
    }
    if (state.matches.length === 0) return;
    this.blocks.set(block.element, state);
    for (const node of block.nodes) this.byNode.set(node, state);
  }

  private removeBlock(el: Element, state: BlockState) {
    for (const m of state.matches) this.registry.delete(m.range);
    this.blocks.delete(el);
  }

  private removeAll() {
    for (const [el, state] of this.blocks) this.removeBlock(el, state);
  }

  /** The match at a text position (from a caret hit test), if any. */
  matchAt(node: Node, offset: number): PageMatch | undefined {
    const state = node.nodeType === 3 ? this.byNode.get(node as Text) : undefined;
    if (!state) return undefined;
    const i = state.block.nodes.indexOf(node as Text);
    const at = state.block.starts[i]! + offset;
    return state.matches.find((m) => m.match.start <= at && at < m.match.end);
  }

  /** Every match in document order. */
  list(): PageMatch[] {
    const all = [...this.blocks.values()].flatMap((s) => s.matches);
    return all.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** Forgets every match (the page navigated, or the site was switched off). */
  clear() {
    this.generation++;
    this.removeAll();
    this.gateResult = null;
  }
}

/** Title-first text for the gate: the top of the page, up to GATE_TEXT characters. */
function sample(blocks: TextBlock[]): string {
  let out = "";
  for (const b of blocks) {
    if (out.length > GATE_TEXT) break;
    out += `${b.text}\n\n`;
  }
  return out;
}

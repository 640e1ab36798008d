/**
 * Scans a live page: walks its visible text in slices, asks the page gate once, matches each block,
 * maps engine offsets back to DOM Ranges and paints them. Rescans only the blocks that change.
 */

import { type Engine, GATE_SAMPLE, type Match } from "../matcher/engine";
import type { GateResult } from "../matcher/page-gate";
import { BlockWalker, blockOf, nodeAt, type TextBlock } from "./extract-blocks";
import type { HighlightRegistry } from "./highlight-registry";
import { deadline, nextFrame, yieldToMain } from "./yield-to-main";

export interface PageMatch {
  /** The engine's match (its offsets are into the batch of blocks it was found in). */
  match: Match;
  /** Offsets into the block's own text. */
  start: number;
  end: number;
  range: Range;
  block: BlockState;
}
interface BlockState {
  block: TextBlock;
  matches: PageMatch[];
}

/** Visible to a reader: rendered, not hidden by CSS (checkVisibility where the browser has it). */
const isVisible = (el: Element) =>
  typeof el.checkVisibility === "function" ? el.checkVisibility({ visibilityProperty: true }) : true;

/** Blocks are matched in batches of about this much text... */
const BATCH_CHARS = 16 * 1024;
/** ...joined by a separator no phrase can span (NUL is neither a word character nor a phrase separator). */
const BATCH_SEPARATOR = "\n\u0000\n";

/** The walk's slices are short so the top of the page paints quickly. */
const FIRST_SLICE_MS = 6;

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
    // Every full scan asks the gate again: in-app navigation can lead anywhere.
    this.gateResult = null;
    const root = this.doc.body;
    if (!root) return;
    // Progressive: walk a slice, match the blocks it completed, let a frame paint, go on. The top of
    // the article (usually what is on screen) is highlighted first.
    const walker = new BlockWalker(root);
    const waiting: TextBlock[] = [];
    let sampled = 0;
    for (let done = false; !done; ) {
      done = walker.run(deadline(FIRST_SLICE_MS));
      let completed = walker.takeCompleted(done);
      if (!this.gateResult) {
        waiting.push(...completed);
        sampled += completed.reduce((n, b) => n + b.text.length, 0);
        if (sampled < GATE_SAMPLE && !done) continue;
        this.gateResult = this.engine.gate(sample(waiting), {
          url: this.doc.location?.href,
          title: this.doc.title,
        });
        if (!this.gateResult.isNhs) return this.onChange();
        completed = waiting;
      }
      await this.scanBlocks(completed, generation, false);
      if (generation !== this.generation) return;
      if (!done) await nextFrame();
      if (generation !== this.generation) return;
    }
    // Paint first: visibility needs computed style, which is cheap once the browser has rendered a frame.
    await nextFrame();
    if (generation === this.generation) await this.pruneHidden(generation);
  }

  /** Drops matches in blocks a reader cannot see (display: none, visibility: hidden, collapsed content). */
  private async pruneHidden(generation: number) {
    let pause = deadline();
    let changed = false;
    for (const [el, state] of this.blocks) {
      if (pause()) {
        await yieldToMain();
        if (generation !== this.generation) return;
        pause = deadline();
      }
      if (!isVisible(el)) {
        this.removeBlock(el, state);
        changed = true;
      }
    }
    if (changed) this.onChange();
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
        found.push(...new BlockWalker(root).blocksAfterRun());
    await this.scanBlocks(found, generation, true);
  }

  /**
   * Matches blocks in batches: one engine call per ~16 kB of text (joined with a separator no phrase
   * can cross) instead of one per paragraph. Yields between slices.
   */
  private async scanBlocks(found: TextBlock[], generation: number, checkVisible: boolean) {
    let pause = deadline();
    for (let i = 0; i < found.length; ) {
      if (pause()) {
        this.onChange();
        await yieldToMain();
        if (generation !== this.generation) return;
        pause = deadline();
      }
      const batch: TextBlock[] = [];
      const starts: number[] = [];
      let text = "";
      for (; i < found.length && text.length < BATCH_CHARS; i++) {
        if (batch.length) text += BATCH_SEPARATOR;
        starts.push(text.length);
        batch.push(found[i]!);
        text += found[i]!.text;
      }
      let b = 0;
      let pending: Match[] = [];
      const flush = () => {
        if (pending.length) this.addBlock(batch[b]!, starts[b]!, pending, checkVisible);
        pending = [];
      };
      for (const match of this.engine.findMatches(text)) {
        while (b + 1 < batch.length && match.start >= starts[b + 1]!) {
          flush();
          b++;
        }
        pending.push(match);
      }
      flush();
    }
    this.onChange();
  }

  private addBlock(block: TextBlock, offset: number, matches: Match[], checkVisible: boolean) {
    // A block handed out again (it gained text) replaces its earlier matches.
    const previous = this.blocks.get(block.element);
    if (previous) this.removeBlock(block.element, previous);
    if (checkVisible && !isVisible(block.element)) return;
    const state: BlockState = { block, matches: [] };
    for (const match of matches) {
      const start = match.start - offset;
      const end = match.end - offset;
      const range = this.doc.createRange();
      const from = nodeAt(block, start);
      const to = nodeAt(block, end, true);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      state.matches.push({ match, start, end, range, block: state });
      this.registry.add(range);
    }
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
    return state.matches.find((m) => m.start <= at && at < m.end);
  }

  /** How many phrases are highlighted (cheap: no ordering). */
  count(): number {
    let n = 0;
    for (const s of this.blocks.values()) n += s.matches.length;
    return n;
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

/** Text for the gate: the top of the page, as much as the engine's gate reads (GATE_SAMPLE). */
function sample(blocks: TextBlock[]): string {
  let out = "";
  for (const b of blocks) {
    if (out.length > GATE_SAMPLE) break;
    out += `${b.text}\n\n`;
  }
  return out;
}

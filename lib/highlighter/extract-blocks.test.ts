import { parseHTML } from "linkedom";
import { describe, expect, test } from "vitest";
import { BlockWalker, extractBlocks, nodeAt, visibleText } from "./extract-blocks";

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe("reading a page as text blocks", () => {
  test("a phrase split across inline elements stays in one block, and offsets map back to text nodes", () => {
    const [block] = extractBlocks(body("<p>a top-<em>down</em> <a href='#'>reorganisation</a> now</p>"));
    expect(block!.text).toBe("a top-down reorganisation now");
    const start = nodeAt(block!, 2);
    const end = nodeAt(block!, 25, true);
    expect([start.node.data, start.offset]).toEqual(["a top-", 2]);
    expect([end.node.data, end.offset]).toEqual(["reorganisation", 14]);
  });

  test("script, style, form fields, hidden, contenteditable and our own UI are never read", () => {
    const text = visibleText(
      body(`<p>kept</p><script>var nhs = 1</script><style>p{}</style><textarea>typed</textarea>
        <div hidden><p>hidden</p></div><div style="display: none">none</div><div contenteditable="true">draft</div>
        <nhs-context-ui><p>ours</p></nhs-context-ui><noscript>no</noscript><p>also kept</p>`),
    );
    expect(text).toBe("kept\n\nalso kept");
  });

  test("a walk paused and resumed reads the same blocks as one walk", () => {
    const root = body(Array.from({ length: 3000 }, (_, i) => `<p>para ${i} <b>bold</b></p>`).join(""));
    const walker = new BlockWalker(root);
    let pauses = 0;
    let checks = 0;
    while (!walker.run(() => ++checks % 2 === 0)) pauses++;
    expect(pauses).toBeGreaterThan(1);
    expect(walker.blocks().map((b) => b.text)).toEqual(extractBlocks(root).map((b) => b.text));
  });

  test("completed blocks are handed out once; a block that gains text later is handed out again", () => {
    const root = body("<div>before <p>inner</p> after</div><p>last</p>");
    const walker = new BlockWalker(root);
    const handed: string[] = [];
    let done = false;
    while (!done) {
      done = walker.run(() => true);
      handed.push(...walker.takeCompleted(done).map((b) => b.text));
    }
    expect(handed.at(-1)).toBe("last");
    expect(handed).toContain("inner");
    expect(handed.filter((t) => t.startsWith("before"))).toContain("before  after");
  });
});

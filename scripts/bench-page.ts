/**
 * `npm run bench:page`: on the same generated 1 MB article, in one Chromium run, compares
 * - NHS Context (the built extension): time to first paint with highlights, time until every phrase
 *   is highlighted, and the longest main-thread task (longtask PerformanceObserver);
 * - mark.js highlighting the same 20 phrases (DOM wrappers, one synchronous pass);
 * - a bare TreeWalker + one regex + CSS Custom Highlight API pass, styled like ours (the floor for this approach).
 * Each runs RUNS times on a fresh tab; medians are printed with ratios.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { BENCH_PHRASES, generateArticle } from "../lib/bench/generate-article";
import { launchExtensionBrowser, OTHER_HOST } from "../tests/e2e/browser";

const RUNS = 5;
const markJs = readFileSync(createRequire(import.meta.url).resolve("mark.js/dist/mark.min.js"), "utf8");

function articleHtml(): string {
  const { paragraphs } = generateArticle(1_000_000);
  const body = paragraphs.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>NHS news: a very long article</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:20px auto}</style></head><body><h1>NHS news</h1>${body}</body></html>`;
}

/** Installed before any page script: records long tasks and when our UI host appears. */
const OBSERVE = () => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __hostAt?: number };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver((_, obs) => {
    if (document.querySelector("nhs-context-ui")) {
      w.__hostAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

const longestAfter = (page: Page, since: number) =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
          .filter((x) => x.start + x.duration >= t)
          .map((x) => x.duration),
      ),
    since,
  );

/** The extension: from the moment its UI mounts to the first frame with highlights, and to the last one. */
/** tsx keeps function names with a `__name` helper that evaluated code must find in the page. */
async function prepare(page: Page) {
  await page.addInitScript({ content: "globalThis.__name = (f) => f;" });
  await page.addInitScript(OBSERVE);
}

async function runExtension(page: Page, url: string) {
  await prepare(page);
  await page.goto(url);
  const timing = await page.evaluate(
    () =>
      new Promise<{ start: number; first: number; done: number; count: number }>((resolve) => {
        const w = window as unknown as { __hostAt?: number };
        let first = 0;
        let last = -1;
        let lastChange = 0;
        // A message posted from a frame callback runs once that frame has been rendered and painted.
        const afterPaint = (record: (t: number) => void) => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => record(performance.now());
          ch.port2.postMessage(null);
        };
        const tick = () => {
          const size =
            (CSS.highlights.get("nhs-context-match") as unknown as Set<Range> | undefined)?.size ?? 0;
          const now = performance.now();
          if (size > 0 && !first) {
            first = now;
            afterPaint((t) => {
              first = t;
            });
          }
          if (size !== last) {
            last = size;
            lastChange = now;
            afterPaint((t) => {
              lastChange = t;
            });
          }
          if (first && now - lastChange > 1000)
            resolve({ start: w.__hostAt ?? first, first, done: lastChange, count: size });
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
  return {
    firstPaint: timing.first - timing.start,
    allDone: timing.done - timing.start,
    longest: await longestAfter(page, timing.start),
    count: timing.count,
  };
}

/** A synchronous highlighter run inside the page; time until the frame after it finishes. */
async function runInPage(page: Page, url: string, kind: "markjs" | "bare") {
  await prepare(page);
  await page.goto(url);
  if (kind === "markjs") await page.addScriptTag({ content: markJs });
  return page.evaluate(
    ([k, phrases]) =>
      new Promise<{ firstPaint: number; allDone: number; longest: number; count: number }>((resolve) => {
        const start = performance.now();
        let count = 0;
        if (k === "markjs") {
          const Mark = (
            window as unknown as { Mark: new (el: Element) => { mark(p: string[], o: object): void } }
          ).Mark;
          new Mark(document.body).mark(phrases as string[], {
            separateWordSearch: false,
            accuracy: "exactly",
            each: () => {
              count++;
            },
          });
        } else {
          const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          const re = new RegExp(`\\b(?:${(phrases as string[]).map(esc).join("|")})\\b`, "gi");
          const h = new Highlight();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
            re.lastIndex = 0;
            for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
              const r = new Range();
              r.setStart(n, m.index);
              r.setEnd(n, m.index + m[0].length);
              h.add(r);
              count++;
            }
          }
          // Styled like ours: an unstyled highlight paints nothing and would flatter this pass.
          const style = document.createElement("style");
          style.textContent =
            "::highlight(bench-bare) { background-color: rgba(255, 214, 102, 0.45); text-decoration: underline 2px #005eb8; }";
          document.head.append(style);
          CSS.highlights.set("bench-bare", h);
        }
        requestAnimationFrame(() => {
          // Posted from the frame callback, the message runs once this frame is rendered and painted.
          const ch = new MessageChannel();
          ch.port2.postMessage(null);
          ch.port1.onmessage = () => {
            const painted = performance.now() - start;
            // Long-task entries arrive a little later.
            setTimeout(() => {
              const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] })
                .__longTasks;
              const longest = Math.max(
                0,
                ...tasks.filter((t) => t.start + t.duration >= start).map((t) => t.duration),
              );
              resolve({ firstPaint: painted, allDone: painted, longest, count });
            }, 200);
          };
        });
      }),
    [kind, BENCH_PHRASES] as const,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await launchExtensionBrowser();
try {
  browser.server.routes.set("/bench/article.html", articleHtml());
  const withExtension = browser.url("bench/article.html");
  const without = browser.url("bench/article.html", OTHER_HOST); // not a default site: the extension stays out
  const results: Record<string, { firstPaint: number; allDone: number; longest: number; count: number }[]> = {
    extension: [],
    markjs: [],
    bare: [],
  };
  for (let i = 0; i < RUNS; i++)
    for (const kind of ["extension", "markjs", "bare"] as const) {
      const page = await browser.newPage();
      results[kind]!.push(
        kind === "extension" ? await runExtension(page, withExtension) : await runInPage(page, without, kind),
      );
      await page.close();
    }
  const m = Object.fromEntries(
    Object.entries(results).map(([k, rs]) => [
      k,
      {
        firstPaint: median(rs.map((r) => r.firstPaint)),
        allDone: median(rs.map((r) => r.allDone)),
        longest: median(rs.map((r) => r.longest)),
        count: median(rs.map((r) => r.count)),
      },
    ]),
  ) as Record<
    "extension" | "markjs" | "bare",
    { firstPaint: number; allDone: number; longest: number; count: number }
  >;
  const row = (name: string, r: (typeof m)["bare"]) =>
    `${name.padEnd(34)}${r.firstPaint.toFixed(0).padStart(8)}${r.allDone.toFixed(0).padStart(10)}${r.longest.toFixed(0).padStart(12)}${String(r.count).padStart(9)}`;
  console.log(`1 MB generated article, ${RUNS} runs each, medians (ms)\n`);
  console.log(
    `${"".padEnd(34)}${"paint".padStart(8)}${"all done".padStart(10)}${"longest task".padStart(12)}${"matches".padStart(9)}`,
  );
  console.log(row("NHS Context (extension)", m.extension));
  console.log(row("mark.js, same 20 phrases", m.markjs));
  console.log(row("bare TreeWalker+regex+Highlight", m.bare));
  console.log(
    `\nfirst paint with highlights: ${(m.markjs.firstPaint / m.extension.firstPaint).toFixed(1)}x faster than mark.js, ` +
      `${(m.extension.firstPaint / m.bare.firstPaint).toFixed(2)}x the bare pass`,
  );
  console.log(
    `all phrases highlighted: ${(m.markjs.allDone / m.extension.allDone).toFixed(1)}x faster than mark.js, ` +
      `${(m.extension.allDone / m.bare.allDone).toFixed(2)}x the bare pass`,
  );
  console.log(
    `longest main-thread task during the extension's scan: ${m.extension.longest.toFixed(0)} ms (0 = none over 50 ms)`,
  );
} finally {
  await browser.close();
}

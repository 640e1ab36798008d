/** Reading what NHS Context drew on a page, from the test's side. */
import type { Frame, Page } from "playwright-core";
import type { ExtensionBrowser } from "./browser";

/** The text of every highlighted range, in document order. */
export function highlightedTexts(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const h = CSS.highlights.get("nhs-context-match");
    if (!h) return [];
    const ranges = [...(h as unknown as Set<Range>)];
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((r) => r.toString().replace(/\s+/g, " "));
  });
}

export async function waitForHighlights(target: Page | Frame, atLeast = 1): Promise<string[]> {
  await target.waitForFunction(
    (n) => ((CSS.highlights.get("nhs-context-match") as unknown as Set<Range> | undefined)?.size ?? 0) >= n,
    atLeast,
    { timeout: 15_000 },
  );
  return highlightedTexts(target);
}

/** Viewport point in the middle of the first occurrence of `text` inside `selector`. */
export async function pointAt(
  page: Page,
  text: string,
  selector = "body",
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([t, sel]) => {
      const root = document.querySelector(sel!)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.textContent!.indexOf(t!);
        if (i < 0) continue;
        n.parentElement!.scrollIntoView({ block: "center" });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + Math.min(t!.length, 4));
        const b = r.getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    [text, selector],
  );
  if (!point) throw new Error(`"${text}" not found in ${selector}`);
  return point;
}

export const popover = (page: Page) => page.locator("nhs-context-ui .popover");

/** Hovers a phrase and waits for its popover. */
export async function hoverPhrase(page: Page, text: string, selector?: string) {
  const p = await pointAt(page, text, selector);
  await page.mouse.move(p.x, p.y);
  await popover(page).waitFor({ state: "visible", timeout: 5000 });
  return popover(page);
}

/** The shadow root's focused element, described. */
export const focusedInUi = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector("nhs-context-ui")?.shadowRoot?.activeElement as HTMLElement | null;
    return el
      ? { tag: el.tagName.toLowerCase(), label: el.getAttribute("aria-label") ?? el.textContent ?? "" }
      : null;
  });

export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const worker = browser.context.serviceWorkers()[0]!;
  return worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}

export async function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  const worker = browser.context.serviceWorkers()[0]!;
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Bounding boxes of the given elements, rounded, for layout-shift comparisons. */
export const boxes = (page: Page, selectors: string[]) =>
  page.evaluate(
    (sels) =>
      sels.map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return [
          s,
          Math.round(r.x),
          Math.round(r.y + window.scrollY),
          Math.round(r.width),
          Math.round(r.height),
        ];
      }),
    selectors,
  );

import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type ExtensionBrowser, launchExtensionBrowser, OTHER_HOST, SECOND_NEWS_HOST } from "./browser";
import {
  badgeText,
  boxes,
  focusedInUi,
  highlightedTexts,
  hoverPhrase,
  pointAt,
  popover,
  tabIdOf,
  waitForHighlights,
} from "./page-helpers";

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(() => browser?.close());
// One tab per test: tabs are looked up by URL.
afterEach(async () => {
  for (const p of browser.context.pages()) await p.close();
});

/** The HSJ-like fixture, once its 12 phrases are highlighted. */
async function openHsjArticle() {
  const page = await browser.newPage();
  await page.goto(browser.url("hsj-article.html"));
  await waitForHighlights(page, 12);
  return page;
}

/** Errors logged by the extension itself (its pages, or content script messages), not by fixture pages. */
const extensionErrors = () =>
  browser.consoleErrors.filter((e) => e.startsWith("chrome-extension://") || /nhs.?context/i.test(e));

describe("an HSJ-like article", () => {
  test("highlights the policy phrases at the right words, including ones split across links and <em>", async () => {
    const page = await browser.newPage();
    await page.goto(browser.url("hsj-article.html"));
    const texts = await waitForHighlights(page, 12);
    expect(texts).toEqual([
      "ICSs",
      "reforms without reorganisation",
      "integrated care systems",
      "top-down reorganisation",
      "ICSs",
      "democratically accountable",
      "Health and Social Care Act 2012",
      "put out to tender",
      "brought back in-house",
      "evolutionary process, not a big bang",
      "four-hour A&E target",
      "Health and wellbeing boards",
    ]);
    // The article text itself is untouched: no wrappers, the link and <em> are still there.
    expect(await page.locator("article a").textContent()).toBe("integrated care");
    expect(await page.locator("article em").textContent()).toBe("reorganisation");
    expect(await page.locator("article nhs-context-ui, article mark").count()).toBe(0);
  });

  test("hovering a phrase opens a popover with the statement, its speaker, source, context and relations", async () => {
    const page = await openHsjArticle();
    const pop = await hoverPhrase(page, "democratically accountable");
    await expect.poll(() => pop.locator("h2").textContent()).toBe("Integrated care systems (ICSs)");
    expect(await pop.locator("blockquote").textContent()).toBe("“democratically accountable”");
    expect(await pop.locator(".attribution").textContent()).toContain(
      "Jon Ashworth, shadow health secretary, Labour · 11 December 2019",
    );
    expect(await pop.locator(".source").textContent()).toContain(
      "HSJ (Health Service Journal): “Labour plans ‘democratically accountable’ integrated care systems”",
    );
    expect(await pop.locator(".context mark").textContent()).toBe("democratically accountable");
    expect(await pop.locator(".context").textContent()).toContain("Integrated care systems would become");
    expect(await pop.locator(".related").textContent()).toContain("Echoes");
    expect(await pop.getAttribute("role")).toBe("dialog");
    // Moving into the popover keeps it open.
    const box = (await pop.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 40, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await pop.isVisible()).toBe(true);
  });

  test("a restated seed phrase leads with the seed statement and shows its original context", async () => {
    const page = await openHsjArticle();
    const pop = await hoverPhrase(page, "reforms without reorganisation", ".standfirst");
    await expect.poll(() => pop.locator(".attribution .speaker").textContent()).toBe("Debbie Abrahams");
    expect(await pop.locator(".context mark").textContent()).toBe("reforms without reorganisation");
    expect(await pop.locator(".attribution").textContent()).toContain("2014");
  });

  test("keyboard: Alt+Shift+N focuses the first phrase, Enter opens its popover with focus, Esc returns focus", async () => {
    const page = await openHsjArticle();
    await page.keyboard.press("Alt+Shift+KeyN");
    await expect
      .poll(() => focusedInUi(page))
      .toMatchObject({ tag: "button", label: expect.stringContaining("“ICSs”") });
    await page.keyboard.press("Enter");
    await popover(page).waitFor({ state: "visible" });
    await expect.poll(() => focusedInUi(page)).toMatchObject({ tag: "h2" });
    await page.keyboard.press("Escape");
    await popover(page).waitFor({ state: "detached" });
    expect(await focusedInUi(page)).toMatchObject({ tag: "button", label: expect.stringContaining("ICSs") });
    await page.keyboard.press("Alt+Shift+KeyN");
    await expect
      .poll(() => focusedInUi(page))
      .toMatchObject({ label: expect.stringContaining("reforms without reorganisation") });
  });

  test("click opens and pins the popover, an outside click closes it, and a highlighted link still works as a link", async () => {
    const page = await openHsjArticle();
    const p = await pointAt(page, "four-hour");
    await page.mouse.click(p.x, p.y);
    await popover(page).waitFor({ state: "visible" });
    expect(await popover(page).locator("h2").textContent()).toBe("Four-hour A&E target");
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    expect(await popover(page).isVisible()).toBe(true); // pinned: moving away does not close it
    await page.mouse.click(5, 300);
    await popover(page).waitFor({ state: "detached" });

    await page.evaluate(() => {
      const a = document.querySelector("article a")!;
      a.addEventListener("click", (e) => {
        (window as unknown as { linkClicked: boolean }).linkClicked = !e.defaultPrevented;
        e.preventDefault(); // keep the test page here
      });
    });
    const l = await pointAt(page, "integrated care", "article a");
    await page.mouse.click(l.x, l.y);
    expect(await page.evaluate(() => (window as unknown as { linkClicked: boolean }).linkClicked)).toBe(true);
    await page.waitForTimeout(200);
    expect(await popover(page).count()).toBe(0);
  });

  test("Alt+Shift+H hides and shows every highlight", async () => {
    const page = await openHsjArticle();
    await page.keyboard.press("Alt+Shift+KeyH");
    expect(await page.evaluate(() => CSS.highlights.has("nhs-context-match"))).toBe(false);
    await page.keyboard.press("Alt+Shift+KeyH");
    expect(await page.evaluate(() => CSS.highlights.has("nhs-context-match"))).toBe(true);
  });

  test("the badge counts the matches and the popup lists them; choosing one opens its popover on the page", async () => {
    const page = await browser.newPage();
    const url = browser.url("hsj-article.html");
    await page.goto(url);
    await waitForHighlights(page, 12);
    const tabId = await tabIdOf(browser, url);
    await expect.poll(() => badgeText(browser, tabId)).toBe("12");
    const popup = await browser.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator(".count").textContent()).toBe("12 policy phrases on this page");
    expect(await popup.locator(".matches li").first().textContent()).toBe(
      "ICSsIntegrated care systems (ICSs)",
    );
    expect(await popup.locator(".site-switch").textContent()).toContain("www.hsj.co.uk");
    await popup.locator(".matches button", { hasText: "four-hour A&E target" }).click();
    await page.bringToFront();
    await popover(page).waitFor({ state: "visible" });
    expect(await popover(page).locator("h2").textContent()).toBe("Four-hour A&E target");
  });
});

test("the popup's site switch turns NHS Context off for a site, and back on", async () => {
  const page = await browser.newPage();
  const url = browser.url("blog.html", SECOND_NEWS_HOST);
  await page.goto(url);
  await waitForHighlights(page, 9);
  const tabId = await tabIdOf(browser, url);
  const popup = await browser.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  const toggle = popup.locator(".site-switch input");
  await expect.poll(() => toggle.isChecked()).toBe(true);
  await toggle.click();
  await expect.poll(() => highlightedTexts(page)).toEqual([]);
  await expect.poll(() => badgeText(browser, tabId)).toBe("");
  await page.reload();
  await page.waitForTimeout(800);
  expect(await highlightedTexts(page)).toEqual([]);
  await toggle.click(); // on again: the popup checks the page at once
  expect((await waitForHighlights(page, 9)).length).toBeGreaterThanOrEqual(9);
});

describe("other layouts", () => {
  test("a BBC-like article: a phrase split across <span>s, and Labour's split on personal health budgets", async () => {
    const page = await browser.newPage();
    await page.goto(browser.url("bbc-article.html", SECOND_NEWS_HOST));
    const texts = await waitForHighlights(page, 6);
    expect(texts).toEqual([
      "Personal health budgets",
      "personal health budgets",
      "personal health budgets",
      "whole person care",
      "health and wellbeing boards",
      "clinical commissioning groups",
      "quality and outcomes framework",
      "QOF",
      "2012 Act",
    ]);
    const pop = await hoverPhrase(page, "personal", "main p:nth-of-type(2)");
    await expect.poll(() => pop.locator(".attribution .speaker").textContent()).toBe("Debbie Abrahams");
    expect(await pop.locator(".related").textContent()).toContain("Contradicts");
    expect(await pop.locator(".related").textContent()).toContain("Liz Kendall");
  });

  test("a blog with a blockquote and comments; text hidden by CSS or [hidden] is not highlighted", async () => {
    const page = await browser.newPage();
    await page.goto(browser.url("blog.html", SECOND_NEWS_HOST));
    await waitForHighlights(page, 9);
    // Hidden blocks are dropped just after the first paint.
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual([
        "hospital beds",
        "bed occupancy",
        "moratorium on bed cuts",
        "proper beds review",
        "primary care networks",
        "models of primary care",
        "anchor institution",
        "net zero",
        "four-hour target",
      ]);
  });

  test("a page with an iframe: the embedded document is scanned too", async () => {
    const page = await browser.newPage();
    await page.goto(browser.url("iframe-page.html"));
    expect(await waitForHighlights(page, 4)).toEqual([
      "NHS targets",
      "four-hour target",
      "review of targets",
      "18-week target",
    ]);
    const frame = page.frames().find((f) => f.url().endsWith("/iframe-inner.html"))!;
    expect(await waitForHighlights(frame, 2)).toEqual(["four-hour A&E target", "Integrated care systems"]);
  });

  test("a page that adds and edits paragraphs after load and navigates with pushState", async () => {
    const page = await browser.newPage();
    await page.goto(browser.url("dynamic.html"));
    expect(await waitForHighlights(page, 1)).toEqual(["Health and Social Care Act"]);
    await page.evaluate(() =>
      (window as unknown as { addUpdate(id: string, t: string): void }).addUpdate(
        "second",
        "09:05 Integrated care systems will get new powers, the NHS says.",
      ),
    );
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(["Health and Social Care Act", "Integrated care systems"]);
    await page.evaluate(() =>
      (window as unknown as { editFirst(t: string): void }).editFirst(
        "09:00 The NHS is braced for questions about QOF.",
      ),
    );
    await expect.poll(() => highlightedTexts(page)).toEqual(["QOF", "Integrated care systems"]);
    await page.click("#next-page");
    expect(page.url()).toContain("/dynamic/page-2");
    await expect.poll(() => highlightedTexts(page)).toEqual(["personal health budgets"]);
    // Navigating on to a page about something else: the gate is asked again, and nothing is highlighted.
    await page.evaluate(() => document.querySelector("h1")!.replaceChildren("Elsewhere"));
    await page.evaluate(() => {
      document.title = "County news";
    });
    await page.click("#us-page");
    // Let the debounced rescan and the location-change scan both run, then look once.
    await page.waitForTimeout(2500);
    expect(await highlightedTexts(page)).toEqual([]);
  });

  test("a look-alike page about a US 'Whole Person Care' pilot gets no highlights, and the popup says why", async () => {
    const page = await browser.newPage();
    const url = browser.url("us-lookalike.html");
    await page.goto(url);
    const popup = await browser.newPage();
    const tabId = await tabIdOf(browser, url);
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator("section").textContent())
      .toContain("does not look like it is about the NHS");
    expect(await highlightedTexts(page)).toEqual([]);
  });

  test("a site outside the default list is left alone until asked", async () => {
    const page = await browser.newPage();
    await page.goto(browser.url("hsj-article.html", OTHER_HOST));
    await page.waitForTimeout(1000);
    expect(await page.locator("nhs-context-ui").count()).toBe(0);
    expect(await highlightedTexts(page)).toEqual([]);
  });
});

describe("a hostile page", () => {
  test("aggressive CSS, script-like text and 20,000 nodes: highlights work, text stays text, nothing shifts", async () => {
    const dialogs: string[] = [];
    // The same page where the extension does not run, for the layout baseline.
    const plain = await browser.newPage();
    await plain.goto(browser.url("hostile.html", OTHER_HOST));
    const selectors = ["#top", "#payload", "#many", "#many > div:nth-child(2500)", "#many > div:last-child"];
    const before = await boxes(plain, selectors);

    const page = await browser.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(browser.url("hostile.html"));
    const texts = await waitForHighlights(page, 102);
    expect(texts.slice(0, 2)).toEqual(["top-down reorganisation", "integrated care systems"]);
    expect(texts.filter((t) => t === "beds review")).toHaveLength(100);

    const pop = await hoverPhrase(page, "top-down reorganisation", "#payload");
    expect(await pop.isVisible()).toBe(true);
    expect(await pop.locator("footer").textContent()).toContain("Found as “top-down reorganisation”");
    // The popover keeps its own look: the page's `* { font-size: 22px !important }` does not reach it.
    expect(await pop.locator(".explainer").evaluate((el) => getComputedStyle(el).fontSize)).toBe("13px");

    expect(await boxes(page, selectors)).toEqual(before);
    expect(dialogs).toEqual([]);
    expect(await page.locator("img[src='x']").count()).toBe(0);
    expect(await page.locator("#payload").textContent()).toContain('<script>alert("pwned")</script>');
  });
});

test("the extension logged no console errors", () => {
  expect(extensionErrors()).toEqual([]);
});

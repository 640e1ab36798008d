/** `npm run screenshots`: the PNGs in docs/ that the README shows (article, popover, popup, library). */
import { resolve } from "node:path";
import { launchExtensionBrowser } from "../tests/e2e/browser";
import { hoverPhrase, waitForHighlights } from "../tests/e2e/page-helpers";

const docs = resolve(import.meta.dirname, "../docs");
const browser = await launchExtensionBrowser();
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  const url = browser.url("hsj-article.html");
  await page.goto(url);
  await waitForHighlights(page, 12);
  await page.screenshot({ path: resolve(docs, "article-highlights.png") });

  const pop = await hoverPhrase(page, "top-down", "article");
  const box = (await pop.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 30, { steps: 3 });
  await pop.locator("button.save").click();
  await pop.evaluate((el) => {
    el.scrollTop = 0;
  });
  await page.screenshot({ path: resolve(docs, "popover.png") });

  await page.mouse.move(5, 5);
  await page.mouse.click(5, 5);
  await hoverPhrase(page, "reforms without reorganisation", ".standfirst");
  await pop.locator("button.save").click();

  const worker = browser.context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
  const popup = await browser.newPage();
  await popup.setViewportSize({ width: 340, height: 520 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator(".count").waitFor();
  await popup.screenshot({ path: resolve(docs, "popup.png") });

  const library = await browser.newPage();
  await library.setViewportSize({ width: 1000, height: 900 });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.locator("li.card").first().waitFor();
  await library
    .locator("li.card textarea")
    .first()
    .fill("Ask the press office whether this is still policy.");
  await library.locator("li.card input[type=text]").first().fill("pledges, 2014");
  await library.locator("li.card input[type=text]").first().press("Enter");
  await library.screenshot({ path: resolve(docs, "library.png") });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html?tab=timeline`);
  await library.locator(".timeline .entry").first().waitFor();
  await library.screenshot({ path: resolve(docs, "timeline.png") });
} finally {
  await browser.close();
}

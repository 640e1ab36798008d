/**
 * `npm run demo`: opens the bundled sample article in Chromium with the built extension, prints what
 * NHS Context found (phrase, topic, best statement) and saves a screenshot of an open popover.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { launchExtensionBrowser } from "../tests/e2e/browser";
import { hoverPhrase, waitForHighlights } from "../tests/e2e/page-helpers";

const out = resolve(import.meta.dirname, "../.output/demo");
mkdirSync(out, { recursive: true });
const browser = await launchExtensionBrowser();
try {
  const page = await browser.newPage();
  const url = browser.url("hsj-article.html");
  await page.goto(url);
  await waitForHighlights(page, 1);
  const popup = await browser.newPage();
  const worker = browser.context.serviceWorkers()[0]!;
  const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.locator(".count").waitFor();
  const rows = await popup
    .locator(".matches li")
    .evaluateAll((lis) =>
      lis.map((li) => [li.querySelector(".phrase")!.textContent!, li.querySelector(".topic")!.textContent!]),
    );
  await popup.close();
  console.log(`NHS Context on the sample article (${url}):\n`);
  console.log(`${"phrase".padEnd(40)}topic`);
  for (const [phrase, topic] of rows) console.log(`${phrase!.padEnd(40)}${topic}`);

  await page.bringToFront();
  const pop = await hoverPhrase(page, "democratically accountable");
  const quote = await pop.locator("blockquote").textContent();
  const who = await pop.locator(".attribution").textContent();
  console.log(`\nPopover for “democratically accountable”: ${quote} (${who})`);
  const shot = resolve(out, "popover.png");
  await page.screenshot({ path: shot });
  console.log(`Screenshot of the open popover: ${shot}`);
} finally {
  await browser.close();
}

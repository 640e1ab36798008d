import { afterAll, beforeAll, expect, test } from "vitest";
import { type ExtensionBrowser, launchExtensionBrowser } from "./browser";

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(() => browser?.close());

test("the content script runs on a default news site", async () => {
  const page = await browser.newPage();
  await page.goto(browser.url("hello.html"));
  await expect.poll(() => page.getAttribute("html", "data-nhs-context")).toBe("ready");
});

test("the popup and the library page render", async () => {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await expect.poll(() => page.textContent("h1")).toBe("NHS Context");
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await expect.poll(() => page.textContent("h1")).toBe("Your library");
});

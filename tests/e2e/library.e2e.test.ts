import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type ExtensionBrowser, launchExtensionBrowser } from "./browser";
import { hoverPhrase, popover, waitForHighlights } from "./page-helpers";

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
});
afterAll(() => browser?.close());
const dir = mkdtempSync(join(tmpdir(), "nhs-context-library-e2e-"));

async function saveFromPopover(page: Page, phrase: string, selector?: string) {
  const pop = await hoverPhrase(page, phrase, selector);
  const box = (await pop.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 30, { steps: 3 }); // into the popover, which stays open
  await pop.locator("button.save").click();
  await expect.poll(() => pop.locator("button.save").textContent()).toBe("Saved to library ✓");
  return pop;
}

const cards = (library: Page) => library.locator("li.card");

test("save from a popover, find it in the library, annotate, export, delete, import, find it again", async () => {
  const page = await browser.newPage();
  await page.goto(browser.url("hsj-article.html"));
  await waitForHighlights(page, 12);
  const pop = await saveFromPopover(page, "democratically accountable");
  const statementQuote = await pop.locator("blockquote").textContent();
  // Saving a second statement, then the first again from another spot: one item, two places seen.
  await page.mouse.move(5, 5);
  await popover(page).waitFor({ state: "detached" });
  await saveFromPopover(page, "reforms without reorganisation", ".standfirst");

  const library = await browser.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await expect.poll(() => cards(library).count()).toBe(2);
  // Newest first.
  expect(await cards(library).first().locator(".who strong").textContent()).toBe("Debbie Abrahams");

  await library.fill("input[type=search]", "democraticaly acountable"); // fuzzy: typos still find it
  await expect.poll(() => cards(library).count()).toBe(1);
  const card = cards(library).first();
  expect(await card.locator("blockquote").textContent()).toBe(statementQuote);
  expect(await card.locator("summary").textContent()).toContain("Seen on 1 page");
  // The "seen on" link opens the article at the phrase (a text fragment from the saved selectors).
  expect(await card.locator(".seen-on a").getAttribute("href")).toBe(
    `${browser.url("hsj-article.html")}#:~:text=ICSs%20must%20become-,democratically%20accountable,-%2C%20with%20councillors`,
  );
  await card.locator("textarea").fill("Compare with the 2014 pledge");
  await card.locator("input[type=text]").fill("ICS, Accountability");
  await card.locator("input[type=text]").press("Enter");
  await expect.poll(() => card.locator(".flash").textContent()).toBe("Tags saved");
  await library.fill("input[type=search]", "accountability");
  await expect.poll(() => cards(library).count()).toBe(1);
  await library.fill("input[type=search]", "");

  const [download] = await Promise.all([
    library.waitForEvent("download"),
    library.click("button:text-is('JSON')"),
  ]);
  const exported = join(dir, "library.json");
  await download.saveAs(exported);
  expect(JSON.parse(readFileSync(exported, "utf8"))).toMatchObject({
    format: "nhs-context-library",
    version: 1,
  });

  await library.click("button:text-is('Delete all')");
  await expect.poll(() => library.locator(".empty h2").textContent()).toBe("Your library is empty");
  expect(await library.locator(".notice.undo").textContent()).toContain("Removed 2 statements");
  await library.click(".notice.undo button");
  await expect.poll(() => cards(library).count()).toBe(2);
  await library.click("button:text-is('Delete all')");
  await expect.poll(() => library.locator(".empty h2").textContent()).toBe("Your library is empty");

  await library.setInputFiles("input[type=file]", exported);
  await expect.poll(() => library.locator(".notice.ok").textContent()).toContain("2 new");
  await library.fill("input[type=search]", "Compare with the 2014");
  await expect.poll(() => cards(library).count()).toBe(1);
  expect(await cards(library).first().locator("textarea").inputValue()).toBe("Compare with the 2014 pledge");
  expect(await cards(library).first().locator("input[type=text]").inputValue()).toBe("accountability, ics");

  // The popover knows it is saved.
  await page.bringToFront();
  const again = await hoverPhrase(page, "democratically accountable");
  await expect.poll(() => again.locator("button.save").textContent()).toBe("Saved to library ✓");
  // …and unsaves from there too.
  await again.locator("button.save").click();
  await expect.poll(() => again.locator("button.save").textContent()).toBe("Save to library");
  await library.bringToFront();
  await library.fill("input[type=search]", "");
  await expect.poll(() => cards(library).count()).toBe(1);
  await again.locator("button.save").click();
  await expect.poll(() => cards(library).count()).toBe(2);
});

test("a malformed import shows what is wrong and leaves the library unchanged", async () => {
  const library = await browser.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await expect.poll(() => cards(library).count()).toBe(2);
  const bad = join(dir, "bad.json");
  const good = JSON.parse(readFileSync(join(dir, "library.json"), "utf8"));
  good.items[1].snapshot.speaker = 42;
  good.items.push({ ...good.items[0], statementId: "brand-new" });
  writeFileSync(bad, JSON.stringify(good));
  await library.setInputFiles("input[type=file]", bad);
  await expect
    .poll(() => library.locator(".notice.error").textContent())
    .toMatch(
      /^Nothing was imported\. The file is not a valid library export: item 2 \(.+\): field "snapshot\.speaker"/,
    );
  const notJson = join(dir, "not.json");
  writeFileSync(notJson, "this is not json");
  await library.setInputFiles("input[type=file]", notJson);
  await expect.poll(() => library.locator(".notice.error").textContent()).toContain("not valid JSON");
  expect(await cards(library).count()).toBe(2);
});

test("the topic timeline lists statements in date order with relation labels", async () => {
  const library = await browser.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html?tab=timeline`);
  await library.selectOption("select", "top-down-reorganisation");
  const years = await library.locator(".timeline .year").allTextContents();
  expect(years.slice(0, 4)).toEqual(["2011", "2014", "2019", "Undated (the source gives no date)"]);
  const text = await library.locator(".timeline").textContent();
  expect(text).toContain("Later held up against this pledge");
  expect(text).toContain("I think there’s one going on now.");
  expect(await library.locator(".chip.saved").count()).toBeGreaterThan(0);
});

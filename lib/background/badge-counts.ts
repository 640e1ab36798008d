/** Match counts per tab and frame, summed into the toolbar badge. */
import { browser } from "wxt/browser";

const counts = new Map<number, Map<number, number>>();

export async function setFrameCount(tabId: number, frameId: number, count: number): Promise<void> {
  const frames = counts.get(tabId) ?? new Map<number, number>();
  frames.set(frameId, count);
  counts.set(tabId, frames);
  const total = [...frames.values()].reduce((a, b) => a + b, 0);
  await browser.action.setBadgeBackgroundColor({ tabId, color: "#005eb8" });
  await browser.action.setBadgeText({ tabId, text: total > 0 ? String(total > 999 ? "999+" : total) : "" });
}

export function forgetTab(tabId: number): void {
  counts.delete(tabId);
}

/** Wires the background service worker: one validated message router, badge counts, on-demand checks. */
import { browser } from "wxt/browser";
import { getStatementIndex } from "../data/bundled-index";
import { HIGHLIGHT_CSS_FILE } from "../highlighter/highlight-registry";
import { LibraryDb } from "../library/library-db";
import { savedStatus, saveStatement, unsaveStatement } from "../library/library-repo";
import {
  type BackgroundReply,
  type BackgroundRequest,
  type BackgroundType,
  MessageError,
} from "../messages/contract";
import { backgroundRequests, parseEnvelope } from "../messages/schemas";
import { isSiteEnabled, setSiteEnabled } from "../settings/site-settings";
import { forgetTab, setFrameCount } from "./badge-counts";

interface Sender {
  tab?: { id?: number };
  frameId?: number;
}
type Handlers = {
  [T in BackgroundType]: (p: BackgroundRequest<T>, sender: Sender) => Promise<BackgroundReply<T>>;
};

let db: LibraryDb | undefined;
const library = () => {
  db ??= new LibraryDb();
  return db;
};

const handlers: Handlers = {
  "badge:set": async ({ count }, sender) => {
    if (sender.tab?.id !== undefined) await setFrameCount(sender.tab.id, sender.frameId ?? 0, count);
    return { ok: true };
  },
  "library:save": async ({ statementId, seenOn }) => {
    const statement = getStatementIndex().get(statementId);
    if (!statement) throw new MessageError(`library:save: unknown statement ${statementId}`);
    await saveStatement(library(), statement, seenOn);
    return { saved: true };
  },
  "library:unsave": async ({ statementId }) => {
    await unsaveStatement(library(), statementId);
    return { saved: false };
  },
  "library:status": async ({ statementIds }) => ({ saved: await savedStatus(library(), statementIds) }),
  "site:enabled": async ({ host }) => ({ enabled: await isSiteEnabled(host) }),
  "site:set-enabled": async ({ host, enabled }) => {
    await setSiteEnabled(host, enabled);
    return { enabled };
  },
  "page:check": async ({ tabId }) => {
    try {
      // activeTab (granted by opening the popup) lets us inject into this one tab on demand.
      await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: () => {
          (window as unknown as Record<string, unknown>).__nhsContextForce = true;
        },
      });
      await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, files: [HIGHLIGHT_CSS_FILE] });
      await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        files: ["/content-scripts/content.js"],
      });
      return { ok: true };
    } catch (err) {
      return { ok: false, error: `This page cannot be checked: ${(err as Error).message}` };
    }
  },
};

export function startBackground(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender, reply: (r: unknown) => void) => {
    let parsed: ReturnType<typeof parseEnvelope<typeof backgroundRequests>>;
    try {
      parsed = parseEnvelope(backgroundRequests, raw);
    } catch (err) {
      reply({ error: (err as Error).message });
      return false;
    }
    const handler = handlers[parsed.type] as (p: unknown, s: Sender) => Promise<unknown>;
    handler(parsed.payload, sender).then(reply, (err: Error) => reply({ error: err.message }));
    return true; // reply comes asynchronously
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === "loading" && info.url) forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
}

/** The toolbar popup: what NHS Context found on this tab, a per-site switch, and the way to the library. */
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import type { MatchSummary } from "../../lib/messages/contract";
import { sendToBackground, sendToTab } from "../../lib/messages/send";

type PageState =
  | { kind: "loading" }
  | { kind: "unavailable"; reason: string }
  | { kind: "not-running" }
  | { kind: "scanned"; isNhs: boolean; matches: MatchSummary[] };

/** The tab to talk to: the active tab, or ?tabId= when the popup is opened as a page. */
async function targetTab(): Promise<{ id: number; url: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get("tabId"));
  if (fromQuery) {
    const tab = await browser.tabs.get(fromQuery);
    return tab.id !== undefined ? { id: tab.id, url: tab.url ?? "" } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? "" } : null;
}

export function Popup() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [page, setPage] = useState<PageState>({ kind: "loading" });
  const [enabled, setEnabled] = useState(true);
  const [message, setMessage] = useState("");
  const host = tab ? safeHost(tab.url) : "";

  async function refresh(t = tab) {
    if (!t) return;
    if (!/^https?:/.test(t.url))
      return setPage({ kind: "unavailable", reason: "NHS Context works on web pages." });
    try {
      const reply = await sendToTab(t.id, "page:matches", {});
      setPage({ kind: "scanned", ...reply });
    } catch {
      setPage({ kind: "not-running" });
    }
  }

  useEffect(() => {
    void (async () => {
      const t = await targetTab();
      setTab(t);
      if (!t) return setPage({ kind: "unavailable", reason: "No tab to check." });
      const h = safeHost(t.url);
      if (h) setEnabled((await sendToBackground("site:enabled", { host: h })).enabled);
      await refresh(t);
    })();
  }, []);

  async function checkNow() {
    if (!tab) return;
    setMessage("Checking this page…");
    const result = await sendToBackground("page:check", { tabId: tab.id });
    if (!result.ok) return setMessage(result.error ?? "This page cannot be checked.");
    // The scan runs in slices; give it a moment before asking what it found.
    await new Promise((r) => setTimeout(r, 400));
    setMessage("");
    await refresh();
  }

  async function toggleSite() {
    if (!tab || !host) return;
    const next = !enabled;
    await sendToBackground("site:set-enabled", { host, enabled: next });
    setEnabled(next);
    if (next) await checkNow();
    else {
      await sendToTab(tab.id, "page:disable", {}).catch(() => undefined);
      setPage({ kind: "not-running" });
    }
  }

  async function reveal(index: number) {
    if (!tab) return;
    await sendToTab(tab.id, "page:reveal", { index });
    await browser.tabs.update(tab.id, { active: true });
    if (!new URLSearchParams(location.search).has("tabId")) window.close();
  }

  const openLibrary = () => browser.tabs.create({ url: browser.runtime.getURL("/library.html") });

  return (
    <main class="popup">
      <header>
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>NHS Context</h1>
      </header>
      {host ? (
        <label class="site-switch">
          <input type="checkbox" checked={enabled} onChange={toggleSite} />
          <span>
            Run on <strong>{host}</strong>
          </span>
        </label>
      ) : null}
      <section aria-live="polite">
        {page.kind === "loading" ? <p class="muted">Looking at this page…</p> : null}
        {page.kind === "unavailable" ? <p class="muted">{page.reason}</p> : null}
        {page.kind === "not-running" ? (
          <div>
            <p class="muted">NHS Context has not looked at this page.</p>
            <button type="button" class="primary" onClick={checkNow}>
              Check this page
            </button>
          </div>
        ) : null}
        {page.kind === "scanned" && !page.isNhs ? (
          <div>
            <p class="muted">This page does not look like it is about the NHS, so nothing is highlighted.</p>
            <button type="button" onClick={checkNow}>
              Check again
            </button>
          </div>
        ) : null}
        {page.kind === "scanned" && page.isNhs ? (
          <div>
            <p class="count">
              {page.matches.length === 0
                ? "No policy phrases found on this page."
                : `${page.matches.length} policy phrase${page.matches.length === 1 ? "" : "s"} on this page`}
            </p>
            <ol class="matches">
              {page.matches.map((m) => (
                <li key={m.index}>
                  <button type="button" onClick={() => reveal(m.index)}>
                    <span class="phrase">{m.text.replace(/\s+/g, " ")}</span>
                    <span class="topic">{m.topic}</span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
        ) : null}
        {message ? <p class="message">{message}</p> : null}
      </section>
      <footer>
        <button type="button" class="link" onClick={openLibrary}>
          Open your library
        </button>
      </footer>
    </main>
  );
}

function safeHost(url: string): string {
  try {
    return /^https?:/.test(url) ? new URL(url).host : "";
  } catch {
    return "";
  }
}

/** The library page (/library.html): saved statements, topic timelines and site settings. */
import { useState } from "preact/hooks";
import { getStatementIndex } from "../../lib/data/bundled-index";
import { LibraryDb } from "../../lib/library/library-db";
import { SavedView } from "./saved-view";
import { SitesView } from "./sites-view";
import { TimelineView } from "./timeline-view";

const TABS = [
  ["saved", "Saved statements"],
  ["timeline", "Topic timelines"],
  ["sites", "Sites"],
] as const;
type Tab = (typeof TABS)[number][0];

const db = new LibraryDb();

export function LibraryPage() {
  const initial = (new URLSearchParams(location.search).get("tab") as Tab | null) ?? "saved";
  const [tab, setTab] = useState<Tab>(TABS.some(([t]) => t === initial) ? initial : "saved");
  const index = getStatementIndex();
  return (
    <div class="library">
      <header class="masthead">
        <img src="/icon/48.png" alt="" width={32} height={32} />
        <div>
          <h1>Your library</h1>
          <p>Statements you saved from NHS news, and who said what about each policy over the years.</p>
        </div>
      </header>
      <div class="tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <main>
        {tab === "saved" ? <SavedView db={db} index={index} /> : null}
        {tab === "timeline" ? <TimelineView db={db} index={index} /> : null}
        {tab === "sites" ? <SitesView /> : null}
      </main>
    </div>
  );
}

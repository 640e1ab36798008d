/** The saved statements: newest first, live; fuzzy search; filters; delete with undo; export and import. */
import Fuse from "fuse.js";
import { useMemo, useRef, useState } from "preact/hooks";
import type { StatementIndex } from "../../lib/data/statement-index";
import type { LibraryDb, SavedItem } from "../../lib/library/library-db";
import {
  exportCsv,
  exportJson,
  exportMarkdown,
  exportWebAnnotations,
  importLibrary,
} from "../../lib/library/library-file";
import { restoreItems, updateNote, updateTags } from "../../lib/library/library-repo";
import { download } from "./download";
import { SavedCard } from "./saved-card";
import { useLiveQuery } from "./use-live-query";

const SEARCH_KEYS = [
  { name: "snapshot.quote", weight: 3 },
  { name: "snapshot.speaker", weight: 2 },
  { name: "note", weight: 2 },
  { name: "tags", weight: 2 },
  { name: "snapshot.source.publication", weight: 1 },
];

/** The export formats, each a button. */
const EXPORTS = [
  {
    label: "JSON",
    name: "library",
    ext: "json",
    type: "application/json",
    make: (i: SavedItem[]) => exportJson(i),
  },
  {
    label: "Markdown",
    name: "library",
    ext: "md",
    type: "text/markdown",
    make: (i: SavedItem[]) => exportMarkdown(i),
  },
  { label: "CSV", name: "library", ext: "csv", type: "text/csv", make: exportCsv },
  {
    label: "Web Annotations",
    name: "annotations",
    ext: "jsonld",
    type: "application/ld+json",
    make: exportWebAnnotations,
  },
];

export function SavedView({ db, index }: { db: LibraryDb; index: StatementIndex }) {
  const items = useLiveQuery(() => db.items.orderBy("savedAt").reverse().toArray(), [db]);
  const [query, setQuery] = useState("");
  const [topic, setTopic] = useState("");
  const [speaker, setSpeaker] = useState("");
  const [year, setYear] = useState("");
  const [undo, setUndo] = useState<SavedItem[] | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const topicName = (id: string) => index.topics.get(id)?.name ?? id;

  const shown = useMemo(() => {
    let list = items ?? [];
    if (topic) list = list.filter((i) => i.snapshot.topics.includes(topic));
    if (speaker) list = list.filter((i) => i.speaker === speaker);
    if (year) list = list.filter((i) => i.year === year);
    if (!query.trim()) return list;
    return new Fuse(list, { keys: SEARCH_KEYS, threshold: 0.35, ignoreLocation: true })
      .search(query.trim())
      .map((r) => r.item);
  }, [items, query, topic, speaker, year]);

  if (items === undefined) return <p class="muted">Opening your library…</p>;
  const speakers = [...new Set(items.map((i) => i.speaker))].sort();
  const years = [...new Set(items.map((i) => i.year))].sort();
  const topics = [...new Set(items.flatMap((i) => i.snapshot.topics))].sort((a, b) =>
    topicName(a).localeCompare(topicName(b)),
  );
  const stamp = new Date().toISOString().slice(0, 10);

  async function remove(list: SavedItem[]) {
    await db.transaction("rw", db.items, () => db.items.bulkDelete(list.map((i) => i.statementId)));
    setUndo(list);
  }
  async function importFile(file: File) {
    try {
      const { added, merged } = await importLibrary(db, await file.text());
      setNotice({
        kind: "ok",
        text: `Imported ${file.name}: ${added} new, ${merged} already in your library (merged).`,
      });
    } catch (err) {
      setNotice({ kind: "error", text: `Nothing was imported. ${(err as Error).message}` });
    }
  }

  return (
    <section aria-label="Saved statements">
      <div class="toolbar">
        <input
          type="search"
          placeholder="Search quotes, speakers, notes and tags"
          aria-label="Search your library"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select aria-label="Filter by topic" value={topic} onChange={(e) => setTopic(e.currentTarget.value)}>
          <option value="">All topics</option>
          {topics.map((t) => (
            <option key={t} value={t}>
              {topicName(t)}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by speaker"
          value={speaker}
          onChange={(e) => setSpeaker(e.currentTarget.value)}
        >
          <option value="">All speakers</option>
          {speakers.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
        <select aria-label="Filter by year" value={year} onChange={(e) => setYear(e.currentTarget.value)}>
          <option value="">All years</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y === "undated" ? "Undated" : y}
            </option>
          ))}
        </select>
      </div>
      <div class="toolbar secondary">
        <span class="muted">Export:</span>
        {EXPORTS.map((f) => (
          <button
            key={f.label}
            type="button"
            onClick={() => download(`nhs-context-${f.name}-${stamp}.${f.ext}`, f.make(items), f.type)}
          >
            {f.label}
          </button>
        ))}
        <span class="spacer" />
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import JSON…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Import a library file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = "";
            if (file) void importFile(file);
          }}
        />
        {items.length > 0 ? (
          <button type="button" class="danger" onClick={() => remove(items)}>
            Delete all
          </button>
        ) : null}
      </div>
      {notice ? (
        <p class={`notice ${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"}>
          {notice.text}
        </p>
      ) : null}
      {undo ? (
        <p class="notice undo" role="status">
          Removed {undo.length === 1 ? "1 statement" : `${undo.length} statements`}.{" "}
          <button
            type="button"
            onClick={async () => {
              await restoreItems(db, undo);
              setUndo(null);
            }}
          >
            Undo
          </button>
        </p>
      ) : null}
      {items.length === 0 ? (
        <div class="empty">
          <h2>Your library is empty</h2>
          <p>
            Read an NHS story on a news site such as HSJ or the BBC. NHS Context underlines policy phrases
            like “integrated care systems” or “top-down reorganisation”. Hover one (or press Alt+Shift+N),
            then choose <strong>Save to library</strong> to keep the statement and the page you saw it on.
          </p>
          <p>On any other page, open the NHS Context toolbar button and choose “Check this page”.</p>
        </div>
      ) : (
        <>
          <p class="muted count">
            {shown.length === items.length
              ? `${items.length} saved`
              : `${shown.length} of ${items.length} shown`}
          </p>
          <ul class="cards">
            {shown.map((item) => (
              <SavedCard
                key={item.statementId}
                item={item}
                topicName={topicName}
                onNote={(note) => updateNote(db, item.statementId, note)}
                onTags={(tags) => updateTags(db, item.statementId, tags)}
                onDelete={() => remove([item])}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

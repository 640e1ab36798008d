/** A topic timeline: every statement on a topic, saved or bundled, in date order, with how they relate. */
import { useState } from "preact/hooks";
import { formatDate, relationLabel } from "../../lib/data/statement-format";
import type { StatementIndex } from "../../lib/data/statement-index";
import type { LibraryDb } from "../../lib/library/library-db";
import { useLiveQuery } from "./use-live-query";

export function TimelineView({
  db,
  index,
  initialTopic,
}: {
  db: LibraryDb;
  index: StatementIndex;
  initialTopic?: string;
}) {
  const topics = [...index.topics.values()].sort((a, b) => a.name.localeCompare(b.name));
  const [topicId, setTopicId] = useState(initialTopic ?? "top-down-reorganisation");
  const savedIds =
    useLiveQuery(async () => new Set(await db.items.toCollection().primaryKeys()), [db]) ?? new Set();
  const topic = index.topics.get(topicId);
  const entries = index.timeline(topicId);
  const onTimeline = new Set(entries.map((s) => s.id));
  let lastYear = "";

  return (
    <section aria-label="Topic timeline">
      <div class="toolbar">
        <label>
          Topic{" "}
          <select value={topicId} onChange={(e) => setTopicId(e.currentTarget.value)}>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {topic ? <p class="explainer">{topic.explainer}</p> : null}
      <ol class="timeline">
        {entries.map((s) => {
          const year = s.date?.slice(0, 4) ?? "Undated";
          const heading = year !== lastYear ? year : null;
          lastYear = year;
          const related = index.related(s.id).filter((r) => onTimeline.has(r.statement.id));
          return (
            <li key={s.id} class="entry">
              {heading ? (
                <h3 class="year">{heading === "Undated" ? "Undated (the source gives no date)" : heading}</h3>
              ) : null}
              <div class="entry-body">
                <p class="who">
                  <strong>{s.speaker}</strong>
                  {s.role ? `, ${s.role}` : ""} · {formatDate(s.date, s.datePrecision)}
                  {savedIds.has(s.id) ? <span class="chip saved">In your library</span> : null}
                </p>
                <blockquote>{s.kind === "direct-quote" ? `“${s.quote}”` : s.quote}</blockquote>
                <p class="source">
                  {s.source.url ? (
                    <a href={s.source.url} target="_blank" rel="noopener noreferrer">
                      {s.source.publication}
                      {s.source.title ? `: “${s.source.title}”` : ""}
                    </a>
                  ) : (
                    `${s.source.publication}${s.source.title ? `: “${s.source.title}”` : ""}`
                  )}
                </p>
                {related.length > 0 ? (
                  <ul class="relations">
                    {related.map((r) => (
                      <li key={r.statement.id}>
                        <span class={`relation relation-${r.kind}`}>{relationLabel(r.kind, r.outgoing)}</span>
                        {r.statement.speaker}, {formatDate(r.statement.date, r.statement.datePrecision)}:{" "}
                        {r.reason}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

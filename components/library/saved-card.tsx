/** One saved statement: the words, the source, the pages it was seen on, and the reader's note and tags. */
import { useEffect, useState } from "preact/hooks";
import { formatDate } from "../../lib/data/statement-format";
import type { SavedItem } from "../../lib/library/library-db";
import { textFragmentUrl } from "../../lib/library/text-fragment";

export interface SavedCardProps {
  item: SavedItem;
  topicName(id: string): string;
  onNote(note: string): Promise<void>;
  onTags(tags: string[]): Promise<void>;
  onDelete(): void;
}

export function SavedCard({ item, topicName, onNote, onTags, onDelete }: SavedCardProps) {
  const s = item.snapshot;
  const [note, setNote] = useState(item.note);
  const [tags, setTags] = useState(item.tags.join(", "));
  const [saved, setSaved] = useState("");
  useEffect(() => setNote(item.note), [item.note]);
  useEffect(() => setTags(item.tags.join(", ")), [item.tags.join(",")]);
  const who = [s.role, s.party].filter(Boolean).join(", ");
  const source = s.source.title ? `${s.source.publication}: “${s.source.title}”` : s.source.publication;
  const flash = (msg: string) => {
    setSaved(msg);
    setTimeout(() => setSaved(""), 1500);
  };

  return (
    <li class="card" data-statement-id={item.statementId}>
      <blockquote>{s.kind === "direct-quote" ? `“${s.quote}”` : s.quote}</blockquote>
      <p class="who">
        <strong>{s.speaker}</strong>
        {who ? `, ${who}` : ""} · {formatDate(s.date, s.datePrecision)}
      </p>
      <p class="source">
        {s.source.url ? (
          <a href={s.source.url} target="_blank" rel="noopener noreferrer">
            {source}
          </a>
        ) : (
          source
        )}
      </p>
      <p class="topics">
        {s.topics.map((t) => (
          <span class="chip" key={t}>
            {topicName(t)}
          </span>
        ))}
      </p>
      <details class="seen-on">
        <summary>
          Seen on {item.seenOn.length} page{item.seenOn.length === 1 ? "" : "s"} · saved{" "}
          {item.savedAt.slice(0, 10)}
        </summary>
        <ul>
          {item.seenOn.map((p) => (
            <li key={`${p.url}${p.selectors[1].start}`}>
              {/* The link opens the page scrolled to the phrase (a text fragment from the saved selector). */}
              <a href={textFragmentUrl(p)} target="_blank" rel="noopener noreferrer">
                {p.title || p.url}
              </a>
              : “{p.matchedText}” — <span class="sentence">{p.sentence}</span>
            </li>
          ))}
        </ul>
      </details>
      <div class="edit">
        <label>
          Note
          <textarea
            value={note}
            rows={2}
            onInput={(e) => setNote(e.currentTarget.value)}
            onBlur={async () => {
              if (note !== item.note) {
                await onNote(note);
                flash("Note saved");
              }
            }}
          />
        </label>
        <label>
          Tags (comma-separated)
          <input
            type="text"
            value={tags}
            onInput={(e) => setTags(e.currentTarget.value)}
            onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
            onBlur={async () => {
              const next = tags.split(",");
              if (next.join(",") !== item.tags.join(",")) {
                await onTags(next);
                flash("Tags saved");
              }
            }}
          />
        </label>
        <div class="row">
          <span class="flash" role="status">
            {saved}
          </span>
          <button type="button" class="danger" onClick={onDelete}>
            Remove from library
          </button>
        </div>
      </div>
    </li>
  );
}

/** The popover: a topic explainer and the best statement for a highlighted phrase, its context and its relations. */
import { useEffect, useRef, useState } from "preact/hooks";
import { formatDate, relationLabel } from "../../lib/data/statement-format";
import type { StatementIndex } from "../../lib/data/statement-index";
import { Attribution, ContextBlock, QuoteBlock, SourceLine } from "./statement-details";

export interface PopoverProps {
  matchText: string;
  topicId: string;
  /** Statement ids ranked best first for the phrase's sentence. */
  statementIds: string[];
  index: StatementIndex;
  savedIds: ReadonlySet<string>;
  onToggleSave(statementId: string, save: boolean): Promise<void>;
  onClose(): void;
  libraryUrl: string;
  /** Move keyboard focus into the popover when it opens (click, Enter), not on hover. */
  takeFocus: boolean;
}

const MORE_SHOWN = 4;

export function Popover(props: PopoverProps) {
  const { index, statementIds } = props;
  const [selectedId, setSelectedId] = useState(statementIds[0]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => setSelectedId(statementIds[0]), [statementIds]);
  useEffect(() => {
    if (props.takeFocus) heading.current?.focus();
  }, [props.takeFocus]);

  const topic = index.topics.get(props.topicId);
  const statement = selectedId ? index.get(selectedId) : undefined;
  if (!topic || !statement) return null;
  const saved = props.savedIds.has(statement.id);
  const related = index.related(statement.id);
  const more = statementIds.filter((id) => id !== statement.id).slice(0, MORE_SHOWN);

  const toggleSave = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onToggleSave(statement.id, !saved);
    } catch (err) {
      setError(`Could not ${saved ? "remove" : "save"} this statement: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      class="popover"
      role="dialog"
      aria-labelledby="nhs-context-title"
      aria-describedby="nhs-context-explainer"
    >
      <header>
        <span class="brand">NHS Context</span>
        <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </header>
      <h2 id="nhs-context-title" tabIndex={-1} ref={heading}>
        {topic.name}
      </h2>
      <p id="nhs-context-explainer" class="explainer">
        {topic.explainer}
      </p>
      <article class="statement" aria-label={`Statement by ${statement.speaker}`}>
        <QuoteBlock statement={statement} />
        <Attribution statement={statement} />
        <SourceLine statement={statement} />
        <div class="actions">
          <button
            type="button"
            class={saved ? "save saved" : "save"}
            aria-pressed={saved}
            disabled={busy}
            onClick={toggleSave}
          >
            {saved ? "Saved to library ✓" : "Save to library"}
          </button>
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <ContextBlock statement={statement} />
      </article>
      {related.length > 0 ? (
        <section class="related" aria-label="Related statements">
          <h3>Related statements</h3>
          <ul>
            {related.map((r) => (
              <li key={r.statement.id}>
                <span class={`relation relation-${r.kind}`}>{relationLabel(r.kind, r.outgoing)}</span>
                <button type="button" class="link" onClick={() => setSelectedId(r.statement.id)}>
                  {r.statement.speaker}, {formatDate(r.statement.date, r.statement.datePrecision)}: “
                  {clip(r.statement.quote, 110)}”
                </button>
                <span class="reason">{r.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {more.length > 0 ? (
        <section class="more" aria-label={`More statements on ${topic.name}`}>
          <h3>More on this topic</h3>
          <ul>
            {more.map((id) => {
              const s = index.get(id)!;
              return (
                <li key={id}>
                  <button type="button" class="link" onClick={() => setSelectedId(id)}>
                    {s.speaker}, {formatDate(s.date, s.datePrecision)}: “{clip(s.quote, 90)}”
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <footer>
        <span>Found as “{clip(props.matchText.replace(/\s+/g, " "), 60)}”</span>
        <a href={props.libraryUrl} target="_blank" rel="noopener noreferrer">
          Open your library
        </a>
      </footer>
    </div>
  );
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** One statement in full: the words, who said them, when, where, and the context around them. */
import type { StatementWithSource } from "../../lib/data/export-statements";
import { formatDate, KIND_LABEL, splitAroundQuote } from "../../lib/data/statement-format";

export function Attribution({ statement }: { statement: StatementWithSource }) {
  const role = [statement.role, statement.party].filter(Boolean).join(", ");
  return (
    <p class="attribution">
      <span class="speaker">{statement.speaker}</span>
      {role ? <span class="role">, {role}</span> : null}
      <span class="date"> · {formatDate(statement.date, statement.datePrecision)}</span>
    </p>
  );
}

export function SourceLine({ statement }: { statement: StatementWithSource }) {
  const { publication, title, url } = statement.source;
  const label = title ? `${publication}: “${title}”` : publication;
  return (
    <p class="source">
      Source:{" "}
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        <span>{label} (no web address recorded)</span>
      )}
    </p>
  );
}

export function ContextBlock({ statement }: { statement: StatementWithSource }) {
  if (statement.contextKind === "setting")
    return (
      <section class="context" aria-label="Where and when it was said">
        <h3>Where and when</h3>
        <p>{statement.context}</p>
      </section>
    );
  const parts = splitAroundQuote(statement.context, statement.quote);
  return (
    <section class="context" aria-label="Original context">
      <h3>Original context</h3>
      {statement.context.split(/\n\s*\n/).length > 1 || !parts ? (
        <ContextParagraphs context={statement.context} quote={statement.quote} />
      ) : (
        <p>
          {parts[0]}
          <mark>{parts[1]}</mark>
          {parts[2]}
        </p>
      )}
    </section>
  );
}

function ContextParagraphs({ context, quote }: { context: string; quote: string }) {
  return (
    <>
      {context.split(/\n\s*\n/).map((para) => {
        const parts = splitAroundQuote(para, quote);
        return (
          <p key={para}>
            {parts ? (
              <>
                {parts[0]}
                <mark>{parts[1]}</mark>
                {parts[2]}
              </>
            ) : (
              para
            )}
          </p>
        );
      })}
    </>
  );
}

export function QuoteBlock({ statement }: { statement: StatementWithSource }) {
  return (
    <figure class="quote">
      <span class="kind">{KIND_LABEL[statement.kind]}</span>
      <blockquote>{statement.kind === "direct-quote" ? `“${statement.quote}”` : statement.quote}</blockquote>
    </figure>
  );
}

/** Lookups over the database that the popover and the library share: statements with sources, relations, timelines. */
import { type StatementWithSource, withSource } from "./export-statements";
import type { Database, RelationKind, Topic } from "./schema";

export interface RelatedStatement {
  statement: StatementWithSource;
  kind: RelationKind;
  /** True when the shown statement is the relation's `from` side. */
  outgoing: boolean;
  reason: string;
}

export function createStatementIndex(db: Database) {
  const sources = new Map(db.sources.map((s) => [s.id, s]));
  const byId = new Map(db.statements.map((s) => [s.id, withSource(s, sources.get(s.sourceId)!)]));
  const topics = new Map<string, Topic>(db.topics.map((t) => [t.id, t]));
  const dateKey = (s: StatementWithSource) => s.date ?? "9999";
  return {
    topics,
    get: (id: string) => byId.get(id),
    all: () => [...byId.values()],
    related(id: string): RelatedStatement[] {
      return db.relations
        .filter((r) => r.from === id || r.to === id)
        .map((r) => ({
          statement: byId.get(r.from === id ? r.to : r.from)!,
          kind: r.kind,
          outgoing: r.from === id,
          reason: r.reason,
        }));
    },
    /** Every statement on a topic in date order (undated ones last): the topic timeline. */
    timeline(topicId: string): StatementWithSource[] {
      return [...byId.values()]
        .filter((s) => s.topics.includes(topicId))
        .sort((a, b) => dateKey(a).localeCompare(dateKey(b)) || a.speaker.localeCompare(b.speaker));
    },
  };
}
export type StatementIndex = ReturnType<typeof createStatementIndex>;

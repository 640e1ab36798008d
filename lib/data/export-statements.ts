/** Flattens statements with their source, the shape `db:export` prints and the library snapshots. */
import type { Database, Source, Statement } from "./schema";

export interface StatementWithSource extends Statement {
  source: Pick<Source, "publication" | "title" | "url" | "date" | "datePrecision" | "dateNote">;
}

export function withSource(statement: Statement, source: Source): StatementWithSource {
  const { publication, title, url, date, datePrecision, dateNote } = source;
  return { ...statement, source: { publication, title, url, date, datePrecision, dateNote } };
}

export function exportStatements(db: Database): StatementWithSource[] {
  const sources = new Map(db.sources.map((s) => [s.id, s]));
  return db.statements.map((s) => withSource(s, sources.get(s.sourceId)!));
}

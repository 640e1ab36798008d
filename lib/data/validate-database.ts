/** Validates raw data files into a Database, with errors that name the file, record and field. */
import type { z } from "zod";
import {
  type Database,
  relationSchema,
  restatementSchema,
  sourceSchema,
  statementSchema,
  topicSchema,
} from "./schema";

export class DataError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The statement database is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DataError";
  }
}

export type RawDatabase = Record<keyof Database, unknown>;
const FILES: Record<keyof Database, string> = {
  sources: "data/sources.json",
  statements: "data/statements.json",
  topics: "data/topics.json",
  relations: "data/relations.json",
  restatements: "data/restatements.json",
};

function recordName(raw: unknown, index: number): string {
  const r = raw as { id?: unknown; phrase?: unknown } | null;
  const id = typeof r?.id === "string" ? r.id : typeof r?.phrase === "string" ? r.phrase : undefined;
  return id ? `record "${id}"` : `record #${index}`;
}

function parseFile<T>(file: string, schema: z.ZodType<T>, raw: unknown, problems: string[]): T[] {
  if (!Array.isArray(raw)) {
    problems.push(`${file}: must be a JSON array of records`);
    return [];
  }
  const out: T[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) out.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(
          `${file}: ${recordName(item, index)}: field "${issue.path.join(".") || "(record)"}": ${issue.message}`,
        );
  });
  return out;
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => seen.size === seen.add(id).size);
}

/** Schema and cross-reference checks; throws DataError listing every problem found. */
export function validateDatabase(raw: RawDatabase): Database {
  const problems: string[] = [];
  const db: Database = {
    sources: parseFile(FILES.sources, sourceSchema, raw.sources, problems),
    statements: parseFile(FILES.statements, statementSchema, raw.statements, problems),
    topics: parseFile(FILES.topics, topicSchema, raw.topics, problems),
    relations: parseFile(FILES.relations, relationSchema, raw.relations, problems),
    restatements: parseFile(FILES.restatements, restatementSchema, raw.restatements, problems),
  };
  for (const key of ["sources", "statements", "topics", "relations"] as const)
    for (const id of duplicates(db[key].map((r) => r.id)))
      problems.push(`${FILES[key]}: id "${id}" is not unique`);

  const sources = new Map(db.sources.map((s) => [s.id, s]));
  const statements = new Set(db.statements.map((s) => s.id));
  const topics = new Set(db.topics.map((t) => t.id));
  for (const s of db.statements) {
    const source = sources.get(s.sourceId);
    if (!source)
      problems.push(
        `${FILES.statements}: record "${s.id}": field "sourceId": unknown source "${s.sourceId}"`,
      );
    else if (s.date !== source.date)
      problems.push(`${FILES.statements}: record "${s.id}": field "date": differs from its source's date`);
    for (const t of s.topics)
      if (!topics.has(t))
        problems.push(`${FILES.statements}: record "${s.id}": field "topics": unknown topic "${t}"`);
  }
  for (const r of db.relations)
    for (const end of ["from", "to"] as const)
      if (!statements.has(r[end]))
        problems.push(`${FILES.relations}: record "${r.id}": field "${end}": unknown statement "${r[end]}"`);
  for (const r of db.restatements) {
    if (!statements.has(r.statementId))
      problems.push(`${FILES.restatements}: record "${r.phrase}": field "statementId": unknown statement`);
    if (!topics.has(r.topicId))
      problems.push(`${FILES.restatements}: record "${r.phrase}": field "topicId": unknown topic`);
  }
  const covered = new Set(db.statements.flatMap((s) => s.topics));
  for (const t of db.topics)
    if (!covered.has(t.id)) problems.push(`${FILES.topics}: record "${t.id}": no statement has this topic`);
  if (problems.length > 0) throw new DataError(problems);
  return db;
}

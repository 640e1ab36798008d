/** Zod schemas for the bundled statement database (data/*.json): the shape every record must have. */
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case slug");
const text = z.string().trim().min(1, "must not be empty");
const isoDate = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");
export const datePrecision = z.enum(["day", "month", "year", "unknown"]);

/** A date with how much of it the source actually gives; `null` only when the source gives none. */
const dated = {
  date: isoDate.nullable(),
  datePrecision,
};
const precisionMatchesDate = (r: { date: string | null; datePrecision: string }) =>
  r.date === null
    ? r.datePrecision === "unknown"
    : r.datePrecision === ({ 4: "year", 7: "month", 10: "day" } as Record<number, string>)[r.date.length];
const precisionIssue = { message: "datePrecision does not match date", path: ["datePrecision"] };

export const sourceSchema = z
  .strictObject({
    id: slug,
    publication: text,
    title: text.nullable(),
    url: z.url({ protocol: /^https?$/ }).nullable(),
    ...dated,
    dateNote: text,
    /** The seed article this source is (file in ../shared/seeds), for verbatim checks. */
    seedFile: z.string().optional(),
    /** The source_id in ../shared/sources/statements.json, for verbatim checks. */
    sharedSourceId: z.string().optional(),
  })
  .refine(precisionMatchesDate, precisionIssue);

export const statementKind = z.enum(["direct-quote", "reported", "document"]);
export const statementSchema = z
  .strictObject({
    id: slug,
    /** The speaker's exact words; for a reported position, the exact sentence that reports it. */
    quote: text,
    kind: statementKind,
    speaker: text,
    speakerId: slug,
    role: text.nullable(),
    party: text.nullable(),
    ...dated,
    sourceId: slug,
    /** Verbatim surrounding sentences (seed articles) or the occasion in our own words (setting). */
    context: text,
    contextKind: z.enum(["verbatim", "setting"]),
    topics: z.array(slug).min(1, "needs at least one topic"),
  })
  .refine(precisionMatchesDate, precisionIssue);

export const topicSchema = z.strictObject({
  id: slug,
  name: text,
  explainer: text,
  variants: z.array(text).min(1, "needs at least one variant"),
  lookalikeCues: z.array(text),
});

export const relationKind = z.enum(["echoes", "contradicts", "responds-to", "restates", "earlier-pledge"]);
export const relationSchema = z.strictObject({
  id: text,
  from: slug,
  to: slug,
  kind: relationKind,
  reason: text,
});

export const restatementSchema = z.strictObject({
  phrase: text,
  statementId: slug,
  topicId: slug,
  /** Words one of which must be in the same sentence, for phrases that are only specific near them. */
  near: z.array(text).min(1).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type StatementKind = z.infer<typeof statementKind>;
export type Topic = z.infer<typeof topicSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type RelationKind = z.infer<typeof relationKind>;
export type Restatement = z.infer<typeof restatementSchema>;

export interface Database {
  sources: Source[];
  statements: Statement[];
  topics: Topic[];
  relations: Relation[];
  restatements: Restatement[];
}

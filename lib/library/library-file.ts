/**
 * Library files: a versioned, lossless JSON export (zod-validated on import) and readable exports
 * (Markdown with citations, CSV, W3C Web Annotation JSON-LD). Import is all-or-nothing.
 */
import { z } from "zod";
import { formatDate } from "../data/statement-format";
import { seenOnSchema } from "../messages/schemas";
import type { LibraryDb, SavedItem } from "./library-db";
import { cleanTags, mergeSeenOn } from "./library-repo";

export const EXPORT_FORMAT = "nhs-context-library";
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const snapshotSchema = z.strictObject({
  quote: z.string().min(1).max(5000),
  speaker: z.string().min(1).max(200),
  role: z.string().max(300).nullable(),
  party: z.string().max(200).nullable(),
  date: isoDate.nullable(),
  datePrecision: z.enum(["day", "month", "year", "unknown"]),
  kind: z.enum(["direct-quote", "reported", "document"]),
  topics: z.array(z.string().max(100)).max(50),
  context: z.string().max(10000),
  source: z.strictObject({
    publication: z.string().min(1).max(300),
    title: z.string().max(500).nullable(),
    url: z
      .url({ protocol: /^https?$/ })
      .max(4000)
      .nullable(),
    date: isoDate.nullable(),
  }),
});
const itemSchema = z.strictObject({
  statementId: z
    .string()
    .regex(/^[a-z0-9-]+$/, "must be a statement id")
    .max(120),
  snapshot: snapshotSchema,
  savedAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  seenOn: z.array(seenOnSchema).max(1000),
  note: z.string().max(20000),
  tags: z.array(z.string().max(60)).max(100),
  speaker: z.string().max(200),
  year: z.string().max(10),
});
const fileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().datetime(),
  items: z.array(itemSchema).max(20000),
});
export type LibraryFile = z.infer<typeof fileSchema>;

export class ImportError extends Error {}

export function exportJson(items: SavedItem[], now = new Date()): string {
  const file: LibraryFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    items,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Checks a file completely before anything is written; the message names the first problem. */
export function parseLibraryFile(text: string, bytes = new TextEncoder().encode(text).length): LibraryFile {
  if (bytes > MAX_IMPORT_BYTES)
    throw new ImportError(
      `The file is ${(bytes / 1048576).toFixed(1)} MB; the largest library file accepted is 5 MB.`,
    );
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ImportError(`This file is not valid JSON (${(err as Error).message}).`);
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== "object" || head.format !== EXPORT_FORMAT)
    throw new ImportError(
      'This is not an NHS Context library export (its "format" is missing or different).',
    );
  if (head.version !== EXPORT_VERSION)
    throw new ImportError(
      `This export is version ${JSON.stringify(head.version)}; this version of NHS Context reads version ${EXPORT_VERSION}.`,
    );
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const [, index, ...field] = issue.path;
    const where =
      typeof index === "number"
        ? `item ${index + 1}${idOf(raw, index)}: field "${field.join(".")}"`
        : `field "${issue.path.join(".")}"`;
    throw new ImportError(`The file is not a valid library export: ${where}: ${issue.message}.`);
  }
  return result.data;
}

function idOf(raw: unknown, index: number): string {
  const id = (raw as { items?: { statementId?: unknown }[] }).items?.[index]?.statementId;
  return typeof id === "string" ? ` (${id})` : "";
}

/** Imports in one transaction; items already in the library are merged, never duplicated. */
export async function importLibrary(db: LibraryDb, text: string): Promise<{ added: number; merged: number }> {
  const file = parseLibraryFile(text);
  return db.transaction("rw", db.items, async () => {
    let added = 0;
    let merged = 0;
    for (const incoming of file.items) {
      const existing = await db.items.get(incoming.statementId);
      if (!existing) {
        await db.items.put({ ...incoming, tags: cleanTags(incoming.tags) });
        added++;
        continue;
      }
      const newer = incoming.updatedAt > existing.updatedAt ? incoming : existing;
      await db.items.put({
        ...existing,
        seenOn: mergeSeenOn(existing.seenOn, incoming.seenOn),
        tags: cleanTags([...existing.tags, ...incoming.tags]),
        note: newer.note || existing.note || incoming.note,
        // ISO timestamps sort as strings: keep the earlier save.
        savedAt: [existing.savedAt, incoming.savedAt].sort()[0]!,
        updatedAt: newer.updatedAt,
      });
      merged++;
    }
    return { added, merged };
  });
}

const sourceLabel = (i: SavedItem) =>
  i.snapshot.source.title
    ? `${i.snapshot.source.publication}, “${i.snapshot.source.title}”`
    : i.snapshot.source.publication;

export function exportMarkdown(items: SavedItem[], now = new Date()): string {
  const lines = [
    `# NHS Context library`,
    ``,
    `Exported ${now.toISOString().slice(0, 10)}. ${items.length} saved statement(s).`,
    ``,
  ];
  for (const i of items) {
    const s = i.snapshot;
    const who = [s.speaker, s.role, s.party].filter(Boolean).join(", ");
    const source = s.source.url ? `[${sourceLabel(i)}](${s.source.url})` : sourceLabel(i);
    lines.push(`## ${who}, ${formatDate(s.date, s.datePrecision)}`, ``);
    lines.push(`> ${s.quote.replace(/\n/g, "\n> ")}`, ``);
    lines.push(`Source: ${source}${s.source.date ? ` (${s.source.date})` : ""}.`, ``);
    if (i.note) lines.push(`**Note:** ${i.note}`, ``);
    if (i.tags.length) lines.push(`**Tags:** ${i.tags.join(", ")}`, ``);
    if (i.seenOn.length) {
      lines.push(`Seen on:`);
      for (const p of i.seenOn)
        lines.push(`- [${p.title || p.url}](${p.url}): “${p.matchedText}” (${p.seenAt.slice(0, 10)})`);
      lines.push(``);
    }
  }
  return lines.join("\n");
}

/** RFC 4180 quoting; cells that a spreadsheet would run as a formula are defused with a leading apostrophe. */
const csvCell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function exportCsv(items: SavedItem[]): string {
  const header = [
    "statement_id",
    "quote",
    "speaker",
    "role",
    "date",
    "publication",
    "title",
    "url",
    "topics",
    "note",
    "tags",
    "saved_at",
    "seen_on",
  ];
  const rows = items.map((i) => [
    i.statementId,
    i.snapshot.quote,
    i.snapshot.speaker,
    i.snapshot.role ?? "",
    i.snapshot.date ?? "",
    i.snapshot.source.publication,
    i.snapshot.source.title ?? "",
    i.snapshot.source.url ?? "",
    i.snapshot.topics.join("; "),
    i.note,
    i.tags.join("; "),
    i.savedAt,
    i.seenOn.map((p) => p.url).join(" "),
  ]);
  return `${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** One W3C Web Annotation per page a statement was seen on: the spot (selectors), the statement, note and tags. */
export function exportWebAnnotations(items: SavedItem[]): string {
  const annotations = items.flatMap((i) =>
    i.seenOn.map((p, n) => ({
      type: "Annotation",
      id: `urn:nhs-context:${i.statementId}:${n + 1}`,
      motivation: "linking",
      created: p.seenAt,
      body: [
        {
          type: "TextualBody",
          purpose: "describing",
          value: `${i.snapshot.speaker} (${formatDate(i.snapshot.date, i.snapshot.datePrecision)}): “${i.snapshot.quote}”`,
          ...(i.snapshot.source.url ? { source: i.snapshot.source.url } : {}),
        },
        ...(i.note ? [{ type: "TextualBody", purpose: "commenting", value: i.note }] : []),
        ...i.tags.map((t) => ({ type: "TextualBody", purpose: "tagging", value: t })),
      ],
      target: { source: p.url, selector: p.selectors },
    })),
  );
  const collection = {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "AnnotationCollection",
    label: "NHS Context library",
    total: annotations.length,
    first: { type: "AnnotationPage", items: annotations },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

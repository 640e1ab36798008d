/** Library operations: save (merging pages seen on), unsave with undo, notes, tags, status. */
import type { StatementWithSource } from "../data/export-statements";
import type { SeenOn } from "../messages/contract";
import type { LibraryDb, SavedItem, StatementSnapshot } from "./library-db";

export function snapshotOf(s: StatementWithSource): StatementSnapshot {
  const { publication, title, url, date } = s.source;
  return {
    quote: s.quote,
    speaker: s.speaker,
    role: s.role,
    party: s.party,
    date: s.date,
    datePrecision: s.datePrecision,
    kind: s.kind,
    topics: s.topics,
    context: s.context,
    source: { publication, title, url, date },
  };
}

/** Merges pages seen on: the same URL and phrase again updates that entry instead of adding another. */
export function mergeSeenOn(existing: SeenOn[], incoming: SeenOn[]): SeenOn[] {
  const key = (s: SeenOn) => `${s.url}\u0000${s.selectors[1].start}`;
  const merged = new Map(existing.map((s) => [key(s), s]));
  for (const s of incoming) merged.set(key(s), merged.has(key(s)) ? { ...merged.get(key(s))!, ...s } : s);
  return [...merged.values()];
}

export function newItem(
  statementId: string,
  snapshot: StatementSnapshot,
  seenOn: SeenOn[],
  now: string,
): SavedItem {
  return {
    statementId,
    snapshot,
    savedAt: now,
    updatedAt: now,
    seenOn,
    note: "",
    tags: [],
    speaker: snapshot.speaker,
    year: snapshot.date?.slice(0, 4) ?? "undated",
  };
}

export async function saveStatement(
  db: LibraryDb,
  statement: StatementWithSource,
  seenOn: SeenOn,
): Promise<SavedItem> {
  return db.transaction("rw", db.items, async () => {
    const now = new Date().toISOString();
    const existing = await db.items.get(statement.id);
    const item = existing
      ? { ...existing, seenOn: mergeSeenOn(existing.seenOn, [seenOn]), updatedAt: now }
      : newItem(statement.id, snapshotOf(statement), [seenOn], now);
    await db.items.put(item);
    return item;
  });
}

/** Removes an item and returns it, so the library page can offer undo. */
export async function unsaveStatement(db: LibraryDb, statementId: string): Promise<SavedItem | undefined> {
  return db.transaction("rw", db.items, async () => {
    const item = await db.items.get(statementId);
    if (item) await db.items.delete(statementId);
    return item;
  });
}

export const restoreItems = (db: LibraryDb, items: SavedItem[]) => db.items.bulkPut(items);

export async function savedStatus(db: LibraryDb, statementIds: string[]): Promise<string[]> {
  const found = await db.items.bulkGet(statementIds);
  return found.filter((i): i is SavedItem => i !== undefined).map((i) => i.statementId);
}

export async function updateNote(db: LibraryDb, statementId: string, note: string): Promise<void> {
  await db.items.update(statementId, { note, updatedAt: new Date().toISOString() });
}

/** Tags are trimmed, lower-cased and de-duplicated. */
export const cleanTags = (tags: string[]) =>
  [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))].sort();

export async function updateTags(db: LibraryDb, statementId: string, tags: string[]): Promise<void> {
  await db.items.update(statementId, { tags: cleanTags(tags), updatedAt: new Date().toISOString() });
}

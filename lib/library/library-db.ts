/**
 * The reader's library in IndexedDB (Dexie), in the extension's own origin: opened by the background
 * service worker and extension pages, never by content scripts. Every schema version and its upgrade
 * lives here.
 */
import Dexie, { type Table } from "dexie";
import type { SeenOn } from "../messages/contract";

/** What the reader saw, kept even if a later database release rewords or drops the statement. */
export interface StatementSnapshot {
  quote: string;
  speaker: string;
  role: string | null;
  party: string | null;
  date: string | null;
  datePrecision: "day" | "month" | "year" | "unknown";
  kind: "direct-quote" | "reported" | "document";
  topics: string[];
  context: string;
  source: { publication: string; title: string | null; url: string | null; date: string | null };
}

export interface SavedItem {
  statementId: string;
  snapshot: StatementSnapshot;
  savedAt: string;
  updatedAt: string;
  seenOn: SeenOn[];
  note: string;
  tags: string[];
  /** Indexed copies for filters (version 2). */
  speaker: string;
  year: string;
}

/** Version 1 items had no tags and no indexed speaker/year. */
export type SavedItemV1 = Omit<SavedItem, "tags" | "speaker" | "year" | "updatedAt">;

export const LIBRARY_DB_NAME = "nhs-context-library";

export class LibraryDb extends Dexie {
  items!: Table<SavedItem, string>;

  constructor(name = LIBRARY_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ items: "statementId, savedAt" });
    this.version(2)
      .stores({ items: "statementId, savedAt, *tags, speaker, year" })
      .upgrade((tx) =>
        tx
          .table("items")
          .toCollection()
          .modify((item: SavedItem) => {
            item.tags ??= [];
            item.speaker = item.snapshot.speaker;
            item.year = item.snapshot.date?.slice(0, 4) ?? "undated";
            item.updatedAt ??= item.savedAt;
          }),
      );
  }
}

/** The first schema exactly as it shipped, so the upgrade test can create an old database. */
export class LibraryDbV1 extends Dexie {
  items!: Table<SavedItemV1, string>;
  constructor(name = LIBRARY_DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ items: "statementId, savedAt" });
  }
}

import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadBundledDatabase } from "../data/bundled-database";
import { createStatementIndex } from "../data/statement-index";
import type { SeenOn } from "../messages/contract";
import { LibraryDb, LibraryDbV1, type SavedItemV1 } from "./library-db";
import {
  exportCsv,
  exportJson,
  exportMarkdown,
  exportWebAnnotations,
  ImportError,
  importLibrary,
  parseLibraryFile,
} from "./library-file";
import {
  restoreItems,
  savedStatus,
  saveStatement,
  snapshotOf,
  unsaveStatement,
  updateNote,
  updateTags,
} from "./library-repo";

const index = createStatementIndex(loadBundledDatabase());
const statement = (id: string) => index.get(id)!;
const seen = (url: string, start = 10): SeenOn => ({
  url,
  title: "An article",
  matchedText: "top-down reorganisation",
  sentence: "There will be no top-down reorganisation, she said.",
  seenAt: "2026-11-24T10:00:00.000Z",
  selectors: [
    { type: "TextQuoteSelector", exact: "top-down reorganisation", prefix: "be no ", suffix: ", she said" },
    { type: "TextPositionSelector", start, end: start + 23 },
  ],
});

let db: LibraryDb;
let name = 0;
beforeEach(async () => {
  db = new LibraryDb(`test-library-${++name}`);
  await db.open();
});
afterEach(() => db.delete());

describe("saving", () => {
  test("saves a snapshot of what the reader saw, where, and when", async () => {
    const item = await saveStatement(
      db,
      statement("ashworth-2019-one-going-on-now"),
      seen("https://a.example/1"),
    );
    expect(item.snapshot).toMatchObject({
      quote: "I think there’s one going on now.",
      speaker: "Jon Ashworth",
      date: "2019-12-11",
      source: { publication: "HSJ (Health Service Journal)" },
    });
    expect(item.seenOn).toHaveLength(1);
    expect(await savedStatus(db, ["ashworth-2019-one-going-on-now", "cameron-evolution-revolution"])).toEqual(
      ["ashworth-2019-one-going-on-now"],
    );
  });

  test("saving the same statement again adds the new page instead of duplicating it", async () => {
    const s = statement("ashworth-2019-one-going-on-now");
    await saveStatement(db, s, seen("https://a.example/1"));
    await saveStatement(db, s, seen("https://b.example/2"));
    await saveStatement(db, s, seen("https://b.example/2")); // the same spot twice
    expect(await db.items.count()).toBe(1);
    expect((await db.items.get(s.id))!.seenOn.map((p) => p.url)).toEqual([
      "https://a.example/1",
      "https://b.example/2",
    ]);
  });

  test("unsave returns the item so it can be restored (undo)", async () => {
    const s = statement("cameron-evolution-revolution");
    await saveStatement(db, s, seen("https://a.example/1"));
    await updateNote(db, s.id, "compare with Abrahams");
    const removed = await unsaveStatement(db, s.id);
    expect(await db.items.count()).toBe(0);
    await restoreItems(db, [removed!]);
    expect((await db.items.get(s.id))!.note).toBe("compare with Abrahams");
  });

  test("tags are trimmed, lower-cased and de-duplicated; they are indexed", async () => {
    const s = statement("cameron-evolution-revolution");
    await saveStatement(db, s, seen("https://a.example/1"));
    await updateTags(db, s.id, [" Pledges", "pledges", "2006", ""]);
    expect((await db.items.get(s.id))!.tags).toEqual(["2006", "pledges"]);
    expect(await db.items.where("tags").equals("pledges").count()).toBe(1);
  });
});

describe("export and import", () => {
  async function sample() {
    await saveStatement(db, statement("ashworth-2019-one-going-on-now"), seen("https://a.example/1"));
    await saveStatement(
      db,
      statement("abrahams-2014-no-top-down-reorganisation"),
      seen("https://b.example/2", 40),
    );
    await updateNote(db, "ashworth-2019-one-going-on-now", 'He said "one going on now", =SUM(A1)');
    await updateTags(db, "ashworth-2019-one-going-on-now", ["pledges"]);
    return db.items.toArray();
  }

  test("JSON export is lossless and re-importable; importing twice does not duplicate", async () => {
    const items = await sample();
    const file = exportJson(items);
    await db.items.clear();
    expect(await importLibrary(db, file)).toEqual({ added: 2, merged: 0 });
    expect(await importLibrary(db, file)).toEqual({ added: 0, merged: 2 });
    expect(await db.items.orderBy("statementId").toArray()).toEqual(
      items.sort((a, b) => a.statementId.localeCompare(b.statementId)),
    );
  });

  test.each([
    ["not JSON", "{ nope", /not valid JSON/],
    [
      "another format",
      JSON.stringify({ format: "other", version: 1, items: [] }),
      /not an NHS Context library export/,
    ],
    [
      "a newer version",
      JSON.stringify({ format: "nhs-context-library", version: 2, items: [] }),
      /version 2; .* reads version 1/,
    ],
    ["an item missing its quote", null, /item 1 \(ashworth-2019-one-going-on-now\): field "snapshot.quote"/],
    ["an oversized file", `${" ".repeat(5 * 1024 * 1024 + 1)}{}`, /5 MB/],
    ["a javascript: link", "JS_URL", /field "seenOn.0.url"/],
  ])("a bad file (%s) is rejected with a clear message and nothing is written", async (_, text, message) => {
    const items = await sample();
    let body = text;
    if (body === "JS_URL") {
      const file = JSON.parse(exportJson(items));
      file.items[0].seenOn[0].url = "javascript:alert(1)";
      body = JSON.stringify(file);
    }
    if (body === null) {
      const file = JSON.parse(exportJson(items));
      file.items.sort((a: { statementId: string }) => (a.statementId.startsWith("ashworth") ? -1 : 1));
      delete file.items[0].snapshot.quote;
      file.items.push({ ...file.items[1], statementId: "new-one" });
      body = JSON.stringify(file);
    }
    const before = await db.items.toArray();
    await expect(importLibrary(db, body)).rejects.toThrow(message);
    await expect(importLibrary(db, body)).rejects.toBeInstanceOf(ImportError);
    expect(await db.items.toArray()).toEqual(before);
  });

  test("Markdown cites each statement and where it was seen", async () => {
    const md = exportMarkdown(await sample());
    expect(md).toContain("## Jon Ashworth, shadow health secretary, Labour, 11 December 2019");
    expect(md).toContain("> I think there’s one going on now.");
    expect(md).toContain(
      "Source: HSJ (Health Service Journal), “Labour plans ‘democratically accountable’ integrated care systems”",
    );
    expect(md).toContain("- [An article](https://a.example/1): “top-down reorganisation”");
  });

  test("CSV quotes properly and defuses spreadsheet formulas", async () => {
    const csv = exportCsv(await sample());
    const [header] = csv.split("\r\n");
    expect(header).toBe(
      "statement_id,quote,speaker,role,date,publication,title,url,topics,note,tags,saved_at,seen_on",
    );
    expect(csv).toContain(`"He said ""one going on now"", =SUM(A1)"`);
    expect(exportCsv([{ ...(await db.items.toArray())[0]!, note: "=HYPERLINK(1)" }])).toContain(
      ",'=HYPERLINK(1),",
    );
  });

  test("Web Annotation JSON-LD has one annotation per page seen, with both selectors", async () => {
    const doc = JSON.parse(exportWebAnnotations(await sample()));
    expect(doc["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.type).toBe("AnnotationCollection");
    const a = doc.first.items.find((x: { id: string }) => x.id.includes("ashworth"));
    expect(a.target.source).toBe("https://a.example/1");
    expect(a.target.selector.map((s: { type: string }) => s.type)).toEqual([
      "TextQuoteSelector",
      "TextPositionSelector",
    ]);
    expect(a.body.map((b: { purpose: string }) => b.purpose)).toEqual([
      "describing",
      "commenting",
      "tagging",
    ]);
  });

  test("parseLibraryFile accepts its own export", async () => {
    expect(parseLibraryFile(exportJson(await sample())).items).toHaveLength(2);
  });
});

test("a library created with schema version 1 opens with the current version, every item intact", async () => {
  const dbName = "upgrade-test";
  const v1 = new LibraryDbV1(dbName);
  const old: SavedItemV1[] = ["ashworth-2019-one-going-on-now", "cameron-evolution-revolution"].map((id) => ({
    statementId: id,
    snapshot: snapshotOf(statement(id)),
    savedAt: "2026-01-01T00:00:00.000Z",
    seenOn: [seen("https://a.example/1")],
    note: `note on ${id}`,
  }));
  await v1.items.bulkPut(old);
  v1.close();

  const current = new LibraryDb(dbName);
  const items = await current.items.orderBy("statementId").toArray();
  expect(current.verno).toBe(2);
  expect(
    items.map(({ statementId, snapshot, savedAt, seenOn, note }) => ({
      statementId,
      snapshot,
      savedAt,
      seenOn,
      note,
    })),
  ).toEqual(old);
  expect(items.map((i) => [i.tags, i.speaker, i.year, i.updatedAt])).toEqual([
    [[], "Jon Ashworth", "2019", "2026-01-01T00:00:00.000Z"],
    [[], "David Cameron", "undated", "2026-01-01T00:00:00.000Z"],
  ]);
  await current.delete();
});

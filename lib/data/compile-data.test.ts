import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Fuse from "fuse.js";
import { expect, test } from "vitest";
import { FUSE_KEYS } from "../matcher/rank-statements";
import { loadBundledDatabase } from "./bundled-database";
import { compileData } from "./compile-data";

const compiledFile = resolve(import.meta.dirname, "../../data/generated/compiled.json");

test("the precompiled data the extension ships is up to date with data/", () => {
  const shipped = JSON.parse(readFileSync(compiledFile, "utf8"));
  expect(shipped).toEqual(JSON.parse(JSON.stringify(compileData(loadBundledDatabase()))));
});

test("the serialised Fuse index loads and finds statements without re-indexing", () => {
  const { database, fuseIndex } = compileData(loadBundledDatabase());
  const fuse = new Fuse(database.statements, { keys: FUSE_KEYS }, Fuse.parseIndex(fuseIndex));
  expect(fuse.search("one going on now")[0]?.item.id).toBe("ashworth-2019-one-going-on-now");
});

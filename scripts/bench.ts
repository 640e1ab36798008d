/**
 * `npm run bench`: the engine against a single regex alternation (the floor) and a naive Fuse.js pass,
 * on the same generated text, side by side in one process. Prints ms per 100 kB and ratios.
 */

import { naiveFuse, regexFloor } from "../lib/bench/baselines";
import { generateArticle } from "../lib/bench/generate-article";
import { loadBundledDatabase } from "../lib/data/bundled-database";
import { compileData } from "../lib/data/compile-data";
import { getEngine } from "../lib/matcher/default-engine";
import { createEngine } from "../lib/matcher/engine";

const db = loadBundledDatabase();
const engine = getEngine();
const floor = regexFloor(db);
const naive = naiveFuse(db);

/** Median of `runs` timings, after warm-up; contenders are interleaved so machine noise hits all alike. */
function timeAll(fns: Record<string, () => unknown>, runs: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = -2; r < runs; r++)
    for (const [name, fn] of Object.entries(fns)) {
      const t0 = performance.now();
      fn();
      const ms = performance.now() - t0;
      if (r >= 0) samples[name]!.push(ms);
    }
  return Object.fromEntries(
    Object.entries(samples).map(([k, v]) => [k, v.sort((a, b) => a - b)[Math.floor(v.length / 2)]!]),
  );
}

const SIZES = [100_000, 1_000_000, 4_000_000];
const per100k = (ms: number, bytes: number) => (ms * 100_000) / bytes;
const fmt = (x: number) => x.toFixed(x < 10 ? 2 : 0).padStart(9);
const rows: { size: number; engine: number; floor: number; ranked: number; matches: number }[] = [];

console.log("ms per 100 kB (median of interleaved runs)\n");
console.log("     size   engine  regex floor  engine+rank all  engine/floor  matches");
for (const size of SIZES) {
  const { text } = generateArticle(size);
  const runs = size >= 4_000_000 ? 5 : 11;
  const t = timeAll(
    {
      engine: () => engine.scan(text),
      floor: () => floor(text),
      // Ranking every match as a reader opening every popover would (warm: cached per sentence).
      ranked: () => {
        for (const m of engine.scan(text).matches) void m.statementIds;
      },
    },
    runs,
  );
  const matches = engine.scan(text).matches.length;
  rows.push({
    size,
    engine: per100k(t.engine!, size),
    floor: per100k(t.floor!, size),
    ranked: per100k(t.ranked!, size),
    matches,
  });
  const r = rows.at(-1)!;
  console.log(
    `${`${size / 1000} kB`.padStart(9)}${fmt(r.engine)}${fmt(r.floor)}    ${fmt(r.ranked)}        ${`${(r.engine / r.floor).toFixed(2)}x`.padStart(6)}  ${String(matches).padStart(7)}`,
  );
}

// The naive baseline takes seconds per 100 kB, so it runs on the first 20 kB of the same text.
const { text } = generateArticle(100_000);
const slice = text.slice(0, 20_000);
const t0 = performance.now();
naive(slice);
const naiveMs = per100k(performance.now() - t0, slice.length);
console.log(
  `\nnaive Fuse.js per sentence: ${naiveMs.toFixed(0)} ms per 100 kB (measured on the first 20 kB)`,
);
console.log(`engine is ${(naiveMs / rows[0]!.engine).toFixed(0)}x faster than the naive baseline`);

// Ranking is lazy: it runs when a popover opens. Cold cost, with a fresh engine (empty cache):
const cold = createEngine(compileData(db));
const coldMatches = cold.scan(generateArticle(100_000).text).matches;
const r0 = performance.now();
for (const m of coldMatches) void m.statementIds;
const perMatch = (performance.now() - r0) / coldMatches.length;
console.log(
  `\nranking statements for one match (cold, Fuse.js over the prebuilt index): ${perMatch.toFixed(2)} ms`,
);

const growth = rows.map((r) => `${r.size / 1000} kB: ${(r.engine / rows[0]!.engine).toFixed(2)}`).join(", ");
console.log(`\nGrowth (engine cost per 100 kB relative to 100 kB; 1.00 = linear): ${growth}`);

/** The two reference points the engine is measured against. */
import Fuse from "fuse.js";
import type { Database } from "../data/schema";
import { escapeRegex } from "../matcher/text-classes";

/** The practical floor: one compiled alternation of every topic variant, literal, case-insensitive. */
export function regexFloor(db: Database): (text: string) => number {
  const variants = db.topics.flatMap((t) => t.variants).sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${variants.map(escapeRegex).join("|")})\\b`, "gi");
  return (text) => {
    let n = 0;
    re.lastIndex = 0;
    while (re.exec(text) !== null) n++;
    return n;
  };
}

/** The naive approach: Fuse.js search of every sentence against the statement database. */
export function naiveFuse(db: Database): (text: string) => number {
  const fuse = new Fuse(db.statements, { keys: ["quote", "context"], threshold: 0.4, ignoreLocation: true });
  return (text) => {
    let n = 0;
    for (const sentence of text.split(/(?<=[.!?])\s+/)) n += fuse.search(sentence).length > 0 ? 1 : 0;
    return n;
  };
}

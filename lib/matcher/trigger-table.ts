/** Runs a compiled trigger table over text: literal triggers find candidate starts, sticky regexes confirm. */
import type { Alternative, TriggerTable } from "./compile-matcher";
import { isTok } from "./fuzzy-match";
import { isWordChar, triggerKey } from "./text-classes";

export type Hit = (alt: Alternative, start: number, matched: string) => number | undefined;

/** A trigger table with its regexes compiled once (the content script runs it once per block). */
export function prepareTable(table: TriggerTable) {
  return {
    trigger: new RegExp(table.trigger, "gi"),
    groups: table.groups.map((g) => ({
      regex: new RegExp(g.pattern, "giy"),
      back: g.back,
      alternatives: g.alternatives,
    })),
    // Trigger texts repeat ("board", "Board"), so their group lookups are cached.
    groupsOf: new Map<string, number[]>(),
    table,
  };
}
export type PreparedTable = ReturnType<typeof prepareTable>;

/** Start of the word `back` words before `pos` (separators may be any run of spaces, dashes, quotes). */
function wordsBack(text: string, pos: number, back: number): number {
  let i = pos;
  for (let k = 0; k < back; k++) {
    let j = i;
    while (j > 0 && i - j <= 12 && !isTok(text, j - 1)) j--;
    if (j === i || !isTok(text, j - 1)) return -1;
    while (j > 0 && isTok(text, j - 1)) j--;
    i = j;
  }
  return i;
}

/** Runs a trigger table over text; `onHit` returns the end of an accepted phrase, or undefined to look on. */
export function runTable(
  { trigger, groups, groupsOf, table }: PreparedTable,
  text: string,
  onHit: Hit,
): void {
  trigger.lastIndex = 0;
  for (let t = trigger.exec(text); t !== null; t = trigger.exec(text)) {
    const at = t.index;
    // Unless a phrase is accepted, look again from the next character: another may start inside this trigger.
    trigger.lastIndex = at + 1;
    if (isWordChar(text[at - 1])) continue;
    let candidates = groupsOf.get(t[0]);
    if (candidates === undefined) {
      candidates = table.groupsByKey[triggerKey(t[0])] ?? [];
      if (groupsOf.size < 10_000) groupsOf.set(t[0], candidates);
    }
    for (const index of candidates) {
      const group = groups[index]!;
      const start = group.back === 0 ? at : wordsBack(text, at, group.back);
      if (start < 0 || isWordChar(text[start - 1])) continue;
      group.regex.lastIndex = start;
      const m = group.regex.exec(text);
      if (m === null) continue;
      let g = 1;
      while (m[g] === undefined) g++;
      const alt = table.alternatives[group.alternatives[g - 1]!]!;
      if (!alt.upperWords.every((w) => m[0].includes(w))) continue;
      const end = onHit(alt, start, m[0]);
      if (end !== undefined) trigger.lastIndex = end;
      break;
    }
  }
}

/** Finds the sentence around a span, without looking further than a bounded window (keeps scans linear). */
const WINDOW = 400;

export function sentenceBounds(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const minS = Math.max(0, start - WINDOW);
  while (s > minS) {
    const c = text[s - 1]!;
    if (c === "\n" || ((c === " " || c === "\u00A0") && /[.!?\u201D"]/.test(text[s - 2] ?? ""))) break;
    s--;
  }
  let e = end;
  const maxE = Math.min(text.length, end + WINDOW);
  while (e < maxE) {
    const c = text[e]!;
    if (c === "\n") break;
    e++;
    if ((c === "." || c === "!" || c === "?") && /\s/.test(text[e] ?? " ")) break;
  }
  return { start: s, end: e };
}

export const sentenceAround = (text: string, start: number, end: number) => {
  const b = sentenceBounds(text, start, end);
  return text.slice(b.start, b.end).trim();
};

/** Decides whether a page is about the NHS (England/UK health service), and says why. */
import { GATE_TERMS } from "./gate-terms";

export interface GateResult {
  isNhs: boolean;
  score: number;
  reasons: string[];
}
export interface PageInfo {
  url?: string;
  title?: string;
}

const NHS_HOSTS = /(^|\.)(nhs\.uk|hsj\.co\.uk|kingsfund\.org\.uk|nuffieldtrust\.org\.uk|pulsetoday\.co\.uk)$/;
/** Each term counts at most this many times, so one repeated word cannot decide a page. */
const CAP = 5;

/** Combines counts of gate terms found in the text with the page's URL and title. */
export function decideGate(termCounts: Map<number, number>, page: PageInfo = {}): GateResult {
  const reasons: string[] = [];
  let positive = 0;
  let negative = 0;
  let namesNhs = false;
  for (const [index, count] of termCounts) {
    const term = GATE_TERMS[index]!;
    const points = term.weight * Math.min(count, CAP);
    if (points > 0) positive += points;
    else negative -= points;
    if (term.namesNhs) namesNhs = true;
    reasons.push(`${points > 0 ? "mentions" : "look-alike signal"} "${term.term}" ${count}×`);
  }
  let host = "";
  try {
    host = page.url ? new URL(page.url).hostname : "";
  } catch {
    host = "";
  }
  if (NHS_HOSTS.test(host)) {
    positive += 3;
    namesNhs = true;
    reasons.push(`published on ${host}, an NHS or health-policy site`);
  }
  if (page.title && /\bNHS\b|National Health Service/.test(page.title)) {
    positive += 3;
    namesNhs = true;
    reasons.push("the title names the NHS");
  }
  const score = positive - negative;
  const isNhs = namesNhs && positive >= 3 && positive > 2 * negative;
  if (!namesNhs) reasons.push("the NHS is never named");
  else if (!isNhs) reasons.push("look-alike signals outweigh NHS signals");
  return { isNhs, score, reasons };
}

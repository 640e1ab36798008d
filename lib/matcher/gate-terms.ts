/** Words that say a page is about the NHS in England/UK, and words that say it is about something else. */
export interface GateTerm {
  term: string;
  /** Positive: evidence of NHS/UK health policy; negative: evidence of a look-alike (US health, policing). */
  weight: number;
  /** Counts as the NHS itself being named (a page must name it to pass). */
  namesNhs?: boolean;
  plural?: boolean;
}

export const GATE_TERMS: GateTerm[] = [
  { term: "NHS", weight: 3, namesNhs: true },
  { term: "National Health Service", weight: 3, namesNhs: true },
  { term: "health secretary", weight: 2, plural: true },
  { term: "health and social care secretary", weight: 2 },
  { term: "Department of Health", weight: 2 },
  { term: "GP", weight: 1, plural: true },
  { term: "general practice", weight: 1 },
  { term: "hospital trust", weight: 1, plural: true },
  { term: "foundation trust", weight: 1, plural: true },
  { term: "Care Quality Commission", weight: 2 },
  { term: "CQC", weight: 2 },
  { term: "HSJ", weight: 2 },
  { term: "King's Fund", weight: 2 },
  { term: "Nuffield Trust", weight: 2 },
  { term: "Healthwatch", weight: 2 },
  { term: "Whitehall", weight: 1 },
  { term: "Westminster", weight: 1 },
  { term: "Labour", weight: 1 },
  { term: "Tory", weight: 1 },
  { term: "Tories", weight: 1 },
  { term: "Conservatives", weight: 1 },
  { term: "Lib Dem", weight: 1, plural: true },
  { term: "A&E", weight: 1 },
  { term: "Medicaid", weight: -3 },
  { term: "Medicare", weight: -3 },
  { term: "Medi-Cal", weight: -3 },
  { term: "California", weight: -3 },
  { term: "Obamacare", weight: -3 },
  { term: "Affordable Care Act", weight: -3 },
  { term: "county supervisors", weight: -3 },
  { term: "police", weight: -2 },
  { term: "constabulary", weight: -3 },
  { term: "chief constable", weight: -3 },
  { term: "police and crime commissioner", weight: -3 },
];

/** Deterministic article-like text with NHS policy phrases scattered through it, for benchmarks. */

/** Small seeded PRNG (mulberry32), so every run benchmarks the same text. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Common English first, then news and health words; drawn with Zipf weights (word n has weight 1/n), as in real prose. */
const WORDS = (
  "the of and to a in that is was he for it with as his on be at by had are but from or have an they which " +
  "one you were her all she there would their we him been has when who will more no if out so said what up " +
  "its about into than them can only other new some could time these two may then do first any my now such " +
  "like our over man me even most made after also did many before must through back years where much your way " +
  "well down should because each just those people how too little state good very make world still own see men " +
  "work long get here between both life being under never day same another know while last might us great old " +
  "year off come since against go came right used take three government minister health hospital patients staff " +
  "service care local council plan week money report public spending services doctors nurses waiting figures " +
  "budget board review funding chief executive trust social community emergency department data pressure winter " +
  "England national system record managers officials treatment beds ward clinic surgery ambulance"
).split(" ");
const ZIPF = WORDS.map((_, i) => 1 / (i + 1));
const ZIPF_TOTAL = ZIPF.reduce((a, b) => a + b, 0);

export const BENCH_PHRASES = [
  "top-down reorganisation",
  "integrated care systems",
  "ICSs",
  "personal health budgets",
  "whole person care",
  "health and wellbeing boards",
  "clinical commissioning groups",
  "CCGs",
  "QOF",
  "four-hour A&E target",
  "18-week target",
  "Health and Social Care Act 2012",
  "purchaser-provider split",
  "competitive tendering",
  "outsourcing",
  "privatisation",
  "beds review",
  "carbon neutral",
  "anchor institutions",
  "models of primary care",
];

/** Paragraphs of sentences; roughly one phrase every `phraseEvery` characters. */
export function generateArticle(
  bytes: number,
  seed = 42,
  phraseEvery = 900,
): { text: string; paragraphs: string[] } {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const word = () => {
    let r = rnd() * ZIPF_TOTAL;
    let i = 0;
    while (r > ZIPF[i]! && i < WORDS.length - 1) r -= ZIPF[i++]!;
    return WORDS[i]!;
  };
  const paragraphs: string[] = [];
  let size = 0;
  let sincePhrase = 0;
  while (size < bytes) {
    const sentences: string[] = [];
    for (let s = 0, n = 2 + Math.floor(rnd() * 4); s < n; s++) {
      const words: string[] = [];
      for (let w = 0, m = 8 + Math.floor(rnd() * 14); w < m; w++) words.push(word());
      if (sincePhrase > phraseEvery) {
        words.splice(Math.floor(rnd() * words.length), 0, pick(BENCH_PHRASES));
        sincePhrase = 0;
      }
      const sentence = words.join(" ");
      sentences.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`);
      sincePhrase += sentence.length;
    }
    const p = `${sentences.join(" ")} The NHS said.`;
    paragraphs.push(p);
    size += p.length + 2;
  }
  return { text: paragraphs.join("\n\n"), paragraphs };
}

/** Character classes shared by the compiler and the engine (regex-source strings, DOM-free). */

/** Characters allowed between the words of a phrase: spaces, line breaks, hyphens/dashes, slashes, quotes. */
export const SEP_CLASS = "[\\s\\-\\u2010-\\u2015/\"'\\u2018\\u2019\\u201C\\u201D]";
/** Plural and possessive endings: s, es, 's, s' (straight or curly apostrophe). */
export const SUFFIX = "(?:['\\u2019]s|s['\\u2019]|es|s)?";
/** A phrase never starts or ends inside another word. */
export const WORD_CHAR = /[A-Za-z0-9\u00C0-\u024F]/;
export const NOT_WORD_AHEAD = "(?![A-Za-z0-9\\u00C0-\\u024F])";

export const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** Splits a phrase into words on the separators a reader would not notice. */
export const splitWords = (phrase: string) =>
  phrase.split(/[\s\-\u2010-\u2015/"'\u2018\u2019\u201C\u201D]+/).filter(Boolean);

/** Lower-case and collapse separators to single spaces: the form fuzzy comparison works on. */
export const foldForComparison = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015/"'\u2018\u2019\u201C\u201D]+/g, " ")
    .trim();

/** Abbreviations (ICS, A&E, QOF) must appear in capitals; everything else is case-insensitive. */
export const isAbbreviation = (word: string) => /^[A-Z0-9&]{2,6}$/.test(word) && /[A-Z]/.test(word);

export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Normalised form of a trigger or of the text it matched: lower case, no separators, & as "and", z as s. */
export const triggerKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/z/g, "s")
    .replace(/[^a-z0-9\u00e0-\u024f]/g, "");

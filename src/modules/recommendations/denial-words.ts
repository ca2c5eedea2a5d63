/**
 * Words that deny something of their subject ("does not support", "no JOIN", "lacks", "doesn't"):
 * one list, read in two places. Sentences of routed articles are tested in JavaScript, claim
 * quotes in PostgreSQL, whose regular expressions spell word boundaries `\m`/`\M` instead of `\b`.
 */
const DENIAL_WORDS = ['not', 'no', 'never', 'lacks?', 'without', 'cannot'];
/** The contracted denial ("doesn't", "can't"), which ends a word instead of being one. */
const CONTRACTED = "n't";

/** The denial test for JavaScript. */
export const DENIAL = new RegExp(String.raw`\b(${DENIAL_WORDS.join('|')})\b|${CONTRACTED}\b`, 'i');

/** The same test as a PostgreSQL regular expression (for `~*`). */
export const DENIAL_SQL_PATTERN = String.raw`(\m(${DENIAL_WORDS.join('|')})\M|${CONTRACTED}\M)`;

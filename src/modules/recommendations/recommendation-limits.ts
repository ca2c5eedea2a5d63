/**
 * What an answer cites. Every claim of the evidence counts in the scores; an answer cites the
 * heaviest few, so that its size does not grow with the knowledge base (at 200,000 claims, five
 * a side for every ranked technology made answers of 140-820 KB).
 */
/** Claims cited per technology and side (supporting, dissenting) for the highest-ranked technologies. */
export const CITED_PER_SIDE = 3;
/** How many of the highest-ranked technologies cite CITED_PER_SIDE a side; the others cite their heaviest one. */
export const FULLY_CITED_RANKS = 3;
/** The sources' advice on a hybrid architecture: at most this many claims, oldest first. */
export const ADVICE_LIMIT = 5;

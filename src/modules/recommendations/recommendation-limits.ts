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
/**
 * Claims whose text is read to match topics to a need (the claims sharing enough of its words):
 * at most this many, so that a need of common words costs the same at any size (at 1,000,000
 * claims "machine learning pipeline" matched 23,500 claims, 500 ms to read). The answer says
 * when it was cut (matched.textMatchesCut). Vocabulary matches and the evidence are not cut.
 */
export const CLAIM_TEXT_MATCH_LIMIT = 2_000;

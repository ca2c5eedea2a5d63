import { Prisma } from '../../generated/prisma/client.js';

/** Matches in <b>, at most two fragments: the snippet of a search hit or of a claim found by text. */
const HEADLINE_OPTIONS = 'StartSel=<b>, StopSel=</b>, MaxFragments=2';

/**
 * PostgreSQL's ts_headline of `document` for `query` (English). `longText`: a source's body, where
 * each fragment is kept to 8-25 words.
 */
export function textHeadline(document: Prisma.Sql, query: Prisma.Sql, longText = false): Prisma.Sql {
  return Prisma.sql`ts_headline('english', ${document}, ${query}, ${longText ? `${HEADLINE_OPTIONS}, MaxWords=25, MinWords=8` : HEADLINE_OPTIONS})`;
}

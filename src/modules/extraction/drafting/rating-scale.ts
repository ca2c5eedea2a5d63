/**
 * The shared 0..1 rating scale (seeds/README.md "Rating score scale"): a table cell's own words,
 * stars, ticks or numbers become one score, so ratings compare across sources.
 */
export interface Grade {
  /** The source's words for the grade, verbatim from the cell. */
  rating: string;
  score: number;
}

/** Grade words, lowercase, with their score. Longer phrases are tried first. */
const WORD_SCORES: [string, number][] = [
  ['unmatched', 1],
  ['native', 1],
  ['largest', 1],
  ['best-in-class', 1],
  ['best in class', 1],
  ['industry-leading', 1],
  ['excellent', 0.9],
  ['outstanding', 0.95],
  ['exceptional', 0.95],
  ['superb', 0.95],
  ['very fast', 0.9],
  ['blazing fast', 0.95],
  ['extremely fast', 0.95],
  ['massive', 0.9],
  ['huge', 0.9],
  ['enormous', 0.9],
  ['very high', 0.9],
  ['very strong', 0.9],
  ['very good', 0.85],
  ['very easy', 0.9],
  ['very large', 0.9],
  ['beginner friendly', 0.9],
  ['beginner-friendly', 0.9],
  ['simple and readable', 0.9],
  ['great', 0.85],
  ['strong', 0.8],
  ['high', 0.8],
  ['fast', 0.8],
  ['faster', 0.8],
  ['mature', 0.8],
  ['large', 0.8],
  ['rich', 0.8],
  ['easy', 0.8],
  ['robust', 0.8],
  ['good', 0.75],
  ['solid', 0.75],
  ['better', 0.6],
  ['decent', 0.6],
  ['growing', 0.6],
  ['fair', 0.5],
  ['moderate', 0.5],
  ['medium', 0.5],
  ['average', 0.5],
  ['okay', 0.5],
  ['ok', 0.5],
  ['partial', 0.5],
  ['mixed', 0.5],
  ['adequate', 0.5],
  ['steep', 0.3],
  ['limited', 0.3],
  ['slower', 0.3],
  ['low', 0.3],
  ['weak', 0.3],
  ['basic', 0.3],
  ['small', 0.3],
  ['smaller', 0.3],
  ['hard', 0.3],
  ['difficult', 0.3],
  ['complex', 0.3],
  ['poor', 0.2],
  ['slow', 0.2],
  ['very limited', 0.2],
  ['very low', 0.15],
  ['very poor', 0.1],
  ['none', 0.1],
  ['no', 0.1],
  ['yes', 0.9],
  // A feature matrix's other words for Yes and No.
  ['supported', 0.9],
  ['built-in', 0.9],
  ['not supported', 0.1],
  ['unsupported', 0.1],
  ['not available', 0.1],
];

/** Marks that grade only standing alone ("Supported — via a plugin" is cut before the dash). */
const BARE_ONLY = new Set(['yes', 'no', 'supported', 'built-in', 'not supported', 'unsupported', 'not available']);
const SORTED = [...WORD_SCORES].sort((a, b) => b[0].length - a[0].length);
const INTENSIFIERS = /^(very|extremely|really|highly|quite|fairly|relatively|somewhat)\s+/i;
const TICKS: [RegExp, number, string][] = [
  [/^[✅✔✓☑]\uFE0F?/u, 0.9, 'tick'],
  [/^[❌✗✘✖]\uFE0F?/u, 0.1, 'cross'],
  [/^⚠\uFE0F?/u, 0.5, 'warning'],
];

/** The leading part of a cell that may carry its grade: up to a dash, colon, bracket or comma. */
function leadingSegment(cell: string): string {
  return cell.split(/\s+[—–-]\s+|\s*[:(,;]\s*|\s+\/\s+/)[0].trim();
}

function trailingSegment(cell: string): string | null {
  const parts = cell.split(/\s+[—–-]\s+/);
  return parts.length > 1 ? parts[parts.length - 1].trim() : null;
}

/** The score of a grade phrase (a few words starting with a grade word), or null. */
function phraseScore(phrase: string): number | null {
  const lower = phrase.toLowerCase().replace(/[.!]+$/, '');
  if (!lower || lower.split(/\s+/).length > 4) return null;
  for (const [word, score] of SORTED) {
    // "No" and "Yes" grade alone ("No — needs a plugin" is cut before the dash); "No published results" is no grade.
    if (lower === word || (lower.startsWith(`${word} `) && !BARE_ONLY.has(word))) return score;
  }
  const intensified = INTENSIFIERS.exec(lower);
  if (intensified) {
    const base = phraseScore(lower.slice(intensified[0].length));
    if (base !== null) return /^(very|extremely|really|highly)/.test(intensified[1]) ? Math.min(1, Math.max(0.1, base >= 0.5 ? base + 0.1 : base - 0.1)) : base;
  }
  return null;
}

/** The grade of a table cell, or null when the cell describes rather than grades. */
export function gradeOf(cell: string): Grade | null {
  const text = cell.trim();
  if (!text) return null;
  const stars = /^([★⭐]+)(☆*)/u.exec(text);
  if (stars) {
    const full = Array.from(stars[1]).length;
    const empty = Array.from(stars[2]).length;
    return { rating: stars[0], score: round(full / Math.max(5, full + empty)) };
  }
  const ratio = /^(\d+(?:\.\d+)?)\s*(?:\/|out of)\s*(5|10|100)\b/.exec(text);
  if (ratio) return { rating: ratio[0], score: round(Math.min(1, Number(ratio[1]) / Number(ratio[2]))) };
  for (const [pattern, score] of TICKS) {
    const tick = pattern.exec(text);
    if (tick) {
      const words = leadingSegment(text.slice(tick[0].length).trim());
      const wordScore = words ? phraseScore(words) : null;
      return { rating: wordScore !== null ? text.slice(0, tick[0].length + 1 + words.length).trim() : tick[0], score: wordScore ?? score };
    }
  }
  const lead = leadingSegment(text);
  const leadScore = phraseScore(lead);
  if (leadScore !== null) return { rating: lead.replace(/[.!]+$/, ''), score: leadScore };
  // "TypeScript — excellent": the grade comes after the dash.
  const tail = trailingSegment(text);
  const tailScore = tail ? phraseScore(tail) : null;
  if (tail && tailScore !== null) return { rating: tail.replace(/[.!]+$/, ''), score: tailScore };
  return null;
}

/**
 * A mark of whether a technology has a feature (Yes, No, None, Partial, Supported, Built-in, Native, a tick or a cross), as a
 * feature matrix writes it ("Native replication API" says the feature is built in, not how good it is); not a judgement of how well it does something (Excellent, Slow, 4/5).
 */
export function isAvailabilityMark(grade: Grade): boolean {
  return /^(?:[✅✔✓☑❌✗✘✖⚠]\uFE0F?\s*)?(?:(?:yes|no|none|partial|n\/a|supported|not supported|unsupported|built-in|native|not available)\b.*)?$/isu.test(grade.rating.trim());
}

/**
 * The words of a value cell that state its value ("At-Least-Once" of "At-Least-Once (the default
 * mode)", "5 GB" of "5 GB — per account"): up to a bracket, dash, semicolon or colon; a cell all in
 * brackets without them. At most 200 characters, cut at a word; always a substring of the cell.
 */
export function valueWords(cell: string): string {
  const bare = cell.trim().replace(/[.]+$/, '');
  const lead = /^(.+?)(?:\s+[—–-]\s+|\s*[(;]|:\s)/u.exec(bare)?.[1].trim();
  let words = lead || bare.replace(/^\(\s*/, '').replace(/[\s.]*\)$/, '').trim() || bare;
  if (words.length > 200) words = words.slice(0, 200).replace(/\s+\S*$/, '');
  return words;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

import { escapeRegExp } from '../../../common/text/escape-regexp.js';
import type { ReaderDocument } from '../reader/reader-text.js';
import type { TaxonomyMatcher } from '../taxonomy-matcher.js';

/** The technologies an article compares: "X vs Y" in its title (or an early heading), resolved or proposed. */
export function detectComparedPair(title: string, doc: ReaderDocument, matcher: TaxonomyMatcher): string[] {
  const candidates = [title, ...doc.blocks.slice(0, 8).map((b) => b.text)];
  for (const text of candidates) {
    const sides = splitVersus(text);
    if (!sides) continue;
    const slugs = sides.map((side) => technologyFor(side, doc.body, matcher)).filter((s): s is string => !!s);
    const unique = [...new Set(slugs)];
    if (unique.length >= 2) return unique.slice(0, 10);
  }
  // No "X vs Y": the two technologies the text names most.
  const counts = new Map<string, number>();
  for (const m of matcher.findTechnologies(doc.body)) counts.set(m.slug, (counts.get(m.slug) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([slug]) => slug);
}

/** One side of "X vs Y" as a slug: a known technology, the known name it opens with, or a proposal. */
function technologyFor(side: string, body: string, matcher: TaxonomyMatcher): string | null {
  const mentions = matcher.findTechnologies(side);
  if (mentions.length && mentions[0].index === 0 && mentions[0].end >= side.length - 1) return mentions[0].slug;
  const name = side.trim();
  if (!name || name.split(/\s+/).length > 4) return mentions[0]?.slug ?? null;
  const known = matcher.resolveTechnology(name);
  if (known) return known;
  // "Node.js Performance" is Node.js; "React Native" is a name of its own (the text keeps using it whole).
  if (mentions[0]?.index === 0 && (body.split(name).length - 1) < 3) return mentions[0].slug;
  return matcher.proposeTechnology(name, guessKind(name, body), aliasesOf(name, body));
}

/** "Django vs Ruby on Rails: Which Should You Choose?" -> ["Django", "Ruby on Rails"]. */
function splitVersus(text: string): string[] | null {
  const parts = text.split(/\s+(?:vs\.?|versus|v\.)\s+/i);
  if (parts.length < 2) return null;
  const first = parts[0].split(/[:—–|]\s*|\s+-\s+|\?\s*/).pop()!.replace(/^(?:comparing|compare|choosing|why|how)\s+/i, '').trim();
  const tail = (s: string) => s.split(/\s*[:?!(,—–|]|\s+-\s+|\s+(?:in|for|which|who|what|when|on the|a|an|the|–|to)\s+|\s+(?:19|20)\d\d\b/i)[0].trim();
  const rest = parts.slice(1).map(tail);
  const firstWords = first.split(/\s+/);
  const left = firstWords.length > 4 ? firstWords.slice(-2).join(' ') : first;
  const sides = [left, ...rest].filter((s) => s.length > 0);
  return sides.length >= 2 ? sides : null;
}

/** Other names the text gives a proposed technology: "(aka …)" after it, its long form before "(X)", or the last word of a long name. */
function aliasesOf(name: string, body: string): string[] {
  const aliases = new Set<string>();
  const escaped = escapeRegExp(name);
  const paren = new RegExp(`${escaped}\\s*\\(([^)]{2,30})\\)`).exec(body);
  if (paren && !/\s{2}|,|\d{4}/.test(paren[1]) && paren[1].split(/\s+/).length <= 5) {
    const inner = paren[1].replace(/^(?:or|aka|a\.k\.a\.?|also(?:\s+(?:known as|called))?|(?:often|sometimes|commonly|usually)\s+(?:called|known as|written)|known as|called)\s+/i, '').trim();
    if (/^[A-Z]/.test(inner)) aliases.add(inner);
  }
  // "Amazon Web Services (AWS)": the long form is an alias of the short name.
  const reverse = new RegExp(`((?:[A-Z][\\w.]*\\s+){1,4}[A-Z][\\w.]*)\\s*\\(${escaped}\\)`).exec(body);
  if (reverse) aliases.add(reverse[1].trim());
  const words = name.split(/\s+/);
  // "Ruby on Rails" is written "Rails" in running text.
  if (words.length >= 3) {
    const last = words[words.length - 1];
    if (/^[A-Z]/.test(last) && (body.match(new RegExp(`\\b${last}\\b`, 'g'))?.length ?? 0) > (body.match(new RegExp(escaped, 'g'))?.length ?? 0)) aliases.add(last);
  }
  return [...aliases];
}

/** Words that say what kind of technology a text introduces, the more specific first. */
const KIND_WORDS: [RegExp, string][] = [
  [/\b(?:programming )?language\b/i, 'language'],
  [/\bframework\b/i, 'framework'],
  [/\b(?:database|data store|key-value store|cache|caching)\b/i, 'database'],
  [/\b(?:broker|message queue|streaming platform|event streaming)\b/i, 'service'],
  [/\b(?:ui toolkit|toolkit|ui framework)\b/i, 'framework'],
  [/\b(?:cloud|(?<!cross-)platform|provider)\b/i, 'platform'],
  [/\b(?:library|sdk)\b/i, 'library'],
  [/\bruntime\b/i, 'runtime'],
  [/\bprotocol\b/i, 'protocol'],
  [/\btool\b/i, 'tool'],
];

/** A technology's kind from how the text introduces it ("Memcached is a … cache"), else from the article's genre. */
function guessKind(name: string, body: string): string {
  const escaped = escapeRegExp(name);
  const intro = new RegExp(`${escaped}(?:\\s*\\([^)]*\\))?\\s+(?:is|was|are)\\s+(?:an?|the)\\s+([^.]{0,80})`, 'i').exec(body);
  if (intro) for (const [re, kind] of KIND_WORDS) if (re.test(intro[1])) return kind;
  const counts = KIND_WORDS.map(([re, kind]) => ({ kind, n: (body.match(new RegExp(re.source, 'gi')) ?? []).length }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  return best && best.n > 0 ? best.kind : 'tool';
}

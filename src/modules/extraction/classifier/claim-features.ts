/**
 * What the claim classifier reads of one drafted claim: its quote's words with technology names
 * replaced by their role (the claim's own technology, the other side of the compared pair, some
 * other technology), so the model learns how claims are worded rather than what each article is
 * about; the kind the rules gave it; where it stands (heading, paragraph, list item, table row)
 * and the words of the heading above it; and a few cues the rules also use (comparative and
 * superlative wording, negation, advice, conditions, numbers).
 *
 * No word pairs: with them the model fits the dev corpus far better in-sample (F1 72% against
 * 65%) and no better on articles it did not see (leave-one-article-out F1 51% either way), and
 * weighs four times as much.
 *
 * Plain string features: the model keeps a weight per feature it saw in enough articles, so an
 * unseen word costs nothing. No part-of-speech tagger: wink-nlp's English model takes ~2 s and
 * ~36 MB of heap to load and ~150 ms per 1,000 words, more than the whole extractor's budget; the
 * suffix and word-list cues below stand in for the tags that matter here (comparatives, modals).
 */

/** One drafted claim as the classifier sees it. */
export interface ClaimUnit {
  /** The claim's quote. */
  text: string;
  /** The kind the rules drafted it as. */
  ruleKind: string;
  /** The reader block the quote stands in. */
  block: 'heading' | 'paragraph' | 'item' | 'row' | 'code' | 'none';
  /** The text of the nearest heading above the quote ('' when none). */
  heading: string;
  /** Technologies named in the quote, in order, by role. */
  mentions: { index: number; end: number; role: TechnologyRole }[];
  /** Where the quote starts, as a fraction of the body (0 at the top). */
  position: number;
  /** How many drafted claims share this quote (the rules may read one sentence two ways). */
  readings: number;
  /** Whether the rules gave it a technology, and a criterion. */
  hasTechnology: boolean;
  hasCriterion: boolean;
}

export type TechnologyRole = 'self' | 'pair' | 'other';

const PLACEHOLDER: Record<TechnologyRole, string> = { self: 'tself', pair: 'tpair', other: 'tother' };

const NEGATION = /\b(?:not|no|never|none|nor|without|lacks?|lacking|cannot|can't|won't|doesn't|don't|isn't|aren't|wasn't|weren't|hardly)\b/;
const COMPARATIVE = /\b(?:\w+er than|more \w+(?: \w+)? than|less \w+(?: \w+)? than|better|worse|faster|slower|easier|harder|cheaper|simpler|superior|inferior|outperforms?|compared (?:to|with)|whereas|while|unlike|versus|vs\.?)\b/;
const SUPERLATIVE = /\b(?:best|worst|most|least|\w{3,}est)\b/;
const ADVICE = /\b(?:should|recommend\w*|choose|pick|go with|opt for|consider|prefer|suggest\w*|winner|wins?|clear choice|verdict|bottom line|overall)\b/;
const CONDITION = /\b(?:if|when|ideal for|suited|suitable|great for|perfect for|good for|best for|use cases?|teams?|projects?)\b/;
const POSITIVE = /\b(?:easy|easier|fast|faster|powerful|flexible|robust|reliable|mature|rich|simple|efficient|scalable|strong|excellent|great|good|seamless|supports?|offers?|provides?|allows?|enables?)\b/;
const NEGATIVE = /\b(?:difficult|hard|complex|slow|limited|lacks?|poor|steep|expensive|costly|overhead|issues?|problems?|drawbacks?|downsides?|cons?|painful|verbose|weak)\b/;
const FACTUAL = /\b(?:is a|is an|was|were|released|developed|written in|founded|created|maintained|uses|stores|written|originally|version|license\w*)\b/;

/** Lower-cased words with technology names as their role and numbers as one token. */
export function claimWords(unit: Pick<ClaimUnit, 'text' | 'mentions'>): string[] {
  let text = '';
  let at = 0;
  for (const m of unit.mentions) {
    if (m.index < at) continue;
    text += `${unit.text.slice(at, m.index)} ${PLACEHOLDER[m.role]} `;
    at = m.end;
  }
  text += unit.text.slice(at);
  return (text.toLowerCase().match(/[\p{L}][\p{L}'’]*|\d+(?:[.,]\d+)*%?/gu) ?? []).map((w) => (/^\d/.test(w) ? (w.endsWith('%') ? '<pct>' : '<num>') : w.replace(/’/g, "'")));
}

function lengthBucket(n: number): string {
  if (n <= 3) return 'xs';
  if (n <= 8) return 's';
  if (n <= 16) return 'm';
  if (n <= 30) return 'l';
  return 'xl';
}

/**
 * The features of one unit. Word features (`w:`, `h:`, `f:`, `f2:`) are kept only when `keepWord`
 * says the word is common enough across articles (training decides; the model stores its list).
 */
export function claimFeatures(unit: ClaimUnit, keepWord: (word: string) => boolean = () => true): string[] {
  const words = claimWords(unit);
  const lower = unit.text.toLowerCase();
  const kept = words.map((w) => (keepWord(w) ? w : '<rare>'));
  const features = new Set<string>(['bias', `rk:${unit.ruleKind}`, `blk:${unit.block}`, `rk+blk:${unit.ruleKind}+${unit.block}`, `len:${lengthBucket(words.length)}`]);
  for (const w of kept) if (w !== '<rare>') features.add(`w:${w}`);
  if (kept.length) features.add(`f:${kept[0]}`);
  if (kept.length > 1) features.add(`f2:${kept[0]}_${kept[1]}`);
  for (const w of claimWords({ text: unit.heading, mentions: [] })) if (keepWord(w)) features.add(`h:${w}`);
  if (!unit.heading) features.add('h:<none>');
  const cues: [string, boolean][] = [
    ['neg', NEGATION.test(lower)],
    ['cmp', COMPARATIVE.test(lower)],
    ['sup', SUPERLATIVE.test(lower)],
    ['adv', ADVICE.test(lower)],
    ['cond', CONDITION.test(lower)],
    ['posw', POSITIVE.test(lower)],
    ['negw', NEGATIVE.test(lower)],
    ['factw', FACTUAL.test(lower)],
    ['num', /\d/.test(lower)],
    ['question', /\?\s*$/.test(unit.text)],
    ['colon', unit.text.includes(':')],
    ['sentences', /[.!?]\s+\p{Lu}/u.test(unit.text)],
    ['capstart', /^\p{Lu}/u.test(unit.text.trim())],
    ['endstop', /[.!]\s*$/.test(unit.text)],
  ];
  for (const [name, on] of cues) if (on) features.add(`cue:${name}`);
  const roles = unit.mentions.map((m) => m.role);
  features.add(`self:${Math.min(roles.filter((r) => r === 'self').length, 2)}`);
  features.add(`pair:${Math.min(roles.filter((r) => r === 'pair').length, 2)}`);
  if (roles.includes('other')) features.add('other:1');
  if (roles[0] && unit.mentions[0].index <= 4) features.add(`lead:${roles[0]}`);
  if (roles.includes('self') && roles.includes('pair')) features.add(features.has('cue:cmp') ? 'both+cmp' : 'both');
  features.add(`at:${Math.min(Math.floor(unit.position * 5), 4)}`);
  if (unit.position < 0.05) features.add('at:top');
  features.add(`readings:${Math.min(unit.readings, 3)}`);
  features.add(`rk+readings:${unit.ruleKind}+${Math.min(unit.readings, 2)}`);
  if (!unit.hasTechnology) features.add('tech:none');
  features.add(`rk+crit:${unit.ruleKind}+${unit.hasCriterion ? 1 : 0}`);
  features.add(`rk+self:${unit.ruleKind}+${roles.includes('self') ? 1 : 0}`);
  return [...features];
}

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
 * weighs four times as much. No first-word pairs either, and words only when seen in 3+ articles:
 * the features that transfer are the cue classes (crossed with the rules' kind and the block),
 * comparative morphology, word shapes, block type and place, technology roles and length.
 * Measured by leave-one-article-out on the dev corpus (2026-12-07): the words add little there
 * (F1 53% without any word feature, 53% with), while in-sample F1 falls from 74% to 71%, i.e.
 * the model memorises the dev articles less. Suffix features (last three letters) gave nothing.
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
  /** Whether the quote opens its block (the first sentence of a paragraph, an item's text), and whether it is the whole block. */
  opensBlock?: boolean;
  wholeBlock?: boolean;
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

/**
 * Cue words and phrases, looked up in the quote's words (a set lookup per word, no regular
 * expression over the quote: the post-pass must cost little beside drafting).
 */
const cueList = (text: string) => text.split('|');
const CUES: Record<string, string[]> = {
  neg: cueList("not|no|never|none|nor|without|lack|lacks|lacking|cannot|can't|won't|doesn't|don't|isn't|aren't|wasn't|weren't|hardly"),
  cmp: cueList('than|better|worse|faster|slower|easier|harder|cheaper|simpler|superior|inferior|outperform|outperforms|compared to|compared with|whereas|unlike|versus|vs'),
  sup: cueList('best|worst|most|least|fastest|easiest|largest|biggest|simplest|cheapest'),
  adv: cueList('should|recommend|recommended|recommends|choose|pick|go with|opt for|consider|prefer|suggest|winner|win|wins|clear choice|verdict|bottom line|overall'),
  cond: cueList('if|when|ideal for|suited|suitable|great for|perfect for|good for|best for|use case|use cases|teams|projects'),
  posw: cueList('easy|easier|fast|faster|powerful|flexible|robust|reliable|mature|rich|simple|efficient|scalable|strong|excellent|great|good|seamless|support|supports|offer|offers|provide|provides|allow|allows|enable|enables'),
  negw: cueList('difficult|hard|complex|slow|limited|lack|lacks|poor|steep|expensive|costly|overhead|issue|issues|problem|problems|drawback|drawbacks|downside|downsides|painful|verbose|weak'),
  modal: cueList('can|could|may|might|must|will|would|need|needs|have to|has to|able to'),
  factw: cueList('is a|is an|was|were|released|developed|written in|founded|created|maintained|uses|stores|written|originally|version|license|licensed'),
};
const CUE_WORDS = new Map<string, string[]>();
const CUE_PHRASES: [string, string][] = [];
for (const [cue, list] of Object.entries(CUES)) {
  for (const entry of list) {
    if (entry.includes(' ')) CUE_PHRASES.push([cue, ` ${entry} `]);
    else CUE_WORDS.set(entry, [...(CUE_WORDS.get(entry) ?? []), cue]);
  }
}

function cuesOf(words: string[]): Set<string> {
  const found = new Set<string>();
  for (const w of words) {
    for (const cue of CUE_WORDS.get(w) ?? []) found.add(cue);
    // "-er than" and "-est" forms beyond the listed ones
    if (w.length >= 6 && w.endsWith('est')) found.add('sup');
  }
  // Comparative morphology: "-er than", "more/less … than" ("lighter than", "more mature than").
  for (let i = 1; i < words.length; i++) {
    if (words[i] !== 'than') continue;
    const before = words[i - 1];
    if (before.length >= 4 && before.endsWith('er')) found.add('cmpmorph');
    if (words[i - 2] === 'more' || words[i - 2] === 'less' || before === 'more' || before === 'less') found.add('cmpmorph');
  }
  const joined = ` ${words.join(' ')} `;
  for (const [cue, phrase] of CUE_PHRASES) if (joined.includes(phrase)) found.add(cue);
  return found;
}

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

/** The shape of a word as written: a technology's role, a number, capitalised, all capitals, lower case. */
function shapeOf(word: string | undefined, written: string): string {
  if (!word) return 'none';
  if (word === 'tself' || word === 'tpair' || word === 'tother' || word === '<num>' || word === '<pct>') return word;
  if (/^\p{Lu}{2,}/u.test(written)) return 'upper';
  return /^\p{Lu}/u.test(written) ? 'cap' : 'lower';
}

/** Cues crossed with the rules' kind and with the block: how much a cue says depends on what drafted the claim and where. */
const CROSSED_CUES = new Set(['neg', 'cmp', 'cmpmorph', 'sup', 'adv', 'cond', 'posw', 'negw', 'factw', 'modal', 'num']);

/**
 * The features of one unit. Word features (`w:`, `h:`, `f:`) are kept only when `keepWord` says
 * the word is common enough across articles (training decides; the model stores its list). The
 * rest transfer across articles by construction: cue-word classes, comparative morphology, word
 * shapes, block type and place, technology roles, length and position.
 */
export function claimFeatures(unit: ClaimUnit, keepWord: (word: string) => boolean = () => true): string[] {
  const words = claimWords(unit);
  const kept = words.map((w) => (keepWord(w) ? w : '<rare>'));
  const rk = unit.ruleKind;
  const features = new Set<string>(['bias', `rk:${rk}`, `blk:${unit.block}`, `rk+blk:${rk}+${unit.block}`, `len:${lengthBucket(words.length)}`, `rk+len:${rk}+${lengthBucket(words.length)}`]);
  for (const w of kept) if (w !== '<rare>') features.add(`w:${w}`);
  if (kept.length) features.add(`f:${kept[0]}`);
  const firstWritten = unit.text.trim().split(/\s+/)[0] ?? '';
  features.add(`shape0:${shapeOf(words[0], firstWritten)}`);
  for (const w of claimWords({ text: unit.heading, mentions: [] })) if (keepWord(w)) features.add(`h:${w}`);
  if (!unit.heading) features.add('h:<none>');
  const found = cuesOf(words);
  const cues: [string, boolean][] = [
    ['num', words.includes('<num>') || words.includes('<pct>')],
    ['question', /\?\s*$/.test(unit.text)],
    ['colon', unit.text.includes(':')],
    ['sentences', /[.!?]\s+\p{Lu}/u.test(unit.text)],
    ['capstart', /^\p{Lu}/u.test(unit.text.trim())],
    ['endstop', /[.!]\s*$/.test(unit.text)],
  ];
  for (const [name, on] of cues) if (on) found.add(name);
  for (const cue of found) {
    features.add(`cue:${cue}`);
    if (CROSSED_CUES.has(cue)) {
      features.add(`rk+cue:${rk}+${cue}`);
      features.add(`blk+cue:${unit.block}+${cue}`);
    }
  }
  if (unit.opensBlock) features.add(`opens:${unit.block}`);
  if (unit.wholeBlock) features.add(`whole:${unit.block}`);
  const roles = unit.mentions.map((m) => m.role);
  features.add(`self:${Math.min(roles.filter((r) => r === 'self').length, 2)}`);
  features.add(`pair:${Math.min(roles.filter((r) => r === 'pair').length, 2)}`);
  features.add(`rk+named:${rk}+${roles.includes('self') ? 1 : 0}${roles.includes('pair') ? 1 : 0}`);
  if (roles.includes('other')) features.add('other:1');
  if (roles[0] && unit.mentions[0].index <= 4) features.add(`lead:${roles[0]}`);
  if (roles.includes('self') && roles.includes('pair')) features.add(found.has('cmp') || found.has('cmpmorph') ? 'both+cmp' : 'both');
  features.add(`at:${Math.min(Math.floor(unit.position * 5), 4)}`);
  if (unit.position < 0.05) features.add('at:top');
  features.add(`readings:${Math.min(unit.readings, 3)}`);
  features.add(`rk+readings:${rk}+${Math.min(unit.readings, 2)}`);
  if (!unit.hasTechnology) features.add('tech:none');
  features.add(`rk+crit:${rk}+${unit.hasCriterion ? 1 : 0}`);
  return [...features];
}

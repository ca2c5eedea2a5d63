import type { ReaderBlock } from '../reader/reader-text.js';
import type { TechnologyMention } from '../taxonomy-matcher.js';
import { polarityOf } from './sentence-claims.js';
import { clauseClaims } from './clause-claims.js';
import type { Drafting } from './drafting.js';
import type { SectionContext } from './section-context.js';
import { asSentence, lowerFirst, proConStatement } from './statement-wording.js';
import { listItems, recommendationClauses, sentences } from './text-segments.js';
import { draftVerdict } from './verdict-claims.js';

/** "X is ideal for …", "making it great for …", "X excels at …", "Choose X for …": where a list of uses starts. */
const INLINE_USE_CASE = /\s(?:making|makes|make)\s+(?:it|them)\s+(?:(?:especially|particularly)\s+)?(?:ideal|great|perfect|well[- ]suited)\s+for\s+|\s(?:is|are)\s+(?:(?:also|especially|particularly|often|usually)\s+)?(?:ideal|best|great|perfect|well[- ]suited|built|designed|the (?:best|right|go-to) (?:choice|option))\s+for\s+|\s(?:excels?|shines)\s+(?:at|in|for)\s+|^(?:choose|pick|use|go with)\s+\S+(?:\s\S+)?\s+(?:for|when)\s+(?!you\b|your\b|the team\b)/i;

/** Wording that advises a side: "choose", "we recommend", "is the better choice", "for most teams", "if you". */
const RECOMMEND = /\b(?:choose|pick|go with|opt for|reach for|stick with|start with|we recommend|i recommend|recommend(?:ed|ation)?|is (?:the|a) (?:better|right|safer|best|smarter|solid|great|good) (?:choice|pick|bet|option|fit|default)|(?:the|a) (?:better|right|safer|best) (?:choice|pick|bet|option|fit)|if you|for (?:most|teams|projects|anyone|startups|enterprises))\b/i;

/** "You should pick A if …", "Consider B when …", "Then go with A": the reader told which side to take. */
const TOLD_TO_PICK = /^(?:(?:so|then|instead|otherwise|alternatively)\s*,?\s+)?(?:you\s+(?:should|could|might|may|can)\s+(?:(?:also|instead|still|probably|then)\s+)?(?:want\s+to\s+)?)?(?:(?:pick|choose|go with|opt for|stick with|start with)\s|(?:consider|try)\s+(?=[^,.;]*\b(?:if|when|whenever|for|unless)\b)|use\s+(?=[^,.;]*\b(?:if|when|whenever|unless)\b))/i;

/** "I would recommend X for most use cases", "my recommendation is that … X": the author advising, wherever it stands. */
export const AUTHOR_ADVISES = /\b(?:(?:i|we)\s+(?:would\s+|strongly\s+|generally\s+)?(?:recommend|advise|suggest)|(?:my|our)\s+(?:recommendation|advice|suggestion)\s+is|(?:the|a|our)\s+recommended\s+(?:approach|option|path|choice|setup|way))\b/i;

/**
 * Advice to take both, or either: "Many teams use both: A for X, B for Y", "Used together, they cover
 * …", "You can choose either one or both, depending on …".
 */
export const BOTH_OR_EITHER = /\b(?:use|using|run|running|combine|combining|pair|pairing|adopt)\s+(?:them\s+|the\s+two\s+)?both\b(?=\s*[:—–]|\s+(?:together|side by side))|^(?:you\s+(?:can|could|may|might|should)\s+(?:also\s+)?)?(?:use|combine|run|pair)\s+(?:them\s+)?both\b|^(?:(?:used|taken|combined)\s+)?together\s*,?\s+(?:they|the\s+two|both)\b|^with\s+(?:the\s+two|both)\b[^,.;]{0,40}\btogether\b|\b(?:choose|pick|use)\s+either(?:\s+one)?\s+or\s+both\b/i;

/** Words that advise or weigh a pick, beside a bare "for", "if" or "when". */
const ADVISING_WORD = /\b(?:better|best|choice|pick|option|fit|suit\w*|ideal|prefer\w*|use|using|choose|should|worth|sense|default|depends?|needs?|want|go-to|safer|stick|pays?\s+off|migrat\w*|switch\w*|hybrid|mix\w*|combin\w*|together|both|either|avoid|never)\b|\bdon['’]t\b/i;

/** "For most teams", "in most cases": advice for the usual reader. */
export const FOR_MOST = /\b(?:for (?:most|the majority of|nearly all|almost all|the typical)|in most cases)\b/i;

/**
 * Calls to action and a vendor's pitch ("Sign up for a free trial", "Our engineers can help you move to
 * B"): advertising, not advice on which side suits.
 */
export const CALL_TO_ACTION = /\b(?:sign up|free trial|try (?:it|\S+) (?:for )?free|get started (?:with|today|for free)|book a (?:demo|call)|request a demo|schedule a (?:demo|call)|contact (?:us|our)|talk to (?:us|our)|get in touch|our (?:team|experts|engineers|consultants|consulting|services?|agency)|we (?:can|will|['’]ll) help|hire (?:us|our))\b/i;

/** "Do not use both in one team", "Avoid mixing the two": advice about both, against mixing them. */
const AGAINST_MIXING = /^(?:do not|don['’]t|never|avoid)\s+(?:use|using|mix|mixing|run|running|combine|combining)\s+(?:both|the two)\b/i;

/** "For projects integrating AI features, Python is …": the advice's leading use. */
export function leadingUseCase(d: Drafting, text: string, at: number, mentions: TechnologyMention[]): void {
  const m = /^for\s+((?:most\s+|new\s+|large\s+|small\s+)?[^,—–]{3,80}?\b(?:projects?|applications?|apps?|platforms?|teams?|workloads?|services?|systems?|products?|sites?|backends?)\b[^,—–]{0,40}),/i.exec(text);
  // "Choose A when you need …": the situation the advice names is A's use case.
  const told = TOLD_TO_PICK.exec(text);
  const first = mentions[0];
  // ("Choose A when X, Y or Z is needed" lists its uses instead: inlineUseCases drafts each.)
  if (told && first && first.index === told[0].length && /^\s+when(?:ever)?\s+\S/i.test(text.slice(first.end)) && !INLINE_USE_CASE.test(text) && mentions.every((x) => x.slug === first.slug)) {
    const situation = text.slice(first.end).replace(/^\s+when(?:ever)?\s+/i, '').replace(/[.!]+$/, '');
    d.claims.add({ kind: 'use_case', technology: first.slug, useCase: d.matcher.useCase(situation), quote: text, at, statement: asSentence(text), related: d.compared.relatedIn(text, first.slug) });
    return;
  }
  if (!m || !mentions.length || mentions[0].index < m[0].length) return;
  // "For most teams, …": the usual reader, not a use.
  if (/^(?:most|many|all|some|the majority of)\s+(?:teams|projects|people|users|developers|companies|organi[sz]ations|cases|use cases|applications|apps|workloads|situations|businesses)$/i.test(m[1].trim())) return;
  const winner = mentions[0].slug;
  const quote = m[0].slice(0, -1);
  d.claims.add({ kind: 'use_case', technology: winner, useCase: d.matcher.useCase(m[1]), quote: quote.replace(/\s+or\s+.*$/i, ''), at, statement: `${d.matcher.technologyName(winner)} is advised ${lowerFirst(quote)}.` });
}

/**
 * An overall verdict that picks by use: "Node.js for most web APIs — event-driven I/O, the npm
 * ecosystem. Python for data processing and ML." Each sentence opens with one side and "for":
 * its uses, and after a dash the reasons (advantages); two sides make a split verdict.
 */
export function picksByUse(d: Drafting, block: ReaderBlock): boolean {
  const parts = sentences(block.text).map((s) => ({ ...s, mentions: d.compared.mentions(s.text) }));
  const picks = parts.filter((p) => p.mentions[0]?.index === 0 && /^\s+(?:\([^)]*\)\s+)?for\s/i.test(p.text.slice(p.mentions[0].end)));
  const sides = new Set(picks.map((p) => p.mentions[0].slug));
  if (picks.length < 2 || sides.size < 2) return false;
  draftVerdict(d, { outcome: 'split' }, 'overall', block.text, block.start, block.text);
  for (const p of parts) {
    const at = block.start + p.index;
    if (!picks.includes(p)) {
      clauseClaims(d, p.text, at, { role: 'overall', technology: null, label: '', criterion: 'overall' }, null, null);
      continue;
    }
    const technology = p.mentions[0].slug;
    d.claims.add({ kind: 'recommendation', technology, criterion: 'overall', quote: p.text, at, statement: asSentence(p.text), related: d.compared.relatedIn(p.text, technology) });
    const dash = /\s[—–]\s|:\s/.exec(p.text);
    const usesEnd = dash ? dash.index : p.text.length;
    // Uses: "Node.js for most web API backends", then each further listed use.
    const uses = listItems(p.text.slice(0, usesEnd).replace(/[.]$/, ''), 0);
    for (const [n, use] of uses.entries()) {
      const where = /\s+(?:where|because|since|as)\s/i.exec(use.text);
      const text = where ? use.text.slice(0, where.index) : use.text;
      if (text.length < 3) continue;
      // "Node.js (Express) for most web APIs": the use is what follows "for".
      const purpose = text.replace(/^\S+(?:\s+\([^)]*\))?\s+for\s+/i, '');
      d.claims.add({ kind: 'use_case', technology, useCase: d.matcher.useCase(purpose), quote: text, at: at + use.index, statement: `${d.matcher.technologyName(technology)} is recommended for ${purpose}.`, related: d.compared.relatedIn(text, technology) });
      if (where && n === uses.length - 1) {
        const rest = use.text.slice(where.index + where[0].length);
        const polarity = polarityOf(rest, d.matcher.neutral);
        if (polarity) d.claims.add({ kind: polarity, technology, quote: rest.replace(/[.]$/, ''), at: at + use.index + where.index + where[0].length, statement: asSentence(rest) });
      }
    }
    if (dash) {
      const from = dash.index + dash[0].length;
      for (const reason of listItems(p.text.slice(from).replace(/[.]$/, ''), from)) {
        if (reason.text.length < 3) continue;
        d.claims.add({ kind: 'pro', technology, quote: reason.text, at: at + reason.index, statement: proConStatement('pro', d.matcher.technologyName(technology), reason.text) });
      }
    }
  }
  return true;
}

/**
 * "X is ideal for A, B, and C" / "Choose X for A and B": one use case per listed item. Returns where
 * the cue stands, so the clause holding it is not drafted again as an advantage; null when none.
 */
export function inlineUseCases(d: Drafting, text: string, at: number, mentions: TechnologyMention[], carried: string | null): number | null {
  const m = INLINE_USE_CASE.exec(text);
  if (!m) return null;
  const cue = m.index;
  const named = mentions.filter((x) => x.end <= cue + m[0].length).pop();
  // "…, making it ideal for A and B": the technology the prose is about.
  const subject = named && cue - named.end <= 40 ? named : /^\s*(?:making|makes|make)\s+(?:it|them)\b/i.test(m[0]) && carried ? { slug: carried } : null;
  if (!subject) return null;
  let listStart = cue + m[0].length;
  let list = text.slice(listStart);
  const stop = /(?:\.\s|\.$|;|\s[—–]\s|:|\s(?:because|since|where|thanks|due to|while|whereas|but)\s|\s(?:is|are)\s+(?:needed|important|required|key|essential|a priority)\b)/.exec(list);
  if (stop) list = list.slice(0, stop.index);
  const lead = /^(?:\s*(?:I\/O-intensive services|services|workloads|applications|apps|projects|things|use cases|tasks)\s+(?:like|such as)\s+)/i.exec(list);
  if (lead) {
    listStart += lead[0].length;
    list = list.slice(lead[0].length);
  }
  // "durable, replayable logs": two words joined by a comma alone describe one thing, not two uses.
  const adjectives = /^\s*[\w-]+,\s+[^,]+$/.test(list) && !/\s(?:and|or)\s/.test(list);
  const items = adjectives ? [{ text: list.trim(), index: listStart + list.indexOf(list.trim()) }] : listItems(list, listStart, /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g);
  if (!items.length || items.some((i) => i.text.split(/\s+/).length > 7)) return null;
  for (const item of items) {
    const quote = item.text.replace(/[.,]+$/, '');
    if (quote.length < 3) continue;
    d.claims.add({
      kind: 'use_case',
      technology: subject.slug,
      useCase: d.matcher.useCase(quote),
      quote,
      at: at + item.index,
      statement: `${d.matcher.technologyName(subject.slug)} is named for ${quote}.`,
      related: d.compared.relatedIn(quote, subject.slug),
    });
  }
  return cue;
}

/** In the overall advice (or a TL;DR, or a sentence opening "Pick …"), one recommendation per advising clause; true when any was drafted. */
export function recommendationClaims(d: Drafting, text: string, at: number, context: SectionContext): boolean {
  const tldr = /^(?:tl;?\s?dr|bottom line|in short|the short answer)\b/i.test(text);
  const advised = AUTHOR_ADVISES.test(text);
  const againstMixing = AGAINST_MIXING.test(text);
  const bothOrEither = BOTH_OR_EITHER.test(text);
  const told = TOLD_TO_PICK.test(text);
  // "B is the better default for most teams": advice for the usual reader, wherever it stands.
  const forMost = FOR_MOST.test(text) && /\b(?:is|are)\s+(?:the|a)\s+(?:better|safer|smarter|best|right|sensible)\s+(?:choice|pick|bet|option|default|starting point)\b/i.test(text);
  if (CALL_TO_ACTION.test(text)) return false;
  if (context.role !== 'overall' && !tldr && !advised && !againstMixing && !told && !forMost && !bothOrEither && !/^(?:pick|choose|go with|opt for|use)\s/i.test(text)) return false;
  if (!RECOMMEND.test(text) && !tldr && !againstMixing && !told && !bothOrEither && context.role !== 'overall') return false;
  let made = false;
  for (const clause of recommendationClauses(text)) {
    const mentions = d.compared.mentions(clause.text);
    const slugs = [...new Set(mentions.map((m) => m.slug))];
    if (!slugs.length) continue;
    if (!RECOMMEND.test(clause.text) && !/\bfor\b|\bif\b|\bwhen\b/i.test(clause.text) && !BOTH_OR_EITHER.test(clause.text)) continue;
    // "If A were a car, B would be a scooter", "tl;dr: A adds overhead when …": a condition alone, advising nothing.
    if (!told && !RECOMMEND.test(clause.text) && !BOTH_OR_EITHER.test(clause.text) && !ADVISING_WORD.test(clause.text) && !(mentions[0].index === 0 && /^\s+for\s/i.test(clause.text.slice(mentions[0].end)))) continue;
    // "use both", and "whether to use A or B depends on …": advice about both sides, not one.
    const both = slugs.length > 1 && /\b(?:both|together|alongside|combine|combining|hybrid|each|either|depends?\s+on|it\s+depends)\b/i.test(clause.text);
    const technology = both ? null : slugs[0];
    d.claims.add({
      kind: 'recommendation',
      technology,
      criterion: 'overall',
      quote: clause.text,
      at: at + clause.index,
      statement: asSentence(clause.text),
      related: both ? slugs : d.compared.relatedIn(clause.text, technology),
    });
    made = true;
  }
  // "Mixing both in one project works well": the hybrid advice, about both.
  // "Both store data on disk" states what the two share: the sentence's subject, not advice to use both.
  const bothAsSubject = /^(?:both|each)\b/i.test(text) && !RECOMMEND.test(text);
  if (!made && context.role === 'overall' && !bothAsSubject && !d.compared.mentions(text).length && /\b(?:both|hybrid|mix(?:ing)?|combin(?:e|ing)|together|side by side)\b/i.test(text) && /\b(?:both|each)\b/i.test(text)) {
    d.claims.add({ kind: 'recommendation', technology: null, criterion: 'overall', quote: text, at, statement: asSentence(text), related: d.compared.slugs });
    made = true;
  }
  // "Pick the one your team knows best": advice about both, naming neither.
  // "Do not use both in one team": advice about both, against mixing them.
  // "Used together, they cover …", "You can choose either one or both": advice about both.
  if (!made && (againstMixing || bothOrEither || /^(?:pick|choose|go with|use|start with|stick with)\s+(?:the one|whichever|what(?:ever)?)\b/i.test(text))) {
    d.claims.add({ kind: 'recommendation', technology: null, criterion: 'overall', quote: text, at, statement: asSentence(text), related: d.compared.slugs });
    made = true;
  }
  return made;
}

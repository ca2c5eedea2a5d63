import type { ReaderBlock } from '../reader/reader-text.js';
import type { Drafting } from './drafting.js';
import { comparativeVerdict, leadingComparative } from './comparative-verdicts.js';
import { paragraphClaims } from './paragraph-claims.js';
import { polarityOf } from './sentence-claims.js';
import type { SectionContext } from './section-context.js';
import { asSentence, proConStatement } from './statement-wording.js';
import { sentences } from './text-segments.js';
import { draftVerdict } from './verdict-claims.js';

/** An item worded as the reader's situation: "If your team …", "When you need …", "Need queues larger than …". */
const READER_SITUATION = /^(?:(?:if|when|whenever)\s+(?:you|your)\b|(?:you\s+)?(?:need|want|require|have to|must)\s)/i;

/** A lead-in favouring its side: "Where A is better:", "Pick A when", "A shines here". */
const FAVOURS = /\b(?:better|best|prefer\w*|choose|choosing|pick|wins?|shines?|suits?|consider)\b/i;

/**
 * A list item in its section's context: a ✅/❌ or pros/cons item is an advantage or drawback, an
 * item under "Choose X when" a use case, a bare library name a fact; anything else is read as prose.
 */
export function listItemClaims(d: Drafting, block: ReaderBlock, context: SectionContext): void {
  const marker = /^([✅✔✓☑👍+]|[❌✗✘✖👎−])\uFE0F?\s*/u.exec(block.text);
  const text = marker ? block.text.slice(marker[0].length).trim() : block.text;
  const start = block.start + (marker ? block.text.indexOf(text) : 0);
  const polarity = marker ? (/[✅✔✓☑👍+]/u.test(marker[1]) ? 'pro' : 'con') : null;
  const technology = context.technology ?? d.compared.onlyOneIn(text);
  if (!text || text.length < 3) return;
  // "- PostgreSQL" under "Python", "- TensorFlow" after "Python dominates because of its ecosystem:": a library a side lists is a fact.
  const named = d.matcher.findTechnologies(text);
  const bare = text.replace(/[.,;]+$/, '');
  if (technology && !polarity && named.length === 1 && named[0].index === 0 && named[0].end >= bare.length && !d.compared.includes(named[0].slug) && context.role !== 'cons' && context.role !== 'use-case') {
    d.claims.add({ kind: 'fact', technology, quote: bare, at: start, statement: `${d.matcher.technologyName(technology)} lists ${bare}${context.label ? ` (${context.label})` : ''}.`, related: [named[0].slug] });
    return;
  }
  // "Reasons to choose X: - If your application already runs on Y": an item worded as the reader's
  // situation is a use case of the side the section favours, not an advantage.
  const favoured = context.role === 'pros' || ((context.role === 'plain' || context.role === 'list') && FAVOURS.test(context.label));
  const situation = favoured && !polarity && context.technology && READER_SITUATION.test(text);
  if ((context.role === 'pros' || context.role === 'cons' || context.role === 'proscons' || polarity) && technology && !situation) {
    const kind = polarity ?? (context.role === 'cons' ? 'con' : context.role === 'pros' ? 'pro' : null);
    if (kind) {
      const name = d.matcher.technologyName(technology);
      comparedSentences(d, text, start, technology);
      d.claims.add({ kind, technology, quote: text, at: start, statement: proConStatement(kind, name, text), related: d.compared.relatedIn(text, technology) });
      return;
    }
  }
  if (context.role === 'list' && context.technology && !situation) {
    // "Where A is better: - Richer query language": an item opening with a comparative is the lead-in's side winning on it.
    const leading = FAVOURS.test(context.label) && d.compared.includes(context.technology) ? leadingComparative(text) : null;
    if (leading?.praises) {
      const criterion = leading.about ? (d.matcher.existingCriterion(leading.about) ?? d.matcher.criterion(leading.about)) : 'overall';
      draftVerdict(d, { outcome: 'win', winner: d.matcher.technologyName(context.technology) }, criterion, text, start, `${d.matcher.technologyName(context.technology)}: ${text}`);
      return;
    }
    // "A had the higher score;": a short item comparing the sides is prose, not a listed fact.
    const comparing = d.compared.mentions(text).length > 0 && comparativeVerdict(text, { mentions: d.compared.mentions(text), carried: context.technology, pair: d.compared.slugs });
    if (text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text) && !comparing) {
      const name = d.matcher.technologyName(context.technology);
      const listed = d.matcher.findTechnologies(text).map((m) => m.slug).filter((s) => s !== context.technology);
      d.claims.add({ kind: 'fact', technology: context.technology, quote: text, at: start, statement: `${context.label} (${name}): ${asSentence(text)}`, related: listed.length ? listed : undefined });
      return;
    }
    return paragraphClaims(d, block, { ...context, role: 'plain' });
  }
  // "- A: small teams, internal tools" under "Which teams each suits": the label names the side.
  const labelled = context.role === 'use-case' && !context.technology ? /^([^:]{1,40}):\s+\S/.exec(text) : null;
  const labelSide = labelled ? d.compared.mentions(labelled[1]) : [];
  if (labelled && labelSide.length === 1 && labelSide[0].index === 0 && labelSide[0].end === labelled[1].length) {
    const technology = labelSide[0].slug;
    // "- A: large enterprises on Windows. If you already run X, A is the obvious choice.": each sentence
    // is a situation the label's side suits (the first with its label), unless it names only the other side.
    for (const [n, sentence] of sentences(text).entries()) {
      const others = d.compared.mentions(sentence.text).filter((m) => m.slug !== technology);
      if (n > 0 && others.length && !d.compared.mentions(sentence.text).some((m) => m.slug === technology)) continue;
      const situation = n === 0 ? sentence.text.slice(labelled[0].length - 1).trim() : sentence.text;
      d.claims.add({ kind: 'use_case', technology, useCase: d.matcher.useCase(situation), quote: sentence.text, at: start + sentence.index, statement: asSentence(sentence.text), related: d.compared.relatedIn(sentence.text, technology) });
    }
    return;
  }
  // "Choose A when you need: - Forms apps: they are only available on A, B cannot run them": an item
  // that is prose stating a drawback is read as prose (its drawbacks, of the side each names).
  if (context.role === 'use-case' && !READER_SITUATION.test(text) && /[.!?]$/.test(text) && text.split(/\s+/).length >= 8 && polarityOf(text, d.matcher.neutral) === 'con') {
    return paragraphClaims(d, block, { ...context, role: 'plain' });
  }
  if ((context.role === 'use-case' || situation) && context.technology) {
    // "- B powers the analytics side" under a heading on A: the item's own subject, when it names only the other side.
    const sides = d.compared.mentions(text);
    const technology = sides[0]?.index === 0 && sides.every((m) => m.slug === sides[0].slug) ? sides[0].slug : context.technology;
    d.claims.add({
      kind: 'use_case',
      technology,
      useCase: d.matcher.useCase(text),
      quote: text,
      at: start,
      statement: `${context.label}: ${asSentence(text)}`,
      related: d.compared.relatedIn(text, technology),
    });
    return;
  }
  paragraphClaims(d, block, context);
}

/**
 * "+ Builds run twice as fast as on B": a sentence of a pros or cons item comparing both sides is
 * also a verdict (the item stays the advantage or drawback it is listed as).
 */
function comparedSentences(d: Drafting, text: string, start: number, technology: string): void {
  for (const sentence of sentences(text)) {
    const mentions = d.compared.mentions(sentence.text);
    if (new Set(mentions.map((m) => m.slug)).size < 2) continue;
    const compared = comparativeVerdict(sentence.text, { mentions, carried: technology, pair: d.compared.slugs });
    if (!compared) continue;
    const criterion = compared.about ? (d.matcher.existingCriterion(compared.about) ?? d.matcher.criterion(compared.about)) : 'overall';
    draftVerdict(d, { outcome: 'win', winner: d.matcher.technologyName(compared.winner) }, criterion, sentence.text, start + sentence.index, sentence.text);
  }
}

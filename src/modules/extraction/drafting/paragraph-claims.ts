import type { ReaderBlock } from '../reader/reader-text.js';
import { parseVerdictSentence } from './verdict-phrases.js';
import { AUTHOR_ADVISES, BOTH_OR_EITHER, FOR_MOST, inlineUseCases, leadingUseCase, picksByUse, recommendationClaims } from './advice-claims.js';
import { clauseClaims } from './clause-claims.js';
import { clauseSubject } from './clause-subject.js';
import { comparativeVerdict, evenComparison } from './comparative-verdicts.js';
import type { Drafting } from './drafting.js';
import { scenarioSentence } from './scenario-claims.js';
import type { SectionContext } from './section-context.js';
import { sentences } from './text-segments.js';
import { draftVerdict } from './verdict-claims.js';
import { useCaseSentence } from './use-case-sentences.js';

/** Advice proper: the reader told what to do, the author recommending, one side called the better or default pick. */
const ADVISES = /^(?:\S+\s*,\s*)?(?:then\s+)?(?:pick|choose|go with|opt for|use|start with|stick with|consider|avoid|don['’]t|do not)\b|\b(?:recommend\w*|advi[cs]e|suggest)\b|\b(?:better|safer|best|smarter|stronger|wiser|first|top)\s+(?:choice|pick|bet|option|default|alternative)|\bfor most\b|\b(?:both|either)\b|\bthe way to go\b/i;

/**
 * A paragraph, sentence by sentence: a verdict, a one-sentence scenario, a recommendation (with its
 * leading use), or else its clauses. `previous` is the technology the text was just about.
 */
export function paragraphClaims(d: Drafting, block: ReaderBlock, outer: SectionContext, previous: string | null = null): void {
  // A TL;DR or bottom-line paragraph is overall advice throughout, wherever it stands.
  const context: SectionContext = /^(?:tl;?\s?dr|bottom line|in short|the short answer|our verdict|verdict)\b/i.test(block.text) ? { ...outer, role: 'overall', criterion: 'overall' } : outer;
  // The technology the prose is about: "It", "Its", or a sentence naming none refers back to it.
  // A paragraph opening with "Its …" or "It …" continues the technology the text was just about.
  let subject: string | null = outer.technology ?? (/^(?:it|its|it['’]s)\b/i.test(block.text) ? previous : null);
  if (context.role === 'overall' && picksByUse(d, block)) return;
  // The sides the sentence before named, in order: "the former" and "the latter" pick from them.
  let named: string[] = [];
  for (const whole of sentences(block.text)) {
    const namedBefore = named;
    const inSentence = [...new Set(d.compared.mentions(whole.text).map((m) => m.slug))];
    if (inSentence.length >= 2) named = inSentence;
    // "Learning curve: React is easier …": the label names the criterion, the sentence after it is the claim.
    const label = /^([A-Z][\w/&-]*(?:\s+[\w/&-]+){0,3}):\s+(?=\S)/.exec(whole.text);
    // ("Many teams use both: A for X, B for Y" is advice, not a label.)
    const labelled = label && !d.compared.mentions(label[1]).length && !BOTH_OR_EITHER.test(label[0]) && d.compared.mentions(whole.text.slice(label[0].length)).length;
    const text = labelled ? whole.text.slice(label[0].length) : whole.text;
    const index = labelled ? whole.index + label[0].length : whole.index;
    const at = block.start + index;
    const mentions = d.compared.mentions(text);
    // A sentence naming no side compares what its subject is: the carried side, unless the subject is
    // another technology, the author or the page ("ASP.NET Core outperforms ASP.NET by far").
    const comparedSubject = mentions.length ? subject : clauseSubject(text, subject, d.compared, d.properNames).technology;
    const verdict = parseVerdictSentence(text, mentions);
    // In the overall advice, "X is the better choice for Y" recommends; in a section on one criterion it judges it.
    // "B is the better default for most teams" advises wherever it stands.
    // "My recommendation is that B is the superior choice": the author advising, not a judgement on one criterion.
    const thanOther = mentions.some((m) => /\bthan\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index)));
    const advice = (context.role === 'overall' && /\bis\s+the\s+(?:better|stronger|superior|smarter)\s+(?:choice|option|pick|bet)\b/i.test(text)) || (!thanOther && ((FOR_MOST.test(text) && /\bis\s+the\s+(?:better|safer|smarter)\s+(?:choice|option|pick|bet|default)\b/i.test(text)) || AUTHOR_ADVISES.test(text)));
    if (verdict && !advice && (verdict.outcome !== 'win' || d.compared.includesName(verdict.winner!))) {
      // The section's criterion when it has one ("## Throughput" … "Kafka wins on throughput"), else the sentence's own words.
      const named = verdict.about ? d.matcher.existingCriterion(verdict.about) : null;
      // "X is easier to learn" under a heading naming no criterion: what the comparative compares names it.
      const compared = verdict.outcome === 'win' && !verdict.about && !context.criterion && context.role !== 'overall' ? comparativeVerdict(text, { mentions, carried: comparedSubject, pair: d.compared.slugs })?.about : null;
      const criterion = named ?? (context.role === 'overall' ? 'overall' : (context.criterion ?? (verdict.about ? d.matcher.criterion(verdict.about) : compared ? (d.matcher.existingCriterion(compared) ?? d.matcher.criterion(compared)) : 'overall')));
      draftVerdict(d, verdict, criterion, text, at, text);
      if (verdict.outcome === 'win') subject = d.matcher.resolveTechnology(verdict.winner!) ?? subject;
      // "If you need X, B may be a better choice": a win that names no loser is also the situation B suits.
      // "Both A and B are designed for …" (a tie): what the two are made for is a use case of each.
      if ((verdict.outcome === 'win' || verdict.outcome === 'tie') && !context.reason && !/\bthan\b/i.test(text)) useCaseSentence(d, text, at, mentions, subject);
      continue;
    }
    // "X's data model is almost identical to Y's", "Neither X nor Y supports …": a tie, or neither.
    const even = verdict || advice ? null : evenComparison(text, mentions, d.compared.slugs);
    if (even) {
      draftVerdict(d, { outcome: even }, context.criterion ?? 'overall', text, at, text);
      subject = clauseClaims(d, text, at, context, subject, null);
      continue;
    }
    // Ordinary comparative prose: "X handles concurrency better than Y", "X is not as flexible as Y".
    const comparative = verdict || advice ? null : comparativeVerdict(text, { mentions, carried: comparedSubject, pair: d.compared.slugs });
    if (comparative) {
      // What is compared names the criterion; a comparison naming none is overall, whatever the heading says.
      const criterion = comparative.about ? (d.matcher.existingCriterion(comparative.about) ?? d.matcher.criterion(comparative.about)) : 'overall';
      draftVerdict(d, { outcome: 'win', winner: d.matcher.technologyName(comparative.winner) }, criterion, text, at, text);
      // "…, so it is better suited for keyed data": with no loser named, the situation the winner suits.
      if (!context.reason && !/\bthan\b/i.test(text) && useCaseSentence(d, text, at, mentions, subject)) continue;
      // The sentence may also state an advantage or drawback of its subject ("X is slower than Y for I/O").
      subject = clauseClaims(d, text, at, context, subject, null);
      continue;
    }
    const useCases = inlineUseCases(d, text, at, mentions, subject);
    if (scenarioSentence(d, text, at)) {
      subject = mentions[mentions.length - 1]?.slug ?? subject;
      continue;
    }
    // In the overall advice, "If you run X, B is a good choice" and "A is suitable for Y" name the
    // situation a side suits (use cases); advice proper tells the reader what to do or which is better.
    if (context.role === 'overall' && useCases === null && !ADVISES.test(text) && useCaseSentence(d, text, at, mentions, subject)) {
      subject = mentions[0]?.index === 0 ? mentions[0].slug : subject;
      continue;
    }
    if (recommendationClaims(d, text, at, context)) {
      subject = mentions[0]?.slug ?? subject;
      leadingUseCase(d, text, at, mentions);
      continue;
    }
    // "If your team already runs X, B is the natural fit", "A specializes in …": the sentence is the use case.
    if (useCases === null && !context.reason && useCaseSentence(d, text, at, mentions, subject)) {
      subject = mentions[0]?.index === 0 ? mentions[0].slug : subject;
      continue;
    }
    subject = clauseClaims(d, text, at, context, subject, useCases, namedBefore);
  }
}

import type { ReaderBlock } from '../reader/reader-text.js';
import type { Drafting } from './drafting.js';
import { asSentence } from './statement-wording.js';
import { sentences } from './text-segments.js';
import { draftVerdict } from './verdict-claims.js';

/** A question and its answer; a comparative question answered "Yes" is also a verdict. */
export function faqClaim(d: Drafting, question: ReaderBlock, answer: ReaderBlock): void {
  const q = question.text.replace(/\s*\+$/, '').trim();
  const inQuestion = [...new Set(d.compared.mentions(q).map((m) => m.slug))];
  // A question naming neither technology is about the one its answer names.
  const first = sentences(answer.text)[0]?.text ?? answer.text;
  // "Is X faster than Y?" — "Yes, X is built on …": the answer takes a side, and names it first.
  const taken = [...new Set(d.compared.mentions(first).filter((m) => m.index <= 12).map((m) => m.slug))];
  const sided = inQuestion.length > 1 && /^(?:yes|no|absolutely|definitely|not really)\b/i.test(first) && taken.length === 1 ? taken : null;
  const slugs = sided ?? (inQuestion.length ? inQuestion : [...new Set(d.compared.mentions(answer.text).map((m) => m.slug))].slice(0, 1));
  const comparative = /^(?:is|are|does|do)\s+(.+?)\s+(?:\w+\s+)?(faster|better|easier|safer|cheaper|more\s+\w+)\s+(?:\w+\s+){0,3}?than\s+(.+?)\??$/i.exec(q);
  if (comparative && /^(?:yes|absolutely|definitely)\b/i.test(first)) {
    const side = d.compared.mentions(comparative[1]);
    if (side.length === 1 && d.compared.mentions(comparative[3]).some((m) => m.slug !== side[0].slug)) {
      const criterion = /faster|quicker/i.test(comparative[2]) ? 'performance' : 'overall';
      draftVerdict(d, { outcome: 'win', winner: side[0].name }, criterion, answer.text, answer.start, `${d.matcher.technologyName(side[0].slug)} is ${comparative[2].toLowerCase()}: ${first}`);
    }
  }
  d.claims.add({
    kind: 'faq',
    technology: slugs.length === 1 ? slugs[0] : null,
    quote: answer.text,
    at: answer.start,
    question: q,
    answer: answer.text.slice(0, 4000),
    statement: asSentence(first),
    related: slugs.length > 1 ? slugs : undefined,
    keyHint: q,
  });
}

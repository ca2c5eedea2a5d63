import type { TechnologyMention } from '../taxonomy-matcher.js';
import type { Drafting } from './drafting.js';
import { asSentence } from './statement-wording.js';

/**
 * Use cases as plain prose words them: a situation the reader may be in, then the side that suits
 * it ("If your team already runs X, B is the natural fit", "A is the best candidate if you …"),
 * what a side is made for ("A specializes in …", "B is designed to …", "A suits small services
 * well", "B is the usual pick for large codebases"), and who reaches for it ("teams may opt for B
 * when …", "data engineers gravitate towards A"). The whole sentence is the quote: the situation
 * and the pick stand together.
 */

/** A condition about the reader or their project, up to the comma before the main clause. */
const CONDITION = /^(?:(?:however|so|clearly|also|then|thus|on the other hand|in short|in general)\s*,?\s+)*(?:if|when|whenever|should)\s+(?:you|your|the|a|an|our|teams?|developers?|companies?|organi[sz]ations?|ERP|[a-z]+\s+(?:is|are)\b)[^,]{3,220},\s+/i;

/** A main clause that hands the situation to one side. */
const SUITS_MAIN = /\b(?:is|are|becomes?|might be|may be|would be|will be|could be)\s+(?:probably\s+|likely\s+|often\s+|usually\s+|also\s+|still\s+)?(?:the|an?|your)\s+(?:\w+\s+){0,2}?(?:choice|candidate|option|fit|pick|platform|tool|solution|way to go|alternatives?)\b|\b(?:is|are)\s+(?:well[- ]suited|suitable|suited|ideal|a (?:good|great|natural) fit)\b|\b(?:gravitate|lean|turn)\s+(?:towards?|to)\b|\b(?:opt|go)\s+(?:for|with)\b|\b(?:use|choose|pick|consider|prefer)\b/i;

/** A side named, then what it is made for or suits. */
const MADE_FOR = /^\s*(?:(?:also|primarily|mainly|really)\s+)?(?:specializes?\s+in|(?:is|are)\s+(?:primarily\s+|mainly\s+|specifically\s+)?(?:designed|built|intended|meant)\s+(?:to|for)|(?:is|are)\s+(?:commonly|typically|often|usually|mostly|widely)\s+used\s+(?:to|for)|(?:is|are)\s+an?\s+(?:efficient|good|great|easy|simple|excellent|ideal)\s+(?:way|tool|choice|fit)\s+(?:to|for)|suits?\b|(?:is|are)\s+(?:well[- ])?suited\s+(?:to|for)|(?:is|are)\s+suitable\s+for|(?:is|are)\s+(?:a|the)\s+(?:usual|default|natural|go-to|common|obvious)\s+(?:pick|choice|option)\s+for|(?:is|are)\s+(?:the\s+)?best\s+candidates?\b)/i;

/** People reaching for a side: "developers lean towards A", "teams may opt for B when …". */
const REACH_FOR = /\b(?:people|users|engineers|developers|teams|managers|companies|organi[sz]ations|enthusiasts|staff|professionals|administrators|admins|shops|startups|enterprises)\b[^,.;]{0,40}?\b(?:gravitate|lean|turn)\s+(?:towards?|to)\s+$|\b(?:people|users|engineers|developers|teams|managers|companies|organi[sz]ations|enthusiasts|staff|professionals|startups|enterprises)\b[^,.;]{0,40}?\b(?:opt for|go with|prefer|favou?r|choose|pick|work with|paired with|reach for)\s+$/i;

/**
 * Drafts the use cases one sentence states; returns whether it drafted any (the sentence then
 * needs no other reading as an advantage or fact).
 */
export function useCaseSentence(d: Drafting, text: string, at: number, mentions: TechnologyMention[], carried: string | null): boolean {
  const slugs = [...new Set(mentions.map((m) => m.slug))];
  const draft = (technology: string) =>
    d.claims.add({ kind: 'use_case', technology, useCase: d.matcher.useCase(situationOf(text)), quote: text, at, statement: asSentence(text), related: d.compared.relatedIn(text, technology) });

  // "If you lean towards Go, B is the platform for you": the side the main clause names.
  const condition = CONDITION.exec(text);
  if (condition) {
    const main = text.slice(condition[0].length);
    const inMain = [...new Set(mentions.filter((m) => m.index >= condition[0].length).map((m) => m.slug))];
    if (inMain.length === 1 && SUITS_MAIN.test(main) && !mentions.some((m) => m.index < condition[0].length && m.slug !== inMain[0])) {
      draft(inMain[0]);
      return true;
    }
  }
  // "A specializes in …", "B is the best candidate if …", "They're designed to …".
  const subject = mentions[0]?.index <= 2 ? mentions[0] : null;
  const afterSubject = subject ? text.slice(subject.end) : /^(?:it|they|this|these)(?:['’](?:s|re))?\b/i.exec(text) ? text.replace(/^\S+/, '') : null;
  const who = subject?.slug ?? carried;
  if (afterSubject !== null && who && MADE_FOR.test(afterSubject.replace(/^['’](?:s|re)\b/, (m) => (m.endsWith('re') ? ' are' : ' is')))) {
    if (slugs.every((s) => s === who)) {
      draft(who);
      return true;
    }
  }
  // "Developers lean towards A, engineers gravitate towards B": one use case per side so reached for.
  let made = false;
  for (const m of mentions) {
    if (REACH_FOR.test(text.slice(Math.max(0, m.index - 80), m.index).split(/[,;]/).pop() ?? '')) {
      draft(m.slug);
      made = true;
    }
  }
  return made;
}

/** The situation a use-case sentence names: its condition, else the sentence. */
function situationOf(text: string): string {
  const condition = CONDITION.exec(text);
  const words = (condition ? condition[0] : text).replace(/^(?:\W*\w+\s*,?\s+)?(?:if|when|whenever)\s+/i, '').replace(/[,.\s]+$/, '');
  return words.split(/\s+/).slice(0, 10).join(' ');
}

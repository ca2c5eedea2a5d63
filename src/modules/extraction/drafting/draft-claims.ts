import type { DraftClaim } from '../extraction.types.js';
import type { ReaderBlock, ReaderDocument } from '../reader/reader-text.js';
import { escapeRegExp } from '../../../common/text/escape-regexp.js';
import { cleanLabel, type TaxonomyMatcher } from '../taxonomy-matcher.js';
import { ClaimCollector } from './claim-collector.js';
import { ProperNames } from './clause-subject.js';
import { ComparedTechnologies, ownProductOf } from './compared-technologies.js';
import { technologyFor, titledOwnProduct, titleSides } from './compared-pair.js';
import type { Drafting } from './drafting.js';
import { faqClaim } from './faq-claims.js';
import { gluedTables } from './glued-tables.js';
import { listItemClaims } from './list-item-claims.js';
import { sideBySideValues } from './side-by-side-values.js';
import { paragraphClaims } from './paragraph-claims.js';
import { recommendedLine, scenarioBlocks, SCENARIO_HEADING } from './scenario-claims.js';
import { sectionContextOf, type SectionContext } from './section-context.js';
import { asSentence } from './statement-wording.js';
import { tableClaims } from './table-claims.js';
import { headingVerdict, labelledVerdict, WINNER_LABEL } from './verdict-claims.js';

/** A question, with or without an accordion's trailing "+". */
const QUESTION_LINE = /\?\s*\+?$/;

/** Lines that are page furniture even when the page had no markup saying so (plain text); the classifier's candidates skip them too. */
export const BOILERPLATE_LINE = /^(?:share(?: this| on)?\b|tweet\b|subscribe\b|sign up\b|book a\b|need help\b|contact us\b|read more\b|related\b|next step\b|©|copyright\b|all rights reserved|we use cookies|this site uses cookies|accept(?: all)? cookies|follow us\b|get started\b|download\b|join (?:our|the) newsletter|back to top|leave a comment|skip to\b|menu\b|home\s*[›>/|]|\d+\s*min(?:ute)?s? read|posted in\b|tags?:|filed under\b|i'?ve built\b|ready to\b|let'?s talk\b|talk to\b|schedule a\b|try .{1,30} (?:free|today)\b|start your free\b|want (?:help|expert)\b|hire\b|was this (?:article|helpful))/i;

/**
 * Drafts the claims of an article section by section: headings and lead-in lines give sections
 * (pros, cons, use cases, FAQ, overall advice, scenarios), tables ratings and verdicts, list items
 * pros, cons, use cases and facts, and prose is read sentence by sentence and clause by clause.
 */
export function draftClaims(document: ReaderDocument, matcher: TaxonomyMatcher, compared: string[]): DraftClaim[] {
  const articlePair = new ComparedTechnologies(matcher, compared, lowerCaseSides(document, matcher, compared));
  const title = document.metadata.title ?? document.blocks.find((b) => b.type === 'heading')?.text ?? '';
  articlePair.ownProduct = ownProductOf(document.metadata, compared, matcher) ?? titledOwnProduct(title, compared, matcher);
  const d: Drafting = {
    document,
    matcher,
    compared: articlePair,
    properNames: new ProperNames(document.body),
    claims: new ClaimCollector(document.body),
  };
  const blocks = gluedTables(d, document.blocks);
  // Sections headed "A vs B" under the article's pair, innermost last.
  const pairs: SectionPair[] = [];
  const stack: { level: number; context: SectionContext }[] = [];
  const top = (): SectionContext => stack[stack.length - 1]?.context ?? { role: 'plain', technology: null, label: '', criterion: null };
  let leadIn: { context: SectionContext; group: number | undefined } | null = null;
  let question: ReaderBlock | null = null;
  let answered = false;
  let tableRows: ReaderBlock[] = [];
  // "It performs well for:" refers to the technology the previous paragraph was about.
  let lastTechnology: string | null = null;
  // A "Winner" line on its own: the next line names the winner.
  let winnerLabel = false;
  const flushTable = () => {
    if (tableRows.length) tableClaims(d, tableRows);
    tableRows = [];
  };

  // Inside a "Scenarios" section: title lines each followed by the pick ("Node.js") and its reason.
  let scenarioMode = false;
  const picks = new Map<number, string>();
  blocks.forEach((block, i) => {
    if (block.type !== 'row') flushTable();
    const picked = picks.get(i);
    if (picked === '') return;
    if (block.type === 'heading' || (block.type === 'paragraph' && scenarioMode)) {
      if (block.type === 'heading' && SCENARIO_HEADING.test(block.text)) scenarioMode = true;
      else if (scenarioMode) {
        if (recommendedLine(d, block)) return;
        const scenario = scenarioBlocks(d, blocks, i);
        if (scenario) {
          picks.set(i + 1, '');
          if (scenario.reason) picks.set(i + 2, scenario.technology);
          return;
        }
        if (block.type === 'heading') scenarioMode = false;
      }
    }
    const labelled = winnerLabel && (block.type === 'paragraph' || block.type === 'item');
    winnerLabel = WINNER_LABEL.test(block.text.trim());
    if (winnerLabel && block.type !== 'heading') return;
    if (labelled) {
      const consumed = labelledVerdict(d, block, top());
      if (consumed) {
        const rest = block.text.slice(consumed);
        const restText = rest.trimStart();
        if (restText) paragraphClaims(d, { ...block, text: restText, start: block.start + consumed + (rest.length - restText.length) }, top());
        return;
      }
    }
    if (block.type === 'heading') {
      question = null;
      leadIn = null;
      const level = block.level ?? 2;
      d.compared = sectionPair(d, block, level, articlePair, pairs);
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      const parent = top();
      const context = sectionContextOf(d, block.text, parent, level, block.generic === true);
      stack.push({ level, context });
      lastTechnology = context.technology;
      if (context.role === 'boilerplate' || level === 1) return;
      // A question as a heading in (or as) a FAQ section; under a FAQ it stays in the FAQ's context.
      if ((context.role === 'faq' || parent.role === 'faq') && QUESTION_LINE.test(block.text)) {
        if (context.role !== 'faq') stack[stack.length - 1].context = { ...parent };
        question = block;
        answered = false;
        return;
      }
      headingVerdict(d, block, context);
      return;
    }
    const section = top();
    if (section.role === 'boilerplate' || stack.some((s) => s.context.role === 'boilerplate')) return;
    if (block.type === 'code') return;
    if (BOILERPLATE_LINE.test(block.text.replace(/^[-*•]\s*/, ''))) return;
    if (block.type === 'row') {
      tableRows.push(block);
      return;
    }
    // FAQ: a question line, then its answer.
    if (section.role === 'faq' && block.type === 'paragraph' && QUESTION_LINE.test(block.text)) {
      question = block;
      answered = false;
      return;
    }
    if (question && !answered && block.type === 'paragraph') {
      faqClaim(d, question, block);
      answered = true;
      return;
    }
    if (question && answered && section.role === 'faq') return;
    // A lead-in line ("Choose Django when:", "Pros:") gives the list after it its role.
    const beforeList = blocks[i + 1]?.type === 'item' && block.text.length <= 60 && !/[.!?]$/.test(block.text);
    // "* A is designed for cases such as:" over nested items: a list item may lead in a list too.
    const nestedLeadIn = block.type === 'item' && /:\s*$/.test(block.text) && blocks[i + 1]?.type === 'item' && blocks[i + 1].group !== block.group && block.text.length <= 120;
    if (nestedLeadIn) {
      const context = sectionContextOf(d, block.text.replace(/:\s*$/, ''), { ...section, technology: section.technology ?? lastTechnology }, 7);
      if (context.role === 'use-case') {
        leadIn = { context, group: blocks[i + 1]?.group };
        return;
      }
    }
    if (block.type === 'paragraph' && (/:\s*$/.test(block.text) || beforeList) && block.text.length <= 120) {
      const context = sectionContextOf(d, block.text.replace(/:\s*$/, ''), { ...section, technology: section.technology ?? lastTechnology }, 7);
      if (context.role !== 'plain' && context.role !== 'overall') {
        leadIn = { context, group: blocks[i + 1]?.group };
        // "Choose Python if you're building:" advises one side before listing where.
        const advised = /^(?:choose|pick|go with|opt for|use)\s.*\bif\s/i.test(block.text) && context.role === 'use-case' ? d.compared.mentions(block.text)[0] : null;
        if (advised && advised.index <= 12) d.claims.add({ kind: 'recommendation', technology: advised.slug, criterion: 'overall', quote: block.text.replace(/:\s*$/, ''), at: block.start, statement: asSentence(block.text.replace(/:\s*$/, '')) });
        return;
      }
      // A line that only names one side ("Falcon", a definition list's term) gives the list after it that side.
      const named = d.compared.mentions(block.text);
      if (blocks[i + 1]?.type === 'item' && !/:\s*$/.test(block.text) && named.length === 1 && named[0].index === 0 && block.text.replace(/[.\s]+$/, '').length === named[0].end) {
        leadIn = { context: { ...section, technology: named[0].slug }, group: blocks[i + 1]?.group };
        lastTechnology = named[0].slug;
        return;
      }
      // "Popular Python frameworks:", "companies like:": each short item after it is a fact about the technology.
      const technology = d.compared.onlyOneIn(block.text) ?? lastTechnology ?? section.technology;
      if (/:\s*$/.test(block.text) && technology && blocks[i + 1]?.type === 'item') {
        leadIn = { context: { role: 'list', technology, label: cleanLabel(block.text), criterion: section.criterion }, group: blocks[i + 1]?.group };
        // A line that only introduces the list ("Where Heron is better:") is no claim: its items are.
        // Sentences before it in the same paragraph still are ("Heron was rewritten in 2020. It offers:").
        if (/[.!?]\s/.test(block.text)) paragraphClaims(d, block, section);
        lastTechnology = technology;
        return;
      }
    }
    const activeLeadIn = leadIn && block.type === 'item' && block.group === leadIn.group ? leadIn.context : null;
    if (leadIn && block.type !== 'item') leadIn = null;
    const context = activeLeadIn ?? section;
    // "Largest message: Falcon 2 MB / Heron 64 MB": a table row written out.
    if ((block.type === 'item' || block.type === 'paragraph') && sideBySideValues(d, block)) return;
    if (block.type === 'item') return listItemClaims(d, block, context);
    if (recommendedLine(d, block)) return;
    paragraphClaims(d, block, picked ? { ...context, technology: picked, reason: true } : context, lastTechnology);
    lastTechnology = d.compared.onlyOneIn(block.text) ?? lastTechnology;
  });
  flushTable();
  return d.claims.drafted;
}

/**
 * The sides the article writes in lower case ("ethernet vs bluetooth", "yarn install"), by the name
 * as written, with their slugs: named so in the title, or at least three times in the body.
 */
function lowerCaseSides(document: ReaderDocument, matcher: TaxonomyMatcher, compared: string[]): Map<string, string> {
  const title = document.metadata.title ?? document.blocks.find((b) => b.type === 'heading' || b.type === 'paragraph')?.text ?? '';
  const out = new Map<string, string>();
  // Two-letter words ("go", "r") are too often ordinary words to match in any case.
  const nameLike = (name: string) => /^(?=.*\p{L})[\p{L}\p{N}][\p{L}\p{N} .+#-]{2,}$/u.test(name);
  for (const side of titleSides(title) ?? []) {
    const slug = matcher.resolveTechnology(side);
    if (side === side.toLowerCase() && nameLike(side) && slug && compared.includes(slug)) out.set(side, slug);
  }
  for (const slug of compared) {
    const lower = matcher.technologyName(slug).toLowerCase();
    if (out.has(lower) || !nameLike(lower)) continue;
    const uses = document.body.match(new RegExp(`(?<![\\p{L}\\p{N}_.])${escapeRegExp(lower)}(?![\\p{L}\\p{N}_])`, 'gu'))?.length ?? 0;
    if (uses >= 3) out.set(lower, slug);
  }
  return out;
}

interface SectionPair {
  level: number;
  compared: ComparedTechnologies;
}

/**
 * The pair a heading's section compares: an article comparing one tool with several ("## Prometheus
 * vs. InfluxDB", "## Prometheus vs. Nagios") credits each section's claims to that section's pair;
 * a heading at the same or a higher level ends it. A side the article pair already names ("Ignite"
 * for "Apache Ignite") stays that technology.
 */
function sectionPair(d: Drafting, block: ReaderBlock, level: number, article: ComparedTechnologies, pairs: SectionPair[]): ComparedTechnologies {
  const articlePair = article.slugs;
  while (pairs.length && pairs[pairs.length - 1].level >= level) pairs.pop();
  const sides = level > 1 ? titleSides(block.text) : null;
  if (sides && sides.length >= 2) {
    const ours = (side: string) => articlePair.find((slug) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(side)}(?![\\p{L}\\p{N}])`, 'iu').test(d.matcher.technologyName(slug)));
    // "Open Source vs. Closed Source" compares no technologies: a side that is no known one is proposed only when it reads as a name.
    const name = (side: string) => d.matcher.resolveTechnology(side) !== null || !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(side.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(d.document.body);
    const slugs = [...new Set(sides.map((side) => ours(side) ?? (name(side) ? technologyFor(side, d.document.body, d.matcher) : null)).filter((s): s is string => !!s))];
    // A section on two of the several an article compares ("Comparison to alternatives") compares those two.
    const narrower = articlePair.length > slugs.length;
    if (slugs.length >= 2 && slugs.some((s) => articlePair.includes(s)) && (narrower || slugs.some((s) => !articlePair.includes(s)))) {
      const pair = new ComparedTechnologies(d.matcher, slugs);
      pair.ownProduct = article.ownProduct && slugs.includes(article.ownProduct) ? article.ownProduct : null;
      pairs.push({ level, compared: pair });
    }
  }
  return pairs[pairs.length - 1]?.compared ?? article;
}

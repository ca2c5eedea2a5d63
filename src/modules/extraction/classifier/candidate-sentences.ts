import type { DraftClaim } from '../extraction.types.js';
import type { ReaderBlock } from '../reader/reader-text.js';
import { ClaimCollector } from '../drafting/claim-collector.js';
import { clauseSubject, ProperNames } from '../drafting/clause-subject.js';
import { ComparedTechnologies } from '../drafting/compared-technologies.js';
import { BOILERPLATE_LINE } from '../drafting/draft-claims.js';
import { BOILERPLATE_HEADING } from '../drafting/section-context.js';
import { asSentence, proConStatement } from '../drafting/statement-wording.js';
import { sentences } from '../drafting/text-segments.js';
import { quoteStart, type RevisionContext } from './claim-revision.js';

/**
 * Kinds a candidate may be drafted as: those whose fields are the quote and the technology alone.
 * A verdict needs a winner and an outcome, a use case its use, a rating its scale: the model may
 * say a candidate is one (so it learns what they look like) but such a candidate stays undrafted.
 */
export const CANDIDATE_KINDS = new Set<string>(['pro', 'con', 'fact', 'recommendation']);

/** The rules' kind a candidate carries into its features: it was drafted by no rule. */
export const CANDIDATE_RULE_KIND = 'candidate';

/** The article talking about itself, calls to action, link and code lines: no claim whatever the model says. */
const NOT_A_CLAIM = /\b(?:in this (?:article|guide|post|tutorial|comparison)|we['’]ll (?:explore|compare|look|cover|walk|dive)|let['’]s (?:look|dive|compare|explore|take)|click here|learn more|sign up|subscribe|read (?:more|on|the)|check out|see (?:also|below|above|the)|https?:\/\/|www\.)/i;
/** Code pasted into prose: braces, arrows, calls, shell prompts. */
const CODE_LIKE = /[{}<>]|=>|\(\)|;\s*$|^\s*\$\s|^\s*(?:import|const|let|var|def|func|fn|class|public|SELECT|docker|npm|kubectl)\s/;

/**
 * Sentences and list items the rules drafted nothing from, each a candidate claim about the one
 * compared technology it is about (the subject logic of prose drafting: the sentence's grammatical
 * subject, else the technology the text or its section was about). The classifier decides whether
 * any is a claim and of which kind; the quote is the verbatim sentence or item.
 *
 * Left out: headings, table rows and code; sections of page furniture; sentences overlapping a
 * claim the rules drafted; questions and lead-ins (ending in "?" or ":"); fewer than 3 words or
 * more than 60; the article talking about itself, calls to action, links and code.
 */
export function undraftedCandidates(context: RevisionContext, drafted: DraftClaim[]): DraftClaim[] {
  const { document, matcher, compares } = context;
  if (!compares.length) return [];
  const body = document.body;
  const taken = drafted.map((c) => {
    const at = quoteStart(body, c.quote, c.occurrence);
    return [at, at + c.quote.length] as const;
  });
  const overlapsDrafted = (start: number, end: number) => taken.some(([a, b]) => a >= 0 && a < end && start < b);
  const compared = new ComparedTechnologies(matcher, compares);
  const properNames = new ProperNames(body);
  const collector = new ClaimCollector(body);
  // The technology each open heading level is about, and whether its section is page furniture.
  const sections: { level: number; technology: string | null; furniture: boolean }[] = [];
  let carried: string | null = null;
  for (const block of [...document.blocks].sort((a, b) => a.start - b.start)) {
    if (block.type === 'heading') {
      const level = block.level ?? 2;
      while (sections.length && sections[sections.length - 1].level >= level) sections.pop();
      const parent = sections[sections.length - 1];
      const named = [...new Set(compared.mentions(block.text).map((m) => m.slug))];
      const technology = named.length === 1 ? named[0] : named.length ? null : (parent?.technology ?? null);
      sections.push({ level, technology, furniture: BOILERPLATE_HEADING.test(block.text) || !!parent?.furniture });
      carried = technology;
      continue;
    }
    const section = sections[sections.length - 1];
    if (section?.furniture || (block.type !== 'paragraph' && block.type !== 'item')) continue;
    if (BOILERPLATE_LINE.test(block.text.replace(/^[-*•]\s*/, ''))) continue;
    carried = candidatesOfBlock(block, carried ?? section?.technology ?? null);
  }
  return collector.drafted;

  function candidatesOfBlock(block: ReaderBlock, subject: string | null): string | null {
    for (const piece of sentences(block.text)) {
      const start = block.start + piece.index;
      const words = piece.text.split(/\s+/).length;
      const excluded = words < 3 || words > 60 || /[?:]\s*$/.test(piece.text) || NOT_A_CLAIM.test(piece.text) || CODE_LIKE.test(piece.text) || overlapsDrafted(start, start + piece.text.length);
      if (excluded) {
        // Not a candidate: only who the text goes on about matters, as the subject logic carries it
        // (a name standing where a subject stands), without parsing the sentence (most sentences are drafted).
        const first = compared.mentions(piece.text)[0];
        if (first && first.index <= 30) subject = first.slug;
        continue;
      }
      const about = clauseSubject(piece.text, subject, compared, properNames);
      subject = about.carried;
      if (!about.technology || about.both) continue;
      collector.add({ kind: 'fact', technology: about.technology, quote: piece.text, at: start, statement: asSentence(piece.text), related: compared.relatedIn(piece.text, about.technology) });
    }
    return subject;
  }
}

/**
 * The candidates the model is confident are claims of a kind a candidate may be: drafted as that
 * kind with its statement, keyed apart from the claims already drafted. `threshold` above 1 drafts none.
 */
export function draftedCandidates(candidates: DraftClaim[], probabilities: number[][], classes: string[], threshold: number, drafted: DraftClaim[], technologyName: (slug: string) => string): DraftClaim[] {
  const none = classes.indexOf('none');
  const keys = new Set(drafted.map((c) => c.key));
  const out: DraftClaim[] = [];
  candidates.forEach((candidate, i) => {
    const p = probabilities[i];
    let best = -1;
    for (let k = 0; k < classes.length; k++) if (k !== none && (best < 0 || p[k] > p[best])) best = k;
    const kind = classes[best] as DraftClaim['kind'];
    if (best < 0 || p[best] < threshold || !CANDIDATE_KINDS.has(kind) || !candidate.technology) return;
    const statement = kind === 'pro' || kind === 'con' ? proConStatement(kind, technologyName(candidate.technology), candidate.quote) : asSentence(candidate.quote);
    const base = `${kind}-${candidate.key.replace(/^fact-/, '')}`;
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
    keys.add(key);
    out.push({ ...candidate, key, kind, statement, ...(kind === 'recommendation' ? { criterion: 'overall' } : {}) });
  });
  return out;
}

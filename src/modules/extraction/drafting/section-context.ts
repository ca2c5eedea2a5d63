import { cleanLabel } from '../taxonomy-matcher.js';
import { parseVerdictSentence } from './verdict-phrases.js';
import type { Drafting } from './drafting.js';

/** What a section (a heading, or a lead-in line ending in ':') says its content is. */
export type SectionRole = 'pros' | 'cons' | 'proscons' | 'use-case' | 'faq' | 'overall' | 'boilerplate' | 'plain' | 'list';

/** A section as drafting reads it: what its content is, about which technology and criterion. */
export interface SectionContext {
  role: SectionRole;
  /** The technology the section is about (named in its heading), if any. */
  technology: string | null;
  /** The heading's words as a label for statements ("Choose Django when"). */
  label: string;
  /** The criterion a verdict in this section is about. */
  criterion: string | null;
  /** A scenario's reason: what it says backs the pick, as facts about it. */
  reason?: boolean;
}

/** Headings of page furniture (related posts, comments, newsletter): their sections hold no claims. */
export const BOILERPLATE_HEADING = /\b(?:related (?:posts|articles|reading|guides)|share (?:this|on)|about the author|newsletter|subscribe|comments?|leave a (?:reply|comment)|you (?:might|may) also like|table of contents|next step|get in touch|contact us|read more|sponsored|further reading|more from|popular posts|recent posts|follow us|sign up|need help)\b/i;
const OVERALL_HEADING = /\b(?:tl;?\s?dr|verdict|bottom line|conclusion|final (?:thoughts|words?|verdict|recommendation)|recommendations?|summary|which (?:one )?should you (?:choose|pick|use)|which (?:to|one to) (?:choose|pick)|takeaways?|our pick|wrapping up|the answer|so,? which)\b/i;
const FAQ_HEADING = /\b(?:faqs?|frequently asked|common questions|questions and answers|q\s?&\s?a)\b/i;
const PROS_HEADING = /\b(?:because of|reasons(?: include| why)?|thanks to|pros|advantages|strengths|benefits|upsides|where \S+(?: \S+)? shines|what \S+(?: \S+)? does well|why (?:choose|use|pick|teams choose)|(?:things|what) (?:I|we) (?:like|love|prefer|enjoy|appreciate))\b/i;
const CONS_HEADING = /\b(?:cons|disadvantages|weaknesses|drawbacks|limitations|downsides|pain points|where \S+(?: \S+)? falls short|trade-?offs|caveats|(?:things|what) (?:I|we) (?:dislike|don['’]t like|hate|miss))\b/i;
const USE_CASE_HEADING = /\b(?:performs? (?:\w+ )?well (?:for|in|at)|(?:is |are )?(?:built|designed|made|great|perfect|ideal|well[- ]suited|famous|known|best used|commonly used|widely used|popular) for|(?:choose|pick|use|using|go with|opt for|reach for|select|prefer)\s+.+?\s+(?:when|if|for)\b|when (?:to|should you) (?:choose|use|pick)|(?:is )?(?:best|ideal|great|perfect) (?:for|suited|use cases)|use cases|excels? (?:at|in)|shines (?:for|in|at)|good fit|best fit|(?:designed|built|made|intended|meant)\s+to\s+(?:support|handle|serve|address|cover)\s+[^:]{0,60}\b(?:scenarios|use cases|workloads))/i;

/**
 * The context a heading (level 1..6) or a lead-in line (level 7) opens: its role from its words,
 * its technology when it names one compared technology (else the parent's), its criterion.
 * `generic`: the reader marked the heading as naming a part of the article, not a criterion.
 */
export function sectionContextOf(d: Drafting, text: string, parent: SectionContext, level: number, generic = false): SectionContext {
  const mentions = d.compared.mentions(text);
  // "Best Used For (Option A)": the options are the compared technologies in the order the title names them.
  const option = /\boption\s+([AB12])\b/i.exec(text);
  const optionTechnology = option && !mentions.length ? (d.compared.slugs[/[A1]/i.test(option[1]) ? 0 : 1] ?? null) : null;
  const technology = optionTechnology ?? (mentions.length === 1 ? mentions[0].slug : mentions.length === 0 ? parent.technology : null);
  const label = cleanLabel(text);
  if (BOILERPLATE_HEADING.test(text) && level < 7) return { role: 'boilerplate', technology, label, criterion: null };
  if (FAQ_HEADING.test(text)) return { role: 'faq', technology: null, label, criterion: null };
  const pros = PROS_HEADING.test(text);
  const cons = CONS_HEADING.test(text);
  if (pros && cons) return { role: 'proscons', technology, label, criterion: parent.criterion };
  if (pros) return { role: 'pros', technology, label, criterion: parent.criterion };
  if (cons) return { role: 'cons', technology, label, criterion: parent.criterion };
  if (/^(?:examples?|use cases|common uses|typical uses|for example)$/i.test(label) && technology) return { role: 'use-case', technology, label: `${d.matcher.technologyName(technology)} use cases`, criterion: null };
  if (USE_CASE_HEADING.test(text) && technology) return { role: 'use-case', technology, label, criterion: null };
  // "Which teams each platform suits best": use cases, each item naming its side ("A: …").
  if (USE_CASE_HEADING.test(text) && /\b(?:each|which)\b/i.test(text) && !mentions.length) return { role: 'use-case', technology: null, label, criterion: null };
  if (OVERALL_HEADING.test(text)) return { role: 'overall', technology, label, criterion: 'overall' };
  if (level >= 7) return { ...parent, role: 'plain' };
  // A heading names what its section compares: that is the criterion of a verdict in it. A
  // generic heading ("Overview", "Case 1", "What is Alpha?") names a part of the article instead.
  const wording = generic ? null : criterionWords(d, text);
  const parentRole = parent.role === 'overall' || parent.role === 'use-case' ? parent.role : 'plain';
  return {
    role: parentRole,
    technology,
    label,
    criterion: wording ? d.matcher.criterion(wording) : parent.criterion,
  };
}

/** "3. Performance: Go vs Rust" -> "Performance"; "Go vs Rust: Which Is Faster?" -> null. */
function criterionWords(d: Drafting, heading: string): string | null {
  let text = cleanLabel(heading);
  if (/\s(?:vs\.?|versus)\s/i.test(text)) return null;
  const parts = text.split(/\s*[:—–|]\s+|\s+-\s+/);
  // "Round 2: Performance" keeps the second part; "Performance: X Has the Edge" the first.
  const meaningful = parts.map((p) => p.trim()).filter((p) => p && !/^(?:round|part|step|section|chapter)\s*\d+$/i.test(p));
  const withoutVerdict = meaningful.filter((p) => !parseVerdictSentence(p, d.compared.mentions(p)));
  text = (withoutVerdict[0] ?? meaningful[0] ?? '').trim();
  for (const m of d.compared.mentions(text).reverse()) text = text.slice(0, m.index) + text.slice(m.end);
  text = text
    .replace(/\b(?:vs\.?|versus|compared|comparison|head[- ]to[- ]head|showdown)\b/gi, ' ')
    .replace(/\b(?:which is|who wins|who has|which one)\b.*$/i, ' ')
    .replace(/[?!]/g, ' ')
    .replace(/^\s*(?:and|or|&)\s+|\s+(?:and|or|&|in|for|of|the)\s*$/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.length < 3 || text.split(' ').length > 6) return null;
  return text;
}

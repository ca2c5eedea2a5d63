import type { TechnologyMention } from '../taxonomy-matcher.js';
import type { Drafting } from './drafting.js';
import { CALL_TO_ACTION } from './advice-claims.js';
import { asSentence } from './statement-wording.js';

/**
 * Use cases as plain prose words them: a situation the reader may be in, then the side that suits
 * it ("If your team already runs X, B is the natural fit", "A is the best candidate if you …"),
 * what a side is made for ("A specializes in …", "B is designed to …", "A suits small services
 * well", "B is the usual pick for large codebases"), and who reaches for it ("teams may opt for B
 * when …", "data engineers gravitate towards A"). The whole sentence is the quote: the situation
 * and the pick stand together.
 */

/**
 * A condition about the reader or their project, up to the comma before the main clause: "If your
 * team already runs X, …", "When latency matters most, …", "For event-driven systems, …" (but not
 * "For example, …" or a condition about the technology itself: "When it starts, …").
 */
const CONDITION = /^(?:(?:however|so|clearly|also|then|thus|on the other hand|in short|in general|in practice|overall)\s*,?\s+)*(?:(?:if|when|whenever|should|where)\s+(?!it\b|its\b|they\b)|for\s+(?!example\b|instance\b|now\b|this\b|that\b|these\b|those\b|one\b|more\b|years\b|a\s+while\b|the\s+(?:most\s+part|record|sake|first|last|moment|time\s+being)\b)(?=[^,]*\b(?:projects?|applications?|apps?|teams?|workloads?|services?|systems?|sites?|use\s+cases?|needs|anyone|those|companies|organi[sz]ations|startups|enterprises|developers|users|beginners|codebases|environments?|deployments?|clusters?|pipelines?)\b))[^,]{3,220},\s+(?:then\s+)?/i;

/** A main clause that hands the situation to one side. */
const SUITS_MAIN = /\b(?:is|are|becomes?|remains?|stays?|(?:might|may|would|will|could|should|can)\s+(?:continue\s+to\s+)?(?:be|become|remain))\s+(?:probably\s+|likely\s+|often\s+|usually\s+|also\s+|still\s+|arguably\s+|clearly\s+)?(?:the|an?|your|our)\s+(?:\w+\s+){0,2}?(?:choice|candidate|option|fit|pick|platform|tool|solution|way to go|alternatives?|bet|default|match|answer|options|choices)\b|\b(?:is|are|becomes?)\s+(?:(?:very|especially|particularly|better|best)\s+)?(?:well[- ]suited|suitable|suited|ideal|a (?:good|great|natural|perfect|strong|solid) fit|(?:a\s+)?good fit)\b|\b(?:feels?|will feel)\s+(?:like\s+)?(?:home|a natural fit)\b|\bmakes?\s+(?:the\s+most\s+|more\s+|a\s+lot\s+of\s+)?sense\b|\b(?:shines?|excels?|fits?\s+(?:best|well|nicely)|works?\s+best)\b|\b(?:gravitate|lean|turn)\s+(?:towards?|to)\b|\b(?:opt|go)\s+(?:for|with)\b|\b(?:use|choose|pick|consider|prefer|reach for|stick (?:to|with))\b|\b(?:the way to go|hard to beat|(?:highly\s+)?recommended|preferable|at (?:its|their) best|worth\s+(?:a\s+(?:look|try|shot)|considering|it)|fits?\s+(?:right\s+in|in\s+(?:nicely|well|naturally)))\b/i;

/** A side named, then what it is made for or suits. */
/** "is", "remains", "will continue to be": what a side is (said to stay). */
const BE = String.raw`(?:is|are|remains?|stays?|(?:will|would|can|could|may|might|should)\s+(?:still\s+|always\s+|continue\s+to\s+)?(?:be|remain))`;
/** "often", "usually", "probably": how surely a side is said to be a choice. */
const HEDGE = String.raw`(?:(?:often|usually|probably|generally|typically|arguably|also|clearly|definitely|still|likely|certainly|simply)\s+)?`;
const MADE_FOR = new RegExp(
  String.raw`^\s*(?:(?:also|primarily|mainly|really|particularly|especially|generally|usually|often)\s+)?(?:` +
  [
    String.raw`specializes?\s+in|${BE}\s+(?:primarily\s+|mainly\s+|specifically\s+|purpose[- ])?(?:designed|built|intended|meant|made|tailored|optimi[sz]ed)\s+(?:to|for)\b`,
    String.raw`${BE}\s+(?:commonly|typically|often|usually|mostly|widely|primarily|mainly)\s+used\s+(?:to|for|in|by)\b`,
    String.raw`${BE}\s+${HEDGE}an?\s+(?:efficient|good|great|easy|simple|excellent|ideal|solid|strong|natural|perfect|sensible|safe|obvious|smart|wise|fine|decent|reasonable|viable|compelling)\s+(?:way|tool|choice|fit|option|pick|match|candidate|bet|platform|solution)\s+(?:to|for|if|when|whenever|in)\b`,
    // "is a preferred choice if …", "is your best bet for …", "is the right tool when …": a choice, however it is praised.
    String.raw`${BE}\s+${HEDGE}(?:an?|the|your|our)\s+(?:(?!poor\b|bad\b|worse\b|worst\b|wrong\b|terrible\b|risky\b|questionable\b|weak\b|odd\b|only\b|same\b|other\b|first\b)[\w-]+\s+){0,2}(?:choice|choices|option|options|pick|bet|fit|candidate|match|contender|no-brainer|go-to)\s+(?:for|if|when|whenever|in)\b`,
    String.raw`${BE}\s+${HEDGE}(?:the|your)\s+(?:right|best|better|ideal|perfect|natural|obvious|go-to)\s+(?:tool|platform|solution|way)\s+(?:for|if|when|whenever|in)\b`,
    String.raw`${BE}\s+${HEDGE}(?:(?:aimed|targeted)\s+at|geared\s+(?:towards?|to)|worth\s+(?:a\s+(?:look|try)|considering)\s+(?:for|if|when|whenever|in))\b`,
    String.raw`${BE}\s+${HEDGE}(?:the\s+way\s+to\s+go|hard\s+to\s+beat|(?:highly\s+|generally\s+|often\s+)?recommended|preferable|preferred|at\s+(?:its|their)\s+best)\s+(?:for|if|when|whenever|in)\b`,
    String.raw`works?\s+(?:really\s+|particularly\s+|especially\s+)?(?:well|great|nicely)\s+(?:for|in)\s+(?:\w+\s+){0,3}?(?:teams?|projects?|startups?|companies|organi[sz]ations|shops|enterprises|beginners|newcomers|developers|codebases|setups?|environments?)\b`,
    String.raw`suits?\b|${BE}\s+(?:(?:very|especially|particularly|better|best|ideally|perfectly)\s+)?(?:well[- ])?suited\s+(?:to|for)\b|${BE}\s+(?:(?:very|especially|particularly)\s+)?suitable\s+(?:for|to|when|if)\b`,
    String.raw`${BE}\s+(?:(?:very|especially|particularly|really)\s+)?(?:good|great|perfect|ideal|handy|best)\s+(?:for|when|if)\b`,
    String.raw`${BE}\s+(?:a|the)\s+(?:usual|default|natural|go-to|common|obvious|standard|typical)\s+(?:pick|choice|option|answer|tool)\s+(?:for|when|if|in)\b|${BE}\s+(?:the\s+)?best\s+candidates?\b`,
    String.raw`makes?\s+(?:the\s+most\s+|more\s+|a\s+lot\s+of\s+)?sense\s+(?:for|when|if|in)\b|(?:shines?|excels?)\s+(?:when|if|whenever|in\s+(?:projects?|teams?|situations?|environments?|setups?|cases?))\b|(?:fits?|works?)\s+best\s+(?:for|when|if|in|with)\b`,
  ].join('|') + ')',
  'i',
);

/** "That makes it suitable for …", "which makes B a natural fit for …": the side the making names (or the one carried). */
const MAKES_SUITED = /\bmak(?:es|e|ing)\s+(it|them|\S+(?:\s+\S+)?)\s+(?:(?:(?:very|especially|particularly|better|well)\s+)?(?:an?\s+)?(?:(?:ideal|suitable|suited|well[- ]suited|good|great|perfect|natural|strong|solid|excellent|obvious)\s+(?:\w+\s+)?)(?:for|to|when|if)\b|feel\s+(?:like\s+)?(?:home|a natural fit)\b)/i;

/** What may stand before a sentence's subject: "The", "Still,", "In practice, the". */
const LEAD_IN = /^(?:(?:the|also|still|so|thus|however|overall|in practice|in short|that said|in general|generally|honestly|ultimately|meanwhile|instead)\s*,?\s*)*$/i;

/** Where a sentence's first clause ends: "…, while …", "… whereas …", "; …", ", but …". */
const CLAUSE_BREAK = /;\s|,?\s+(?:while|whereas)\s|,\s+(?:but|and|although|though)\s|\s+and\s+(?:as such|so|therefore|thus|hence)\b/i;

/** People reaching for a side: "developers lean towards A", "teams may opt for B when …". */
const WHO = String.raw`\b(?:people|users|engineers|developers|programmers|teams|managers|executives|marketers|analysts|scientists|architects|operators|companies|organi[sz]ations|enthusiasts|staff|professionals|administrators|admins|sysadmins|shops|startups|enterprises|beginners|newcomers|founders|those|folks|businesses)\b`;
const REACH_FOR = new RegExp(String.raw`${WHO}[^,.;]{0,40}?\b(?:(?:gravitate|lean|turn)\s+(?:towards?|to)|opt for|go with|prefer|favou?r|choose|pick|work with|paired with|reach for|stick (?:to|with)|flock to|swear by|settle on)\s+$`, 'i');

/**
 * Drafts the use cases one sentence states; returns whether it drafted any (the sentence then
 * needs no other reading as an advantage or fact).
 */
export function useCaseSentence(d: Drafting, text: string, at: number, mentions: TechnologyMention[], carried: string | null): boolean {
  // "Our engineers can move your team to B": a pitch, not a situation B suits.
  if (CALL_TO_ACTION.test(text)) return false;
  // "B: if your team is small, B is well suited": a line labelled with the side it speaks of.
  const label = /^([^:.!?]{1,40}):\s+/.exec(text);
  const labelSide = label && mentions[0]?.index === 0 && mentions[0].end === label[1].length ? mentions[0].slug : null;
  const shift = labelSide ? label![0].length : 0;
  const sides = suitedSides(text.slice(shift), mentions.filter((m) => m.index >= shift).map((m) => ({ ...m, index: m.index - shift, end: m.end - shift })), labelSide ?? carried);
  for (const technology of sides) {
    if (labelSide && technology !== labelSide) return false;
  }
  for (const technology of sides) {
    d.claims.add({ kind: 'use_case', technology, useCase: d.matcher.useCase(situationOf(text.slice(shift))), quote: text, at, statement: asSentence(text), related: d.compared.relatedIn(text, technology) });
  }
  return sides.length > 0;
}

/** The sides one sentence says a situation suits (none when it says no such thing). */
function suitedSides(text: string, mentions: TechnologyMention[], carried: string | null): string[] {
  const slugs = [...new Set(mentions.map((m) => m.slug))];

  // "If you lean towards Go, B is the platform for you": the side the main clause names.
  for (const conditionEnd of conditionEnds(text)) {
    const side = mainClauseSide(text, conditionEnd, mentions, carried);
    if (side && !mentions.some((m) => m.index < conditionEnd && m.slug !== side)) {
      return [side];
    }
  }
  // "While A is newer, B remains the natural choice for …", "Because B keeps order, it is better suited
  // for …": the sentence after its leading subordinate clause.
  const subordinate = LEADING_SUBORDINATE.exec(text);
  if (subordinate) {
    const cut = subordinate[0].length;
    const inLead = [...new Set(mentions.filter((m) => m.index < cut).map((m) => m.slug))];
    // "Because B keeps order, it …": a reason names the side the pronoun after it stands for.
    const leadSide = /^(?:\W*\w+\s*,\s*)?(?:because|since|as|given that)\b/i.test(text) && inLead.length === 1 ? inLead[0] : carried;
    const rest = mentions.filter((m) => m.index >= cut).map((m) => ({ ...m, index: m.index - cut, end: m.end - cut }));
    const sides = suitedSides(text.slice(cut), rest, leadSide);
    if (sides.length) return sides;
  }
  // "Both A and B are designed for …": one use case per side.
  const [one, other] = mentions;
  if (one && other && one.slug !== other.slug && /^(?:both\s+)?$/i.test(text.slice(0, one.index)) && /^\s+and\s+$/i.test(text.slice(one.end, other.index))) {
    const rest = text.slice(other.end).replace(/^\s+(?:both\s+)?((?:are|have|were)\s+)?both\b/i, ' $1');
    if (MADE_FOR.test(rest) && !mentions.slice(2).length) return [one.slug, other.slug];
  }
  // "A specializes in …", "B is the best candidate if …", "They're designed to …": the sentence's
  // subject (after a lead-in such as "Still," or "The"), or the side carried from before.
  const subject = mentions[0] && LEAD_IN.test(text.slice(0, mentions[0].index)) ? mentions[0] : null;
  const pronoun = /^(?:it|they|this|these)(?=\s|['’])/i.exec(text);
  const rest = subject ? text.slice(subject.end) : pronoun ? text.slice(pronoun[0].length) : null;
  const afterSubject = rest?.replace(/^['’]s\b/, ' is').replace(/^['’]re\b/, ' are').replace(/^['’]ll\b/, ' will') ?? null;
  const who = subject?.slug ?? carried;
  // Only the sentence's first clause must name no other side ("A is made for X, while B …").
  const firstClause = text.slice(0, CLAUSE_BREAK.exec(text)?.index ?? text.length);
  if (afterSubject !== null && who && MADE_FOR.test(afterSubject)) {
    if (mentions.filter((m) => m.index < firstClause.length).every((m) => m.slug === who)) {
      return [who];
    }
  }
  // "That makes it suitable for …", "This makes B well suited for …".
  const makes = MAKES_SUITED.exec(text);
  if (makes) {
    const named = mentions.find((m) => m.index === makes.index + makes[0].indexOf(makes[1]));
    const pronounMade = /^(?:it|them)$/i.test(makes[1]);
    const side = named?.slug ?? (pronounMade ? (slugs.length === 1 ? slugs[0] : carried) : null);
    if (side && slugs.every((s) => s === side)) {
      return [side];
    }
  }
  // "Developers lean towards A, engineers gravitate towards B": one use case per side so reached for.
  const reached = new Set<string>();
  // "…, which is why managers gravitate towards it": the one side the sentence names.
  const pronounReached = /\b(?:it|them)\b[^,;.]{0,20}[.!]?$/i.exec(text);
  if (pronounReached && slugs.length <= 1 && (slugs[0] ?? carried) && REACH_FOR.test(text.slice(Math.max(0, pronounReached.index - 120), pronounReached.index).split(/[,;]/).pop() ?? '')) {
    return [slugs[0] ?? carried!];
  }
  for (const m of mentions) {
    // "those with other titles (managers, executives) often prefer B": the aside does not split the clause.
    const before = text.slice(Math.max(0, m.index - 120), m.index).replace(/\([^()]*\)/g, ' ');
    if (REACH_FOR.test(before.split(/[,;]/).pop() ?? '')) {
      reached.add(m.slug);
    }
  }
  return [...reached];
}

/** "While A …, ", "Although …, ", "Moreover, because …, ": a leading subordinate clause, up to its comma. */
const LEADING_SUBORDINATE = /^(?:(?:moreover|also|however|still|so|and|but|in addition|additionally)\s*,?\s+)*(?:while|whilst|although|though|even though|whereas|because|since|as|given that)\s+[^,]{3,160},\s+/i;

/** A condition on the reader opening a sentence: "If …", "When …", "On the other hand, if …". */
const CONDITION_OPENING = /^(?:(?:however|so|clearly|also|then|thus|on the other hand|in short|in general|in practice|overall)\s*,?\s+)*(?:if|when|whenever|where)\s+(?!it\b|its\b|they\b)/i;

/** A side named after "over", "than", "instead of": the one not picked ("B is the better choice over A"). */
const PASSED_OVER = /\b(?:over|than|instead\s+of|rather\s+than|compared\s+(?:to|with)|unlike|versus|vs\.?)\s+(?:the\s+)?$/i;

/**
 * Where a sentence's opening condition may end: after the condition CONDITION reads, or, for an "If …"
 * holding a list ("If you rely on A, B, C and D, …"), after each later comma in turn.
 */
function conditionEnds(text: string): number[] {
  const ends: number[] = [];
  const condition = CONDITION.exec(text);
  if (condition) ends.push(condition[0].length);
  if (CONDITION_OPENING.test(text)) {
    for (let comma = text.indexOf(', '); comma !== -1 && comma < 400; comma = text.indexOf(', ', comma + 1)) {
      const end = comma + 2 + (/^then\s+/i.exec(text.slice(comma + 2))?.[0].length ?? 0);
      if (!ends.includes(end)) ends.push(end);
    }
  }
  return ends;
}

/**
 * The side the main clause after a condition hands it to: "…, B is the platform for you", "…, it is a
 * good fit" (the side carried), "…, B." (the side alone), "…, B is a better choice over A"; null when
 * the main clause suits no one side.
 */
function mainClauseSide(text: string, conditionEnd: number, mentions: TechnologyMention[], carried: string | null): string | null {
  const main = text.slice(conditionEnd);
  const picked = mentions.filter((m) => m.index >= conditionEnd && !PASSED_OVER.test(text.slice(Math.max(conditionEnd, m.index - 30), m.index)));
  const inMain = [...new Set(picked.map((m) => m.slug))];
  // "If you need strict routing, B.": the main clause is the side alone.
  if (inMain.length === 1 && picked[0].index === conditionEnd && /^[\s.!)]*$/.test(text.slice(picked[picked.length - 1].end).replace(/^\s*\([^)]*\)/, ''))) return inMain[0];
  // "…, it is a good fit": the main clause names no side but speaks of the one carried.
  const side = inMain.length === 1 ? inMain[0] : !inMain.length && carried && /^(?:it|they)\b/i.test(main) ? carried : null;
  // "…, B is a poor choice", "…, B is not the right fit": the situation counts against the side.
  const suits = SUITS_MAIN.exec(main);
  if (!side || !suits || /\b(?:not|never|poor|bad|worse|worst|wrong|terrible|risky|overkill)\b|n['’]t\b/i.test(main.slice(0, suits.index + suits[0].length))) return null;
  return side;
}

/** The situation a use-case sentence names: its condition, else the sentence. */
function situationOf(text: string): string {
  const condition = CONDITION.exec(text);
  const words = (condition ? condition[0] : text).replace(/^(?:\W*\w+\s*,?\s+)?(?:if|when|whenever)\s+/i, '').replace(/[,.\s]+$/, '');
  return words.split(/\s+/).slice(0, 10).join(' ');
}

import { claimClauses, conditionsOf, deniesCapability, isDescriptive, polarityOf, statesSomething, strongPolarityOf } from './sentence-claims.js';
import { clauseSubject } from './clause-subject.js';
import { technologyFor } from './compared-pair.js';
import type { Drafting } from './drafting.js';
import type { SectionContext } from './section-context.js';
import { asSentence, proConStatement } from './statement-wording.js';
import { listItems, type TextPiece } from './text-segments.js';

/** Origin, adoption, versions, size and rank: facts even when they sound like praise. */
const FACT = [
  /\b(?:created|developed|designed|built|written|invented|founded|released|open[- ]sourced|launched|introduced|maintained|backed|sponsored|acquired)\s+(?:by|at|in(?!\s+order\b))\b/i,
  /\b(?:originally|first)\s+(?:released|developed|built|created|launched|appeared)\b/i,
  /\b(?:used|adopted|trusted|relied on|run|deployed)\s+by\b|\bpowers\b|\bpowering\b|\bin production at\b|\bcompanies (?:like|such as|including)\b|\b(?:companies|teams|organizations) (?:that )?(?:use|run|rely on)\b/i,
  /\b(?:version|v)\s?\d+(?:\.\d+)*\b|\b\d+\.\d+(?:\.\d+)?\s+(?:release|LTS|was released|introduced|added|brought|shipped)\b|\bLTS\b/,
  /\b(?:\d[\d,.]*\+?\s*(?:million|billion|thousand|k)\b|(?:over|more than|nearly|about|around)\s+\d[\d,.]*\s*(?:million|billion|thousand)?\s+(?:packages|libraries|gems|crates|modules|downloads|stars|users|developers|companies|plugins|extensions|messages))/i,
  /\b(?:since|in|as of)\s+(?:19|20)\d\d\b.*\b(?:released|created|launched|introduced|founded|appeared|open[- ]sourced|became)\b|\b(?:released|created|launched|introduced|founded|appeared|open[- ]sourced)\b.*\b(?:19|20)\d\d\b/i,
  /\bis (?:the )?(?:largest|most popular|most widely used|most downloaded|default)\b/i,
  /\b(?:one of the|the)\s+(?:world['’]s\s+)?(?:most (?:popular|widely used|used|loved|downloaded)|largest|biggest|oldest|fastest-growing)\b/i,
];

/**
 * The article talking about itself ("In this guide we'll explore…", "This is explained in depth on
 * the project's wiki", "We've done our best to be fair", "Read our take on …"): no claim.
 */
const ARTICLE_META = new RegExp(
  [
    /\b(?:we['’]ll (?:explore|compare|look|cover|walk|dive|break)|we will (?:explore|compare|look|cover)|in this (?:detailed |in-depth |quick )?(?:article|guide|post|comparison|piece|tutorial)|this (?:article|guide|post|piece) (?:will|compares|covers|looks|analy[sz]es|describes|explains|discusses))\b/.source,
    /\b(?:is|are) (?:explained|described|covered|discussed|documented|detailed) (?:in (?:depth|detail|more detail)|on (?:the|our|its)|in (?:the|our|its)|below|above|here|elsewhere)\b/.source,
    /\bthis (?:comparison|page|write-?up|document) (?:is|was|aims|tries|attempts)\b|\b(?:to keep|if you feel|if you think) this (?:comparison|page|article|document)\b/.source,
    /\bwe(?:['’]ve| have)? (?:done our best|tried (?:to|our best)|wrote up|have written)\b|\bstay tuned\b|\bsend (?:us )?an? e-?mail\b/.source,
    /^(?:read|see|view|check out|refer to) (?:our|the|this|all)\b|^for (?:a|the) (?:complete|full) (?:list|reference|description)\b/.source,
    // The question the article sets itself and its framing: "Which of the two? is a question readers keep asking", "The honest answer is: neither".
    /\bis a (?:question|common question)\b|^(?:so,?\s+)?the (?:big |real |main |key |only )?question is\b|^the (?:short |simple |honest )?answer is\b/.source,
    /\b(?:this|the present) (?:article|document|guide|post|page|piece|write-?up) (?:attempts|tries|aims|covers|is intended|is meant)\b|^this is (?:intended|meant) (?:to be|as)\b|^here (?:is|are) (?:a |the )?(?:list|summary|overview|some|a few|the main)\b/.source,
    // The author's standing and plans, not the technology's: "what follows reflects our opinion", "we plan to add …".
    /^(?:these|this|those|the above|what follows) (?:are|is|reflects?) (?:only |just |merely )?(?:our|my) (?:own )?(?:impressions?|opinions?)\b|^we (?:aim|plan|hope|intend|are (?:currently )?(?:re-?evaluating|planning))\b/.source,
  ].join('|'),
  'i',
);

/** A clause telling the reader what to do: an imperative verb first, after an optional "if …," or "please". */
const IMPERATIVE = /^(?:(?:and|but|so|then)\s+)?(?:(?:if|when|once)\b[^,]{1,80},\s*)?(?:please\s+)?(?:(?:carefully|just|simply|always|never|first)\s+)?(?:consider|check|evaluate|stick|make sure|ensure|try|keep in mind|remember|don['’]t|do not|avoid|think about|ask yourself|look (?:at|into)|start|file|contact|visit|participate|join|report|weigh|decide)\b/i;

/** A sentence telling the reader what to do: "Consider …", "Carefully evaluate …", "Read our …", "Make sure …". */
const INSTRUCTION = /^(?:(?:so|then|now|also|first|finally|instead|carefully|just|simply|always|please)\s*,?\s+)*(?:consider|evaluate|check|read|see|think of|stick to|try|make sure|remember|keep in mind|note that|look at|take a look|visit|refer to|find out|let['’]s|don['’]t forget|be sure|go ahead)\b/i;

/** A clause that continues the one before it: it opens with a conjunction. */
const CONTINUING = /^(?:and|but|while|whereas|although|though|however|yet|so)\b/i;

/** A clause conceding a point: "while …", "although …". */
const CONCEDING = /^(?:while|whereas|although|though|even though)\b/i;

/** "excellent in IntelliJ but weaker in other editors": a clause praising, then criticising, is two claims. */
function splitOpposed(clause: TextPiece, neutral: RegExp): TextPiece[] {
  const m = /\s+(?=but\s)/.exec(clause.text);
  if (!m) return [clause];
  const before = clause.text.slice(0, m.index);
  const after = clause.text.slice(m.index + m[0].length);
  const a = strongPolarityOf(before, neutral);
  const b = polarityOf(after, neutral);
  if (!a || !b || a === b || before.split(/\s+/).length < 3) return [clause];
  return [{ text: before, index: clause.index }, { text: after, index: clause.index + m.index + m[0].length }];
}

/** "frameworks like Express, NestJS, and Fastify": each library a side lists is a fact about it. */
function listedLibraryFacts(d: Drafting, text: string, at: number, technology: string): void {
  const m = /\b(?:frameworks?|libraries|libs|tools|packages|modules|databases|ORMs|platforms|clients|extensions|plugins|SDKs)\s+(?:like|such as|including)\s+/i.exec(text);
  if (!m) return;
  let list = text.slice(m.index + m[0].length);
  const stop = /\s+(?:are|is|make|makes|have|has|which|that|to|for|in|—|–)\s|[.;:)]/.exec(list);
  if (stop) list = list.slice(0, stop.index);
  const items = listItems(list.replace(/\s+(?:and|or)\s+(?=\S+$)/, ', '), m.index + m[0].length);
  const name = d.matcher.technologyName(technology);
  for (const item of items) {
    const text = item.text.replace(/^(?:and|or)\s+/, '');
    const named = d.matcher.findTechnologies(text).filter((x) => x.slug !== technology && !d.compared.includes(x.slug));
    if (!named.length || text.split(/\s+/).length > 3) continue;
    d.claims.add({ kind: 'fact', technology, quote: text, at: at + item.index + item.text.indexOf(text), statement: `${name} has ${text} among its ${m[0].trim().split(/\s+/)[0].toLowerCase()}.`, related: [named[0].slug] });
  }
}

/**
 * Where a feature is available says whose drawback its absence is: "Forms are not available in B"
 * is B's, "Forms are only available on A" is the other side's (of two). Null when the clause says
 * neither.
 */
function availabilityDrawbackOf(d: Drafting, text: string): string | null {
  const m = /\b(not|n['’]t|never|only)\s+(?:yet\s+|currently\s+|be\s+)*(?:available|supported|included|offered|possible|usable)\s+(?:in|on|for|with|under)\s+(?:the\s+)?/i.exec(text);
  if (!m) return null;
  const named = d.compared.mentions(text).find((x) => x.index === m.index + m[0].length);
  if (!named) return null;
  if (!/^only$/i.test(m[1])) return named.slug;
  const others = d.compared.slugs.filter((s) => s !== named.slug);
  return others.length === 1 ? others[0] : null;
}

/** A name opening a clause, then its origin: "Gamma was created in 2011 by …", "Gamma is written in Ada", "Gamma, founded in 2015, …". */
const NAMED_ORIGIN = /^(?:(?:but|and)\s+)?([A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*){0,2})(?:\s*,)?\s+(?:(?:is|was|has been|were|are)\s+)?(?:(?:\w+|a|an|the)\s+){0,6}?(?:created|founded|released|written|developed|open[- ]sourced|launched|acquired|owned)\s+(?:by|in|at|since)\b/;

/**
 * Another technology the article names, as the subject of its own origin (who made it, when, in
 * what language): the fact is about it. A known technology, else the name proposed as one.
 */
function originOfOther(d: Drafting, clause: string): string | null {
  const m = NAMED_ORIGIN.exec(clause);
  if (!m || d.compared.mentions(m[1]).length || /^(?:It|Its|This|That|These|Those|The|A|An|We|Our|You|I|They|Their|He|She|Both|Each|Most|Many|Some|All)$/.test(m[1].split(/\s+/)[0])) return null;
  const known = d.matcher.resolveTechnology(m[1]);
  if (known) return d.compared.includes(known) ? null : known;
  return d.properNames.opensWithOtherName(clause.replace(/^(?:but|and)\s+/, '')) ? technologyFor(m[1], d.document.body, d.matcher) : null;
}

/**
 * Each clause of a prose sentence about one compared technology: an advantage, a drawback or a
 * fact. `carried` is the subject so far; returns the subject the next sentence continues.
 * `namedBefore`: the sides the sentence before named, in order (what "the former"/"the latter" pick from).
 */
export function clauseClaims(d: Drafting, text: string, at: number, context: SectionContext, carried: string | null, useCaseCue: number | null, namedBefore: string[] = []): string | null {
  let subject = carried;
  // Questions, lead-ins to a list and the article talking about itself state nothing.
  if (/[?:]\s*$/.test(text) || ARTICLE_META.test(text)) return subject;
  // "Carefully evaluate your requirements", "Read our take on …": the reader told what to do states no fact.
  const instruction = INSTRUCTION.test(text);
  const wholeFact = FACT.some((re) => re.test(text));
  const planned: { kind: 'pro' | 'con' | 'fact'; technology: string | null; text: string; index: number; related?: string[] }[] = [];
  for (const clause of claimClauses(text).flatMap((c) => splitOpposed(c, d.matcher.neutral))) {
    const words = clause.text.split(/\s+/).length;
    if (words < 4 && !/^(?:it|its|but)\b/i.test(clause.text)) continue;
    const earlier = [...new Set(d.compared.mentions(text.slice(0, clause.index)).map((m) => m.slug))];
    // Advice to the reader naming no side ("Carefully evaluate your needs", "If something is missing, file an issue") says nothing of one.
    if (context.role !== 'pros' && context.role !== 'cons' && context.role !== 'proscons' && !context.reason && IMPERATIVE.test(clause.text) && !d.compared.mentions(clause.text).length) continue;
    const about = clauseSubject(clause.text, subject, d.compared, d.properNames, earlier.length >= 2 ? earlier : namedBefore);
    subject = about.carried;
    // "Gamma was created in 2011 by …", "Gamma is written in Ada": origin, dates and adoption of another technology the article names are facts about it.
    if (!about.technology && !about.both) {
      const other = instruction ? null : originOfOther(d, clause.text);
      if (other) planned.push({ kind: 'fact', technology: other, text: clause.text, index: clause.index });
      continue;
    }
    const { slugs, both, own } = about;
    const technology = context.reason ? context.technology : about.technology;
    if (technology) listedLibraryFacts(d, clause.text, at + clause.index, technology);
    // "Python is a general-purpose language with …": a definition, whatever its adjectives.
    const definition = own[0]?.index === 0 && /^\S+(?:\s+\S+)?\s+(?:is|was)\s+(?:an?|one of the)\s+(?![^,]*\b(?:choice|fit|option|pick|bet|winner|default)\b)/i.test(clause.text.slice(own[0].index)) && technology === own[0].slug;
    // "X is a commercial engine and does not offer a community tier": a definition that denies something still states a drawback.
    const polarity = context.reason || (definition && !deniesCapability(clause.text)) ? null : (polarityOf(clause.text, d.matcher.neutral) ?? (context.role === 'cons' ? 'con' : context.role === 'pros' ? 'pro' : null));
    // "Node.js is ideal for chat, streaming and APIs" is its use cases, not a separate advantage.
    if (useCaseCue !== null && useCaseCue >= clause.index && useCaseCue < clause.index + clause.text.length) continue;
    // Popularity, size, origin and dates are facts even when they sound like praise ("the largest registry").
    if (technology && wholeFact && FACT.some((re) => re.test(clause.text))) {
      planned.push({ kind: 'fact', technology, text: clause.text, index: clause.index });
      continue;
    }
    // "While B starts faster, …": a concession sets up the point after it; it is no advantage of its own.
    if (polarity === 'pro' && CONCEDING.test(clause.text)) continue;
    if (polarity && technology) {
      planned.push({ kind: polarity, technology: (polarity === 'con' && availabilityDrawbackOf(d, clause.text)) || technology, text: clause.text, index: clause.index });
      continue;
    }
    if (clause.text.length < 12) continue;
    // A claim about both says so: "Both tools …", "The two …", "Redis and Memcached both …".
    const explicitBoth = both && (/^(?:but\s+|and\s+)?(?:both|the two)\b/i.test(clause.text) || slugs.length >= 2);
    if (!(wholeFact && FACT.some((re) => re.test(clause.text))) && !isDescriptive(clause.text) && !statesSomething(clause.text) && !(explicitBoth && (polarity || words >= 5)) && !context.reason) continue;
    if (!technology && !explicitBoth) continue;
    if (instruction) continue;
    // "…, and index them nightly", "…, while B ships about forty": a clause hanging on a conjunction states a fact only with the clause it continues.
    if (CONTINUING.test(clause.text)) continue;
    planned.push({ kind: 'fact', technology, text: clause.text, index: clause.index, related: technology ? undefined : slugs.length ? slugs : d.compared.slugs });
  }
  // "Kotlin was developed by JetBrains, reached 1.0 in 2016, and became …": one fact, not three.
  const continues = (p: { text: string }) => !/^(?:and\s+|but\s+)?(?:(?:it|its|it's|they|their|this|that|these|the|a|an)\b|[A-Z])/.test(p.text);
  if (planned.length > 1 && planned.every((p, n) => p.kind === 'fact' && p.technology === planned[0].technology && (n === 0 || continues(p)))) {
    const first = planned[0];
    const last = planned[planned.length - 1];
    planned.splice(0, planned.length, { ...first, text: text.slice(first.index, last.index + last.text.length) });
  }
  for (const p of planned) {
    const name = p.technology ? d.matcher.technologyName(p.technology) : '';
    const statement = p.kind === 'fact' ? asSentence(p.text) : proConStatement(p.kind, name, p.text);
    const qualifiers = conditionsOf(p.text);
    d.claims.add({ kind: p.kind, technology: p.technology, quote: p.text, at: at + p.index, statement, related: p.related ?? (p.technology ? d.compared.relatedIn(p.text, p.technology) : undefined), ...(qualifiers.length ? { qualifiers } : {}) });
  }
  return subject;
}

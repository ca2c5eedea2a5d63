import type { DraftClaim, DraftSource } from './extraction.types.js';
import type { ReaderBlock, ReaderDocument } from './reader/reader-text.js';
import { statedDate } from './reader/reader-text.js';
import { cleanLabel, kebab, type TaxonomyMatcher, type TechnologyMention } from './taxonomy-matcher.js';
import { parseVerdictSentence, type ParsedVerdict } from './verdict-phrases.js';
import { claimClauses, isDescriptive, polarityOf, strongPolarityOf } from './sentence-claims.js';
import { asSentence, lowerFirst } from './drafting/statement-wording.js';
import { listItems, recommendationClauses, sentences } from './drafting/text-segments.js';
import { detectComparedPair } from './drafting/compared-pair.js';
import { ComparedTechnologies } from './drafting/compared-technologies.js';
import { clauseSubject, ProperNames } from './drafting/clause-subject.js';
import { ClaimCollector } from './drafting/claim-collector.js';
import type { Drafting } from './drafting/drafting.js';
import { draftVerdict } from './drafting/verdict-claims.js';
import { sectionContextOf, type SectionContext } from './drafting/section-context.js';
import { gluedTables } from './drafting/glued-tables.js';
import { tableClaims } from './drafting/table-claims.js';




/** Lines that are page furniture even when the page had no markup saying so (plain text). */
const BOILERPLATE_LINE = /^(?:share(?: this| on)?\b|tweet\b|subscribe\b|sign up\b|book a\b|need help\b|contact us\b|read more\b|related\b|next step\b|©|copyright\b|all rights reserved|we use cookies|this site uses cookies|accept(?: all)? cookies|follow us\b|get started\b|download\b|join (?:our|the) newsletter|back to top|leave a comment|skip to\b|menu\b|home\s*[›>/|]|\d+\s*min(?:ute)?s? read|posted in\b|tags?:|filed under\b|i'?ve built\b|ready to\b|let'?s talk\b|talk to\b|schedule a\b|try .{1,30} (?:free|today)\b|start your free\b|want (?:help|expert)\b|hire\b|was this (?:article|helpful))/i;

const WINNER_LABEL = /^(?:the\s+)?(?:winner|verdict|our verdict|our pick|who wins\??|result)$/i;
const INLINE_USE_CASE = /\s(?:making|makes|make)\s+(?:it|them)\s+(?:(?:especially|particularly)\s+)?(?:ideal|great|perfect|well[- ]suited)\s+for\s+|\s(?:is|are)\s+(?:(?:also|especially|particularly|often|usually)\s+)?(?:ideal|best|great|perfect|well[- ]suited|built|designed|the (?:best|right|go-to) (?:choice|option))\s+for\s+|\s(?:excels?|shines)\s+(?:at|in|for)\s+|^(?:choose|pick|use|go with)\s+\S+(?:\s\S+)?\s+(?:for|when)\s+(?!you\b|your\b|the team\b)/i;
const SCENARIO_HEADING = /\b(?:scenarios?|decision (?:guide|guidance|matrix|tree|table|framework)|which (?:one )?to (?:choose|pick|use) for (?:your|each|the)|(?:choose|pick) (?:by|for your) use case|by use case|use[- ]case (?:guide|matrix|scenarios|breakdown)|real[- ]world (?:examples|scenarios)|what (?:to|should you) (?:choose|pick|use) for)\b/i;
/** "…. Recommended: X", "… → X": the pick of a scenario written on one line. */
const RECOMMENDED_LABEL = /(?:^|[.:;]\s+|\s)(?:recommended(?:\s+(?:stack|choice|pick|approach|option|tool))?|our (?:pick|choice|recommendation)|best (?:choice|pick|fit)|verdict)\s*[:—–→]\s*|\s(?:→|->|=>)\s*/i;
/** "If you are building X, …" / "When your team needs Y, …": the condition of a decision scenario, up to its comma. */
const SCENARIO_SENTENCE = /^(?:if|when)\s+((?:you(?:'re|’re| are)\s+(?:building|developing|creating|shipping|writing|running|starting|launching|working on|planning|migrating|maintaining)|you(?:'re|’re| are)\s+an?\s+\w+|you\s+(?:build|need|run|want to build|plan to build|are about to build)|your\s+\w+(?:\s+\w+)?\s+(?:is|are|has|have|needs?|already|runs?|uses?|relies|depends))\b)/i;
/** The main clause of a scenario recommends: "pick X", "go with X", "X is the better choice". */
const PICK_IN_MAIN = /^(?:then\s+)?(?:pick|choose|go with|opt for|use|reach for|start with|stick with)\b|^[^,]{0,60}?\b(?:(?:is|are)\s+(?:the\s+)?(?:better|best|right|safer|obvious|natural|clear|stronger|smarter)\s+(?:choice|pick|bet|option|fit)|wins|is\s+the\s+way\s+to\s+go)\b/i;
const RECOMMEND = /\b(?:choose|pick|go with|opt for|reach for|stick with|start with|we recommend|i recommend|recommend(?:ed)?|is (?:the|a) (?:better|right|safer|best|smarter|solid|great|good) (?:choice|pick|bet|option|fit|default)|(?:the|a) (?:better|right|safer|best) (?:choice|pick|bet|option|fit)|if you|for (?:most|teams|projects|anyone|startups|enterprises))\b/i;
const FACT = [
  /\b(?:created|developed|designed|built|written|invented|founded|released|open[- ]sourced|launched|introduced|maintained|backed|sponsored|acquired)\s+(?:by|at|in)\b/i,
  /\b(?:originally|first)\s+(?:released|developed|built|created|launched|appeared)\b/i,
  /\b(?:used|adopted|trusted|relied on|run|deployed)\s+by\b|\bpowers\b|\bpowering\b|\bin production at\b|\bcompanies (?:like|such as|including)\b|\b(?:companies|teams|organizations) (?:that )?(?:use|run|rely on)\b/i,
  /\b(?:version|v)\s?\d+(?:\.\d+)*\b|\b\d+\.\d+(?:\.\d+)?\s+(?:release|LTS|was released|introduced|added|brought|shipped)\b|\bLTS\b/,
  /\b(?:\d[\d,.]*\+?\s*(?:million|billion|thousand|k)\b|(?:over|more than|nearly|about|around)\s+\d[\d,.]*\s*(?:million|billion|thousand)?\s+(?:packages|libraries|gems|crates|modules|downloads|stars|users|developers|companies|plugins|extensions|messages))/i,
  /\b(?:since|in|as of)\s+(?:19|20)\d\d\b.*\b(?:released|created|launched|introduced|founded|appeared|open[- ]sourced|became)\b|\b(?:released|created|launched|introduced|founded|appeared|open[- ]sourced)\b.*\b(?:19|20)\d\d\b/i,
  /\bis (?:the )?(?:largest|most popular|most widely used|most downloaded|default)\b/i,
  /\b(?:one of the|the)\s+(?:world['’]s\s+)?(?:most (?:popular|widely used|used|loved|downloaded)|largest|biggest|oldest|fastest-growing)\b/i,
];
/** The article talking about itself ("In this guide we'll explore…"): no claim. */
const ARTICLE_META = /\b(?:we['’]ll (?:explore|compare|look|cover|walk|dive|break)|we will (?:explore|compare|look|cover)|in this (?:detailed |in-depth |quick )?(?:article|guide|post|comparison|piece|tutorial)|this (?:article|guide|post|piece) (?:will|compares|covers|looks))\b/i;


export interface DraftOptions {
  slug?: string;
}

/** Drafts claims from reader text: headings give sections, tables ratings and verdicts, lists pros, cons and use cases. */
export class DraftBuilder {
  private compared: string[] = [];
  private technologies = new ComparedTechnologies(this.matcher, []);
  private readonly properNames = new ProperNames(this.doc.body);
  private d!: Drafting;

  constructor(
    private readonly doc: ReaderDocument,
    private readonly matcher: TaxonomyMatcher,
  ) {}

  source(options: DraftOptions): DraftSource {
    const meta = this.doc.metadata;
    let title = (meta.title ?? this.doc.blocks.find((b) => b.type === 'heading')?.text ?? 'Untitled comparison').slice(0, 300);
    this.compared = detectComparedPair(title, this.doc, this.matcher);
    this.technologies = new ComparedTechnologies(this.matcher, this.compared);
    this.d = { document: this.doc, matcher: this.matcher, compared: this.technologies, properNames: this.properNames, claims: new ClaimCollector(this.doc.body) };
    // No stated title (text that opens with a sentence): a descriptive one, "X vs Y" in the order the text names them.
    if ((title.length > 100 || (/[.:]$/.test(title) && title.split(' ').length > 8)) && this.compared.length >= 2) {
      const first = (slug: string) => this.matcher.findTechnologies(this.doc.body).find((m) => m.slug === slug)?.index ?? Infinity;
      title = [...this.compared].sort((a, b) => first(a) - first(b)).map((s) => this.matcher.technologyName(s)).join(' vs ');
    }
    return {
      slug: options.slug ?? (kebab(title) || 'article'),
      title,
      author: meta.author ? meta.author.slice(0, 200) : null,
      publisher: meta.publisher ? meta.publisher.slice(0, 200) : null,
      publishedAt: statedDate(meta.date),
      url: meta.url,
      compares: this.compared,
      body: this.doc.body,
    };
  }

  claims(): DraftClaim[] {
    const blocks = gluedTables(this.d, this.doc.blocks);
    const stack: { level: number; context: SectionContext }[] = [];
    const top = (): SectionContext => stack[stack.length - 1]?.context ?? { role: 'plain', technology: null, label: '', criterion: null };
    let leadIn: { context: SectionContext; group: number | undefined; armed: boolean } | null = null;
    let question: ReaderBlock | null = null;
    let answered = false;
    let tableRows: ReaderBlock[] = [];
    // "It performs well for:" refers to the technology the previous paragraph was about.
    let lastTechnology: string | null = null;
    // A "Winner" line on its own: the next line names the winner.
    let winnerLabel = false;
    const flushTable = () => {
      if (tableRows.length) tableClaims(this.d, tableRows);
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
          if (this.recommendedLine(block)) return;
          const scenario = this.scenarioBlocks(blocks, i);
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
        const consumed = this.labelledVerdict(block, top());
        if (consumed) {
          const rest = block.text.slice(consumed);
          const restText = rest.trimStart();
          if (restText) this.paragraph({ ...block, text: restText, start: block.start + consumed + (rest.length - restText.length) }, top());
          return;
        }
      }
      if (block.type === 'heading') {
        question = null;
        leadIn = null;
        const level = block.level ?? 2;
        while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
        const parent = top();
        const context = sectionContextOf(this.d, block.text, parent, level);
        stack.push({ level, context });
        lastTechnology = context.technology;
        if (context.role === 'boilerplate' || level === 1) return;
        if (context.role === 'faq' && /\?\s*\+?$/.test(block.text)) {
          question = block;
          answered = false;
          return;
        }
        if (parent.role === 'faq' && /\?\s*\+?$/.test(block.text)) {
          stack[stack.length - 1].context = { ...parent };
          question = block;
          answered = false;
          return;
        }
        this.headingVerdict(block, context);
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
      if (section.role === 'faq' && block.type === 'paragraph' && /\?\s*\+?$/.test(block.text)) {
        question = block;
        answered = false;
        return;
      }
      if (question && !answered && block.type === 'paragraph') {
        this.faq(question, block);
        answered = true;
        return;
      }
      if (question && answered && section.role === 'faq') return;
      // A lead-in line ("Choose Django when:", "Pros:") gives the list after it its role.
      const beforeList = blocks[i + 1]?.type === 'item' && block.text.length <= 60 && !/[.!?]$/.test(block.text);
      if (block.type === 'paragraph' && (/:\s*$/.test(block.text) || beforeList) && block.text.length <= 120) {
        const context = sectionContextOf(this.d, block.text.replace(/:\s*$/, ''), { ...section, technology: section.technology ?? lastTechnology }, 7);
        if (context.role !== 'plain' && context.role !== 'overall') {
          leadIn = { context, group: blocks[i + 1]?.group, armed: true };
          // "Choose Python if you're building:" advises one side before listing where.
          const advised = /^(?:choose|pick|go with|opt for|use)\s.*\bif\s/i.test(block.text) && context.role === 'use-case' ? this.technologies.mentions(block.text)[0] : null;
          if (advised && advised.index <= 12) this.d.claims.add({ kind: 'recommendation', technology: advised.slug, criterion: 'overall', quote: block.text.replace(/:\s*$/, ''), at: block.start, statement: asSentence(block.text.replace(/:\s*$/, '')) });
          return;
        }
        // "Popular Python frameworks:", "companies like:": each short item after it is a fact about the technology.
        const technology = this.technologies.onlyOneIn(block.text) ?? lastTechnology ?? section.technology;
        if (/:\s*$/.test(block.text) && technology && blocks[i + 1]?.type === 'item') {
          leadIn = { context: { role: 'list', technology, label: cleanLabel(block.text), criterion: section.criterion }, group: blocks[i + 1]?.group, armed: true };
          this.paragraph(block, section);
          lastTechnology = technology;
          return;
        }
      }
      const activeLeadIn = leadIn && block.type === 'item' && leadIn.armed && block.group === leadIn.group ? leadIn.context : null;
      if (leadIn && block.type !== 'item') leadIn = null;
      const context = activeLeadIn ?? section;
      if (block.type === 'item') return this.item(block, context);
      if (this.recommendedLine(block)) return;
      this.paragraph(block, picked ? { ...context, technology: picked, reason: true } : context, lastTechnology);
      lastTechnology = this.technologies.onlyOneIn(block.text) ?? lastTechnology;
    });
    flushTable();
    return this.d.claims.drafted;
  }






  private headingVerdict(block: ReaderBlock, context: SectionContext): void {
    const parsed = parseVerdictSentence(block.text, this.technologies.mentions(block.text));
    if (!parsed) return;
    const criterion = parsed.about ? this.matcher.criterion(parsed.about) : (context.criterion ?? 'overall');
    draftVerdict(this.d, parsed, criterion, block.text, block.start, block.text);
  }

  // ------------------------------------------------------------ blocks

  private item(block: ReaderBlock, context: SectionContext): void {
    const marker = /^([✅✔✓☑👍+]|[❌✗✘✖👎−])\uFE0F?\s*/u.exec(block.text);
    const text = marker ? block.text.slice(marker[0].length).trim() : block.text;
    const start = block.start + (marker ? block.text.indexOf(text) : 0);
    const polarity = marker ? (/[✅✔✓☑👍+]/u.test(marker[1]) ? 'pro' : 'con') : null;
    const technology = context.technology ?? this.technologies.onlyOneIn(text);
    if (!text || text.length < 3) return;
    // "- PostgreSQL" under "Python", "- TensorFlow" after "Python dominates because of its ecosystem:": a library a side lists is a fact.
    const named = this.matcher.findTechnologies(text);
    const bare = text.replace(/[.,;]+$/, '');
    if (technology && !polarity && named.length === 1 && named[0].index === 0 && named[0].end >= bare.length && !this.technologies.includes(named[0].slug) && context.role !== 'cons' && context.role !== 'use-case') {
      this.d.claims.add({ kind: 'fact', technology, quote: bare, at: start, statement: `${this.matcher.technologyName(technology)} lists ${bare}${context.label ? ` (${context.label})` : ''}.`, related: [named[0].slug] });
      return;
    }
    if ((context.role === 'pros' || context.role === 'cons' || context.role === 'proscons' || polarity) && technology) {
      const kind = polarity ?? (context.role === 'cons' ? 'con' : context.role === 'pros' ? 'pro' : null);
      if (kind) {
        const name = this.matcher.technologyName(technology);
        this.d.claims.add({ kind, technology, quote: text, at: start, statement: `${kind === 'pro' ? 'An advantage' : 'A drawback'} of ${name}: ${asSentence(text)}`, related: this.technologies.relatedIn(text, technology) });
        return;
      }
    }
    if (context.role === 'list' && context.technology) {
      if (text.split(/\s+/).length <= 6 && !/[.!?]$/.test(text)) {
        const name = this.matcher.technologyName(context.technology);
        const listed = this.matcher.findTechnologies(text).map((m) => m.slug).filter((s) => s !== context.technology);
        this.d.claims.add({ kind: 'fact', technology: context.technology, quote: text, at: start, statement: `${context.label} (${name}): ${asSentence(text)}`, related: listed.length ? listed : undefined });
        return;
      }
      return this.paragraph(block, { ...context, role: 'plain' });
    }
    if (context.role === 'use-case' && context.technology) {
      this.d.claims.add({
        kind: 'use_case',
        technology: context.technology,
        useCase: this.matcher.useCase(text),
        quote: text,
        at: start,
        statement: `${context.label}: ${asSentence(text)}`,
        related: this.technologies.relatedIn(text, context.technology),
      });
      return;
    }
    this.paragraph(block, context);
  }

  private paragraph(block: ReaderBlock, outer: SectionContext, previous: string | null = null): void {
    // A TL;DR or bottom-line paragraph is overall advice throughout, wherever it stands.
    const context: SectionContext = /^(?:tl;?\s?dr|bottom line|in short|the short answer|our verdict|verdict)\b/i.test(block.text) ? { ...outer, role: 'overall', criterion: 'overall' } : outer;
    // The technology the prose is about: "It", "Its", or a sentence naming none refers back to it.
    // A paragraph opening with "Its …" or "It …" continues the technology the text was just about.
    let subject: string | null = outer.technology ?? (/^(?:it|its|it['’]s)\b/i.test(block.text) ? previous : null);
    if (context.role === 'overall' && this.picksByUse(block)) return;
    for (const whole of sentences(block.text)) {
      // "Learning curve: React is easier …": the label names the criterion, the sentence after it is the claim.
      const label = /^([A-Z][\w/&-]*(?:\s+[\w/&-]+){0,3}):\s+(?=\S)/.exec(whole.text);
      const labelled = label && !this.technologies.mentions(label[1]).length && this.technologies.mentions(whole.text.slice(label[0].length)).length;
      const text = labelled ? whole.text.slice(label[0].length) : whole.text;
      const index = labelled ? whole.index + label[0].length : whole.index;
      const at = block.start + index;
      const mentions = this.technologies.mentions(text);
      const verdict = parseVerdictSentence(text, mentions);
      // In the overall advice, "X is the better choice for Y" recommends; in a section on one criterion it judges it.
      const advice = context.role === 'overall' && /\bis\s+the\s+(?:better|stronger|superior|smarter)\s+(?:choice|option|pick|bet)\b/i.test(text);
      if (verdict && !advice && (verdict.outcome !== 'win' || this.technologies.includes(this.matcher.resolveTechnology(verdict.winner!) ?? ''))) {
        // The section's criterion when it has one ("## Throughput" … "Kafka wins on throughput"), else the sentence's own words.
        const named = verdict.about ? this.matcher.existingCriterion(verdict.about) : null;
        const criterion = named ?? (context.role === 'overall' ? 'overall' : (context.criterion ?? (verdict.about ? this.matcher.criterion(verdict.about) : 'overall')));
        draftVerdict(this.d, verdict, criterion, text, at, text);
        if (verdict.outcome === 'win') subject = this.matcher.resolveTechnology(verdict.winner!) ?? subject;
        continue;
      }
      const useCases = this.inlineUseCases(text, at, mentions, subject);
      if (this.scenarioSentence(text, at)) {
        subject = mentions[mentions.length - 1]?.slug ?? subject;
        continue;
      }
      if (this.recommendation(text, at, context)) {
        subject = mentions[0]?.slug ?? subject;
        this.leadingUseCase(text, at, mentions);
        continue;
      }
      subject = this.clauseClaims(text, at, context, subject, useCases);
    }
  }


  /** "frameworks like Express, NestJS, and Fastify": each library a side lists is a fact about it. */
  private listedLibraries(text: string, at: number, technology: string): void {
    const m = /\b(?:frameworks?|libraries|libs|tools|packages|modules|databases|ORMs|platforms|clients|extensions|plugins|SDKs)\s+(?:like|such as|including)\s+/i.exec(text);
    if (!m) return;
    let list = text.slice(m.index + m[0].length);
    const stop = /\s+(?:are|is|make|makes|have|has|which|that|to|for|in|—|–)\s|[.;:)]/.exec(list);
    if (stop) list = list.slice(0, stop.index);
    const items = listItems(list.replace(/\s+(?:and|or)\s+(?=\S+$)/, ', '), m.index + m[0].length);
    const name = this.matcher.technologyName(technology);
    for (const item of items) {
      const text = item.text.replace(/^(?:and|or)\s+/, '');
      const named = this.matcher.findTechnologies(text).filter((x) => x.slug !== technology && !this.technologies.includes(x.slug));
      if (!named.length || text.split(/\s+/).length > 3) continue;
      this.d.claims.add({ kind: 'fact', technology, quote: text, at: at + item.index + item.text.indexOf(text), statement: `${name} has ${text} among its ${m[0].trim().split(/\s+/)[0].toLowerCase()}.`, related: [named[0].slug] });
    }
  }

  /** "For projects integrating AI features, Python is …": the advice's leading use. */
  private leadingUseCase(text: string, at: number, mentions: TechnologyMention[]): void {
    const m = /^for\s+((?:most\s+|new\s+|large\s+|small\s+)?[^,—–]{3,80}?\b(?:projects?|applications?|apps?|platforms?|teams?|workloads?|services?|systems?|products?|sites?|backends?)\b[^,—–]{0,40}),/i.exec(text);
    if (!m || !mentions.length || mentions[0].index < m[0].length) return;
    const winner = mentions[0].slug;
    const quote = m[0].slice(0, -1);
    this.d.claims.add({ kind: 'use_case', technology: winner, useCase: this.matcher.useCase(m[1]), quote: quote.replace(/\s+or\s+.*$/i, ''), at, statement: `${this.matcher.technologyName(winner)} is advised ${lowerFirst(quote)}.` });
  }

  /** Each clause of a prose sentence about one compared technology: an advantage, a drawback or a fact. */
  private clauseClaims(text: string, at: number, context: SectionContext, carried: string | null, useCaseCue: number | null): string | null {
    let subject = carried;
    // Questions, lead-ins to a list and the article talking about itself state nothing.
    if (/[?:]\s*$/.test(text) || ARTICLE_META.test(text)) return subject;
    const wholeFact = FACT.some((re) => re.test(text));
    const planned: { kind: 'pro' | 'con' | 'fact'; technology: string | null; text: string; index: number; related?: string[] }[] = [];
    for (const clause of claimClauses(text).flatMap((c) => splitOpposed(c))) {
      const words = clause.text.split(/\s+/).length;
      if (words < 4 && !/^(?:it|its|but)\b/i.test(clause.text)) continue;
      const about = clauseSubject(clause.text, subject, this.technologies, this.properNames);
      subject = about.carried;
      if (!about.technology && !about.both) continue;
      const { slugs, both, own } = about;
      const technology = context.reason ? context.technology : about.technology;
      if (technology) this.listedLibraries(clause.text, at + clause.index, technology);
      // "Python is a general-purpose language with …": a definition, whatever its adjectives.
      const definition = own[0]?.index === 0 && /^\S+(?:\s+\S+)?\s+(?:is|was)\s+(?:an?|one of the)\s+(?![^,]*\b(?:choice|fit|option|pick|bet|winner|default)\b)/i.test(clause.text.slice(own[0].index)) && technology === own[0].slug;
      const polarity = context.reason || definition ? null : (polarityOf(clause.text) ?? (context.role === 'cons' ? 'con' : context.role === 'pros' ? 'pro' : null));
      // "Node.js is ideal for chat, streaming and APIs" is its use cases, not a separate advantage.
      if (useCaseCue !== null && useCaseCue >= clause.index && useCaseCue < clause.index + clause.text.length) continue;
      // Popularity, size, origin and dates are facts even when they sound like praise ("the largest registry").
      if (technology && wholeFact && FACT.some((re) => re.test(clause.text))) {
        planned.push({ kind: 'fact', technology, text: clause.text, index: clause.index });
        continue;
      }
      if (polarity && technology) {
        planned.push({ kind: polarity, technology, text: clause.text, index: clause.index });
        continue;
      }
      if (clause.text.length < 12) continue;
      // A claim about both says so: "Both tools …", "The two …", "Redis and Memcached both …".
      const explicitBoth = both && (/^(?:but\s+|and\s+)?(?:both|the two)\b/i.test(clause.text) || slugs.length >= 2);
      if (!(wholeFact && FACT.some((re) => re.test(clause.text))) && !isDescriptive(clause.text) && !(explicitBoth && (polarity || words >= 5)) && !context.reason) continue;
      if (!technology && !explicitBoth) continue;
      planned.push({ kind: 'fact', technology, text: clause.text, index: clause.index, related: technology ? undefined : slugs.length ? slugs : this.compared });
    }
    // "Kotlin was developed by JetBrains, reached 1.0 in 2016, and became …": one fact, not three.
    const continues = (p: { text: string }) => !/^(?:and\s+|but\s+)?(?:(?:it|its|it's|they|their|this|that|these|the|a|an)\b|[A-Z])/.test(p.text);
    if (planned.length > 1 && planned.every((p, n) => p.kind === 'fact' && p.technology === planned[0].technology && (n === 0 || continues(p)))) {
      const first = planned[0];
      const last = planned[planned.length - 1];
      planned.splice(0, planned.length, { ...first, text: text.slice(first.index, last.index + last.text.length) });
    }
    for (const p of planned) {
      const name = p.technology ? this.matcher.technologyName(p.technology) : '';
      const statement = p.kind === 'fact' ? asSentence(p.text) : `${p.kind === 'pro' ? 'An advantage' : 'A drawback'} of ${name}: ${asSentence(p.text)}`;
      this.d.claims.add({ kind: p.kind, technology: p.technology, quote: p.text, at: at + p.index, statement, related: p.related ?? (p.technology ? this.technologies.relatedIn(p.text, p.technology) : undefined) });
    }
    return subject;
  }


  /**
   * An overall verdict that picks by use: "Node.js for most web APIs — event-driven I/O, the npm
   * ecosystem. Python for data processing and ML." Each sentence opens with one side and "for":
   * its uses, and after a dash the reasons (advantages); two sides make a split verdict.
   */
  private picksByUse(block: ReaderBlock): boolean {
    const parts = sentences(block.text).map((s) => ({ ...s, mentions: this.technologies.mentions(s.text) }));
    const picks = parts.filter((p) => p.mentions[0]?.index === 0 && /^\s+(?:\([^)]*\)\s+)?for\s/i.test(p.text.slice(p.mentions[0].end)));
    const sides = new Set(picks.map((p) => p.mentions[0].slug));
    if (picks.length < 2 || sides.size < 2) return false;
    draftVerdict(this.d, { outcome: 'split' }, 'overall', block.text, block.start, block.text);
    for (const p of parts) {
      const at = block.start + p.index;
      if (!picks.includes(p)) {
        this.clauseClaims(p.text, at, { role: 'overall', technology: null, label: '', criterion: 'overall' }, null, null);
        continue;
      }
      const technology = p.mentions[0].slug;
      this.d.claims.add({ kind: 'recommendation', technology, criterion: 'overall', quote: p.text, at, statement: asSentence(p.text), related: this.technologies.relatedIn(p.text, technology) });
      const dash = /\s[—–]\s|:\s/.exec(p.text);
      const usesEnd = dash ? dash.index : p.text.length;
      // Uses: "Node.js for most web API backends", then each further listed use.
      const uses = listItems(p.text.slice(0, usesEnd).replace(/[.]$/, ''), 0);
      for (const [n, use] of uses.entries()) {
        const where = /\s+(?:where|because|since|as)\s/i.exec(use.text);
        const text = where ? use.text.slice(0, where.index) : use.text;
        if (text.length < 3) continue;
        this.d.claims.add({ kind: 'use_case', technology, useCase: this.matcher.useCase(text.replace(/^\S+(?:\s+\([^)]*\))?\s+for\s+/i, '')), quote: text, at: at + use.index, statement: `${this.matcher.technologyName(technology)} is recommended for ${text.replace(/^\S+(?:\s+\([^)]*\))?\s+for\s+/i, '')}.`, related: this.technologies.relatedIn(text, technology) });
        if (where && n === uses.length - 1) {
          const rest = use.text.slice(where.index + where[0].length);
          const polarity = polarityOf(rest);
          if (polarity) this.d.claims.add({ kind: polarity, technology, quote: rest.replace(/[.]$/, ''), at: at + use.index + where.index + where[0].length, statement: asSentence(rest) });
        }
      }
      if (dash) {
        const from = dash.index + dash[0].length;
        for (const reason of listItems(p.text.slice(from).replace(/[.]$/, ''), from)) {
          if (reason.text.length < 3) continue;
          this.d.claims.add({ kind: 'pro', technology, quote: reason.text, at: at + reason.index, statement: `An advantage of ${this.matcher.technologyName(technology)}: ${asSentence(reason.text)}` });
        }
      }
    }
    return true;
  }

  /** The line after a "Winner" label: "Python.", "Node.js wins for speed.", "Both …". */
  private labelledVerdict(block: ReaderBlock, context: SectionContext): number {
    const first = sentences(block.text)[0];
    if (!first) return 0;
    const mentions = this.technologies.mentions(first.text);
    // "Python." or "Python by a huge margin." names the winner; "Node.js for most web APIs — …" is advice, not a verdict.
    const bare = mentions[0]?.index === 0 && first.text.split(/\s+/).length <= 6 && !/\b(?:for|if|when)\b/i.test(first.text);
    const parsed: ParsedVerdict | null =
      parseVerdictSentence(first.text, mentions) ?? (bare ? { outcome: 'win', winner: mentions[0].name } : /^(?:both|tie|it'?s a tie)\b/i.test(first.text) ? { outcome: 'tie' } : null);
    if (!parsed) return 0;
    if (parsed.outcome === 'win' && !this.technologies.includes(this.matcher.resolveTechnology(parsed.winner!) ?? '')) return 0;
    // A bare "Python." under "Winner" is a label's answer, not a statement to quote: the verdict is the sentence that says it.
    if (bare && !parseVerdictSentence(first.text, mentions) && first.text.split(/\s+/).length <= 2) return first.index + first.text.length;
    // "Node.js wins for speed and concurrent requests": one verdict per criterion it names.
    const parts = parsed.about ? parsed.about.split(/\s+(?:and|&)\s+/) : [];
    if (parts.length > 1 && context.role !== 'overall') {
      for (const part of parts) draftVerdict(this.d, parsed, this.matcher.criterion(part), first.text, block.start + first.index, first.text);
      return first.index + first.text.length;
    }
    draftVerdict(this.d, parsed, context.role === 'overall' ? 'overall' : (context.criterion ?? 'overall'), first.text, block.start + first.index, first.text);
    return first.index + first.text.length;
  }

  /** A scenario title, then a line naming the pick ("Python (FastAPI)"), then optionally its reason. */
  private scenarioBlocks(blocks: ReaderBlock[], i: number): { technology: string; reason: boolean } | null {
    const title = blocks[i];
    const pick = blocks[i + 1];
    if (!pick || title.text.length > 120 || /[.!?:]$/.test(title.text) || this.technologies.mentions(title.text).length) return null;
    if (pick.type !== 'heading' && pick.type !== 'paragraph') return null;
    const mentions = this.technologies.mentions(pick.text);
    if (mentions[0]?.index !== 0 || pick.text.split(/\s+/).length > 6 || /[.!?]$/.test(pick.text) || new Set(mentions.map((m) => m.slug)).size > 1) return null;
    const technology = mentions[0].slug;
    const next = blocks[i + 2];
    const reason = next && next.type === 'paragraph' && /[.!?]$/.test(next.text) ? next : null;
    const last = reason ?? pick;
    const quote = this.doc.body.slice(title.start, last.start + last.text.length);
    this.d.claims.add({
      kind: 'scenario',
      technology,
      useCase: this.matcher.useCase(title.text),
      quote,
      at: title.start,
      statement: `For ${lowerFirst(cleanLabel(title.text))}, the article recommends ${pick.text.replace(/[.]+$/, '')}.`,
      related: this.technologies.relatedIn(pick.text, technology),
      keyHint: title.text,
    });
    return { technology, reason: !!reason };
  }

  /** "Scenario 2: a startup on MacBooks. Recommended: Docker Desktop." — a scenario with its pick. */
  private recommendedLine(block: ReaderBlock): boolean {
    const m = RECOMMENDED_LABEL.exec(block.text);
    if (!m) return false;
    const rest = block.text.slice(m.index + m[0].length);
    const mentions = this.technologies.mentions(rest);
    if (mentions[0]?.index !== 0) return false;
    const situation = block.text.slice(0, m.index).replace(/^(?:scenario|case|example|situation)\s*\d*\s*[:.—–-]\s*/i, '').trim();
    if (situation.split(/\s+/).length < 3 || this.technologies.mentions(situation).some((x) => x.slug !== mentions[0].slug)) return false;
    this.d.claims.add({
      kind: 'scenario',
      technology: mentions[0].slug,
      useCase: this.matcher.useCase(situation),
      quote: block.text,
      at: block.start,
      statement: asSentence(block.text),
      related: this.technologies.relatedIn(rest, mentions[0].slug),
      keyHint: situation,
    });
    return true;
  }

  /** "X is ideal for A, B, and C" / "Choose X for A and B": one use case per listed item. */
  private inlineUseCases(text: string, at: number, mentions: TechnologyMention[], carried: string | null = null): number | null {
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
    const items = listItems(list, listStart, /,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/g);
    if (!items.length || items.some((i) => i.text.split(/\s+/).length > 7)) return null;
    for (const item of items) {
      const quote = item.text.replace(/[.,]+$/, '');
      if (quote.length < 3) continue;
      this.d.claims.add({
        kind: 'use_case',
        technology: subject.slug,
        useCase: this.matcher.useCase(quote),
        quote,
        at: at + item.index,
        statement: `${this.matcher.technologyName(subject.slug)} is named for ${quote}.`,
        related: this.technologies.relatedIn(quote, subject.slug),
      });
    }
    return cue;
  }

  /**
   * A decision scenario in one sentence: "If you are building a content site on shared hosting,
   * pick X." The condition is a concrete project or situation; the main clause recommends one side.
   */
  private scenarioSentence(text: string, at: number): boolean {
    const m = SCENARIO_SENTENCE.exec(text);
    if (!m) return false;
    // The main clause follows the last comma before the recommending words.
    let split = -1;
    let pick: RegExpExecArray | null = null;
    for (let comma = text.indexOf(', ', m[0].length); comma !== -1; comma = text.indexOf(', ', comma + 1)) {
      const found = PICK_IN_MAIN.exec(text.slice(comma + 2));
      if (found) {
        split = comma;
        pick = found;
        break;
      }
    }
    if (!pick || split < 0) return false;
    const main = text.slice(split + 2);
    const after = this.technologies.mentions(main.slice(pick.index));
    const before = this.technologies.mentions(main.slice(0, pick.index + pick[0].length));
    // "pick X" names its technology after the verb; "X is the better choice" before the phrase.
    const technology = /^(?:then\s+)?(?:pick|choose|go with|opt for|use|reach for|start with|stick with)\b/i.test(pick[0]) ? after[0]?.slug : before[before.length - 1]?.slug;
    const condition = text.slice(m[0].length - m[1].length, split);
    if (!technology || this.technologies.mentions(condition).some((x) => x.slug !== technology)) return false;
    this.d.claims.add({
      kind: 'scenario',
      technology,
      useCase: this.matcher.useCase(condition),
      quote: text,
      at,
      statement: asSentence(text),
      related: this.technologies.relatedIn(text, technology),
      keyHint: condition,
    });
    return true;
  }

  private recommendation(text: string, at: number, context: SectionContext): boolean {
    const tldr = /^(?:tl;?\s?dr|bottom line|in short|the short answer)\b/i.test(text);
    if (context.role !== 'overall' && !tldr && !/^(?:pick|choose|go with|opt for|use)\s/i.test(text)) return false;
    if (!RECOMMEND.test(text) && !tldr && context.role !== 'overall') return false;
    let made = false;
    for (const clause of recommendationClauses(text)) {
      const mentions = this.technologies.mentions(clause.text);
      const slugs = [...new Set(mentions.map((m) => m.slug))];
      if (!slugs.length) continue;
      if (!RECOMMEND.test(clause.text) && !/\bfor\b|\bif\b|\bwhen\b/i.test(clause.text)) continue;
      const both = slugs.length > 1 && /\b(?:both|together|alongside|combine|combining|hybrid|each)\b/i.test(clause.text);
      const technology = both ? null : slugs[0];
      this.d.claims.add({
        kind: 'recommendation',
        technology,
        criterion: 'overall',
        quote: clause.text,
        at: at + clause.index,
        statement: asSentence(clause.text),
        related: both ? slugs : this.technologies.relatedIn(clause.text, technology),
      });
      made = true;
    }
    // "Mixing both in one project works well": the hybrid advice, about both.
    if (!made && context.role === 'overall' && !this.technologies.mentions(text).length && /\b(?:both|hybrid|mix(?:ing)?|combin(?:e|ing)|together|side by side)\b/i.test(text) && /\b(?:both|each)\b/i.test(text)) {
      this.d.claims.add({ kind: 'recommendation', technology: null, criterion: 'overall', quote: text, at, statement: asSentence(text), related: this.compared });
      made = true;
    }
    // "Pick the one your team knows best": advice about both, naming neither.
    if (!made && /^(?:pick|choose|go with|use|start with|stick with)\s+(?:the one|whichever|what(?:ever)?)\b/i.test(text)) {
      this.d.claims.add({ kind: 'recommendation', technology: null, criterion: 'overall', quote: text, at, statement: asSentence(text), related: this.compared });
      made = true;
    }
    return made;
  }

  private faq(question: ReaderBlock, answer: ReaderBlock): void {
    const q = question.text.replace(/\s*\+$/, '').trim();
    const inQuestion = [...new Set(this.technologies.mentions(q).map((m) => m.slug))];
    // A question naming neither technology is about the one its answer names.
    const first = sentences(answer.text)[0]?.text ?? answer.text;
    // "Is X faster than Y?" — "Yes, X is built on …": the answer takes a side, and names it first.
    const taken = [...new Set(this.technologies.mentions(first).filter((m) => m.index <= 12).map((m) => m.slug))];
    const sided = inQuestion.length > 1 && /^(?:yes|no|absolutely|definitely|not really)\b/i.test(first) && taken.length === 1 ? taken : null;
    const slugs = sided ?? (inQuestion.length ? inQuestion : [...new Set(this.technologies.mentions(answer.text).map((m) => m.slug))].slice(0, 1));
    const comparative = /^(?:is|are|does|do)\s+(.+?)\s+(?:\w+\s+)?(faster|better|easier|safer|cheaper|more\s+\w+)\s+(?:\w+\s+){0,3}?than\s+(.+?)\??$/i.exec(q);
    if (comparative && /^(?:yes|absolutely|definitely)\b/i.test(first)) {
      const side = this.technologies.mentions(comparative[1]);
      if (side.length === 1 && this.technologies.mentions(comparative[3]).some((m) => m.slug !== side[0].slug)) {
        const criterion = /faster|quicker/i.test(comparative[2]) ? 'performance' : 'overall';
        draftVerdict(this.d, { outcome: 'win', winner: side[0].name }, criterion, answer.text, answer.start, `${this.matcher.technologyName(side[0].slug)} is ${comparative[2].toLowerCase()}: ${first}`);
      }
    }
    this.d.claims.add({
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











}










/** "excellent in IntelliJ but weaker in other editors": a clause praising, then criticising, is two claims. */
function splitOpposed(clause: { text: string; index: number }): { text: string; index: number }[] {
  const m = /\s+(?=but\s)/.exec(clause.text);
  if (!m) return [clause];
  const before = clause.text.slice(0, m.index);
  const after = clause.text.slice(m.index + m[0].length);
  const a = strongPolarityOf(before);
  const b = polarityOf(after);
  if (!a || !b || a === b || before.split(/\s+/).length < 3) return [clause];
  return [{ text: before, index: clause.index }, { text: after, index: clause.index + m.index + m[0].length }];
}





import { escapeRegExp } from '../../../common/text/escape-regexp.js';

/**
 * What one clause of running prose says about a technology: an advantage, a drawback, or a plain
 * fact. Comparison articles state most of their claims in prose ("X is great at A, but struggles
 * with B"), so the words carry the polarity: evaluative adjectives and verbs, not technology names.
 */
export type ClauseKind = 'pro' | 'con' | 'fact';

/** Words and phrases that praise what they describe. */
const POSITIVE = new RegExp(
  [
    String.raw`\b(?:great|excellent|exceptional(?:ly)?|outstanding|superb|impressive|fantastic|remarkabl[ey]|amazing|awesome|wonderful|brilliant|terrific)\b`,
    String.raw`\b(?:fast|faster|fastest|quick|quicker|speedy|snappy|snappier|blazing|efficient(?:ly)?|performant|high[- ](?:throughput|performance))\b`,
    String.raw`\b(?:mature|rich|robust|powerful|solid|stable|reliable|battle[- ]tested|proven|secure|safer)\b`,
    String.raw`\b(?:easy|easier|easiest|simple|simpler|straightforward|readable|concise|clean|beginner[- ]friendly|intuitive|elegant|natural|friendly|friendlier|pleasant|ergonomic)\b`,
    String.raw`\b(?:flexible|flexibility|scalable|versatile|lightweight|portable|productive|productivity)\b`,
    String.raw`\b(?:best|first[- ](?:rate|class)|polished|effortless(?:ly)?|seamless(?:ly)?|unmatched|unrivalled|unrivaled|industry[- ]standard|gold standard|de facto)\b`,
    String.raw`\b(?:popular|massive|huge|enormous|vast|thriving|vibrant|dominant|dominance|dominates|superpower|strength|strengths|advantage|advantages|benefit|benefits|upside|plus side)\b`,
    String.raw`\b(?:shines?|excels?|excelling|ideal|well[- ]suited|suited|improved|improves|sufficient|enough)\b`,
    String.raw`\b(?:allows?|enables?|lets|saves?|simplifies|boosts?|speeds? up|lower(?:s|ing)?|reduc(?:es|ing)|prevents?|eliminates?|removes?)\b`,
    String.raw`\b(?:(?:works|integrates|scales|performs|pairs|plays)\s+(?:\w+\s+)?well|out of the box|built[- ]in|natively|first[- ]party)\b`,
    String.raw`\blow(?:er)?\s+(?:memory|overhead|latency|cost|costs|footprint|barrier)\b|\bless (?:memory|boilerplate|overhead|code)\b`,
    String.raw`\b(?:larger|bigger|broader|wider|richer|deeper)\s+(?:community|ecosystem|pool|selection|library|libraries|talent|user base|adoption|bench)\b|\bby far\b|\bfor you\b`,
    String.raw`\b(?:closed|closes|closing|narrowed|narrows|narrowing)\s+(?:most of\s+|much of\s+)?the gap\b|\b(?:caught|catches|catching) up\b|\bin the box\b|\bconsistent\b|\bwell[- ](?:maintained|documented|tested|designed)\b|\bautomates?\b`,
    String.raw`\bcatch(?:es)?\s+(?:[\w-]+\s+){0,4}(?:errors|bugs|mistakes)\b`,
    String.raw`\b(?:famous|renowned|celebrated|praised|(?:well[- ])?known) for\b`,
    String.raw`\b(?:full|fully|complete|comprehensive|extensive|advanced|automatic(?:ally)?|useful|convenient|sweet[- ]spot|well[- ]established)\b|\b(?:direct|native|first[- ]class)\s+support\b|\bthe ability to\b|\bcan be avoided\b`,
    String.raw`\b(?:good|handy|helpful|valuable|effective(?:ly)?|easily|smooth(?:ly|er)?|resilient|fault[- ]tolerant|highly[- ]available|cheap(?:er)?|affordable|well[- ]rounded|fine[- ]grained|thoughtful(?:ly)?|strong(?:er)?|minimal|optimi[sz]ed|hassle[- ]free|painless(?:ly)?|favou?rite|love[sd]?|enjoys?|powers? of|solve[sd]?|inspiring|deterministic|safely|nice|clever|pluggable|extensible|(?:one|1|single)[- ]click)\b`,
    String.raw`\b(?:better|greater|higher|improved|stronger)\s+(?:reliability|availability|durability|isolation|throughput|scalability|performance|security|resilience|consistency)\b`,
    String.raw`\bcan\s+(?:reuse|run|use|import|handle|scale|target|leverage|share|reach|deploy|interoperate|consume|call|integrate|automate|generate|serve)\b`,
  ].join('|'),
  'gi',
);

/** Words and phrases that criticise what they describe. */
const NEGATIVE = new RegExp(
  [
    String.raw`\b(?:struggl\w*|limits?|limited|limitations?|lacks?|lacking|slow|slower|slowest|sluggish|complex|complexity|complicated|convoluted)\b`,
    String.raw`\b(?:harder|hard to|difficult|steep|steeper|verbose|boilerplate-heavy|confus\w*|broke|breaks|breaking changes|(?:falls?|fell|lags?|lagging|is|are|a step|steps|still|far) behind|concerns?|risks?|risky|pain(?:ful)?|pitfalls?)\b`,
    String.raw`\b(?:bolted on|fight|fights|fewer|immature|drawbacks?|downsides?|weak|weaker|weakness(?:es)?|costly|expensive|paid|bottlenecks?|spikes?|problems?|problematic|issues?)\b`,
    String.raw`\b(?:worse|poor(?:ly)?|unstable|lock-in|silently|error[- ]prone|cumbersome|tedious|gotchas?|caveats?|catch|clunky|awkward|outdated|bloated|heavier|frustrat\w*|headaches?|fragmented|inconsistent|lags?|lagging)\b`,
    String.raw`\b(?:less (?:mature|strict|popular|widely|flexible|stable|secure|intuitive|readable|efficient|suited)|more work|more memory|(?:more|extra) (?:overhead|setup|configuration)|overhead)\b`,
    String.raw`\b(?:not (?:as|ideal|suitable|great|good|designed|well)|isn['\u2019]t (?:as|ideal|great|suited)|aren['\u2019]t (?:as|ideal)|doesn['\u2019]t|don['\u2019]t|can['\u2019]t|cannot|nothing comparable|no equivalent|no built-in|missing)\b`,
    String.raw`\b(?:requires? (?:careful|more|a paid|extra|manual|additional)|take[sn]? (?:months|years|a while)|smaller (?:community|ecosystem|pool|selection|talent)|(?:only|barely) (?:a few|a handful))\b`,
    String.raw`\b(?:comes?|came) at a (?:price|cost)\b|\b(?:ecosystem|community|pool|selection|user base|market share)\s+is\s+(?:much\s+|far\s+|still\s+)?(?:smaller|thinner|younger)\b`,
    String.raw`\b(?:rigid|brittle|fragile|flaky|buggy|crash(?:es|ed)?|prone to|susceptible|vulnerable|tricky|time[- ]consuming|hidden costs?|unexpected|overly|too (?:much|many|complex|heavy|slow|little)|abandon(?:s|ed|ing)?|deprecated|unsupported|grinds?\s+to\s+a\s+halt|rejected|choke[- ]?points?|no (?:longer|notion|concept)|hard|harder|disadvantages?|limiting|degrad\w*|challenges|challenging|bites?|tight(?:ly)?[- ]coupl\w*)\b`,
    String.raw`\b(?:comes?|came)\s+(?:with|at)\s+(?:a|the)\s+(?:price|cost)\b|\b(?:still|constantly|rapidly)\s+(?:rapidly\s+)?(?:evolving|changing)\b|\btakes?\s+(?:a\s+(?:fair|good|significant|considerable)\s+amount\s+of|a\s+lot\s+of|significant|considerable)\s+(?:time|effort|energy|work)\b|\b(?:performance|latency|memory)\s+(?:cost|penalty|hit)\b|\bloss\s+(?:of|in)\b|\brequires?\s+(?:some|significant|considerable|meticulous|a lot of)\b`,
    String.raw`\b(?:(?:still|relatively|fairly|quite|very|too)\s+(?:small|young|new|immature|thin|sparse|niche)|trips? up|you must|you have to|forces? you|manually|takes? (?:extra|more|additional) (?:work|effort|time)|extra work)\b`,
    // Hazards and burdens put on the user: "extensions are unsafe", "buffered events can be lost", "requires the user to rebalance …".
    String.raw`\b(?:insecure|unsafe|dangerous|sub-?optimal|incorrect(?:ly)?|unlearn|necessitates|not even)\b|\b(?:is|are|be|get|gets|got)\s+lost\b|\b(?:requires?|forces?|expects?)\s+(?:the\s+)?(?:user|users|you|developers?|operators?|clients?)\s+to\b`,
  ].join('|'),
  'gi',
);

/** Negated or compound forms whose words would read the wrong way ("non-blocking", "do not block"). */
const NEGATED_FORMS = String.raw`\bnon-\w+|\b(?:do|does|did|will|would|never)\s+not\s+\w+|\bwithout\s+(?:a\s+|any\s+)?[\w-]+`;

/**
 * What a clause's polarity is read without: the negated forms, and the taxonomy's neutral
 * phrases (criterion.neutralPhrases: "no garbage collector" states a design choice, not a
 * drawback), matched case-insensitively with any spacing between their words.
 */
export function neutralPattern(phrases: readonly string[]): RegExp {
  const words = (phrase: string) => phrase.trim().split(/\s+/).map(escapeRegExp).join(String.raw`\s+`);
  const listed = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].map(words);
  return new RegExp(listed.length ? `${NEGATED_FORMS}|\\b(?:${listed.join('|')})\\b` : NEGATED_FORMS, 'gi');
}

/** A clause that describes: what a technology is, was, uses, supports or was made by. */
const DESCRIPTIVE = /\b(?:is|was|are|were)\s+(?:an?|the|one of the|also an?)\s|\b(?:uses|use|relies on|rely on|is built on|built on|built around|based on|runs on|runs as|implements?|compiles?|supports?|ships? with|comes? with|is written in|written in|hosts?|powers|has|have|had|added|introduced|offers|provides|includes|describes|defines|stores|manages|models|represents|targets|generates|translates|publishes|maintains|remains|licen[cs]ed|open[- ]source)\b|\b(?:in|since)\s+(?:19|20)\d\d\b/i;

const CONTRAST = /\b(?:but|yet|however|although|though|whereas|while)\b/i;

/**
 * A capability denied: "X does not support joins", "ships no admin panel", "isn't supported",
 * "has never supported", "there is no built-in way". Saying a technology lacks something is a drawback.
 */
const DENIED = new RegExp(
  [
    String.raw`\b(?:does|do|did|will|can|could)\s*(?:not|n['\u2019]t)\s+(?:\w+ly\s+)?(?:have|offer|provide|support|implement|allow|include|integrate|ship|expose|handle|work|run|scale|apply|permit|guarantee|cope|protect|preserve|persist|replicate|detect)\b`,
    String.raw`\bcannot\s+(?:\w+ly\s+)?(?:be\s+)?\w+`,
    String.raw`\b(?:is|are|was|were)\s*(?:not|n['\u2019]t)\s+(?:yet\s+|currently\s+|really\s+|always\s+)?(?:supported|available|possible|provided|allowed|included|fault-tolerant|built for|designed for|consistent|suited|guaranteed|compatible|scalable|reliable|stable|secure|mature|ready|recommended|ideal|free|open[- ]source|durable|persistent|replicated|ordered|isolated)\b`,
    String.raw`\b(?:has|have)\s+never\s+\w+|\b(?:ships?|has|have|offers?|provides?|includes?|supports?|comes? with|makes?|gives?)\s+no\b|\bno\s+(?:direct\s+|native\s+|built-in\s+|official\s+)?(?:support|way|equivalent|isolation|option|mechanism|api|ability)\b|\bnot\s+yet\s+(?:available|supported)\b`,
    String.raw`\bthere\s*(?:is|are|['\u2019]s)\s+(?:still\s+|currently\s+)?no\b|\bno\s+[\w/-]+(?:\s+[\w/-]+)?\s+(?:is|are)\s+(?:provided|available|supported|offered|possible)\b|\b(?:is|are)\s+limited\s+to\b|\b(?:a|the)\s+lack\s+of\b`,
    String.raw`\bonly\s+(?:available|possible|supported|usable)\s+(?:on|in|for|with|when|through|via|as)\b|\b(?:requires?|needs?)\s+(?:an?\s+|the\s+)?(?:separate|external|extra|additional|dedicated|third[- ]party|running)\s+[\w-]+|\b(?:requires?|needs?)\s+[^,.;]{1,40}?\s+to\s+(?:be\s+)?(?:run|work|function|operate|started|installed|maintained|deployed|running)\b`,
    String.raw`\b(?:supports?|lets?|allows?|offers?|provides?|handles?)\b[^.;]{1,80}?\bonly\s*(?:[.)]\s*)?$|\black(?:s|ing)?\b`,
    String.raw`\b(?:currently|can|could)\s+only\b|\bonly\s+(?:supports?|works?|applies|lets?|allows?|provides?|offers?)\b|\b(?:supports?|offers?|provides?|allows?|lets?|available|possible)\b[^,;.]{0,60}\bonly\s+(?:in|on|for|within|with|when|after|if|through|via)\b`,
  ].join('|'),
  'gi',
);

/** A burden denied: "requires no external services", "no need to …", "without the overhead of …", "little to no lock-in" is an advantage. */
const SPARED = /\bwithout\s+(?:requiring|much|too\s+much|any\s+up-front)\b|\bnone\s+of\s+[^.;]{0,30}?\brequires?\b|\blittle\s+(?:to|or)\s+no(?:\s+[\w-]+){1,3}|\b(?:requires?|needs?)\s+no\b|\b(?:does|do)\s*(?:not|n['’]t)\s+(?:even\s+)?(?:need|require)\b|\bno\s+(?:need|overhead|external|special|extra|additional|manual)\b|\bwithout\s+(?:the\s+|any\s+)?(?:need|overhead|having to|manual)\b/gi;

/** A denial and the few words it governs: "ships no built-in admin panel" praises nothing. */
const DENIED_SCOPE = new RegExp(String.raw`(?:${DENIED.source})(?:\s+[\w/-]+){0,4}`, 'gi');

/**
 * A praise or criticism word negated just before it: "is not easy", "never fast", "isn't prone to
 * crashes". The word's polarity turns ("not only" adds rather than negates).
 */
const NEGATOR = /\b(?:not|never|hardly|barely|n['’]t)\s+(?!only\b)(?:(?:very|so|too|that|really|particularly|always|overly|especially|exactly|entirely|quite)\s+)?([\w-]+(?:\s+to)?)/gi;

function flipNegated(text: string): { text: string; pos: number; neg: number } {
  let pos = 0;
  let neg = 0;
  const rest = text.replace(NEGATOR, (whole, word: string) => {
    const s = score(word);
    if (s.pos === s.neg) return whole;
    if (s.pos > s.neg) neg++;
    else pos++;
    return ' ';
  });
  return { text: rest, pos, neg };
}

/** Counts evaluative words in a clause; the part after a contrast ("…, but …") decides. `neutral`: neutralPattern(). */
export function polarityOf(clause: string, neutral: RegExp): 'pro' | 'con' | null {
  let spared = clause.match(SPARED)?.length ?? 0;
  const withoutSpared = clause.replace(SPARED, ' ');
  // "there are no such bottlenecks", "No more problems": a drawback denied is an advantage.
  let denied = 0;
  for (const scope of withoutSpared.match(DENIED_SCOPE) ?? []) {
    const governed = score(scope.replace(DENIED, ' '));
    // Only an absence ("no …") spares; a restriction ("only in its paid edition") stays a drawback.
    if (/\bno\b/i.test(scope) && governed.neg > governed.pos) spared++;
    else denied++;
  }
  if (denied || spared) {
    const rest = scoreWithNegation(withoutSpared.replace(DENIED_SCOPE, ' ').replace(neutral, ' '));
    const pos = rest.pos + spared;
    const neg = rest.neg + denied;
    if (pos !== neg) return pos > neg ? 'pro' : 'con';
  }
  const text = clause.replace(neutral, ' ');
  const contrast = CONTRAST.exec(text);
  // "powerful but considerably more complex": the part after "but" is what the clause concludes.
  if (contrast && contrast.index > 0) {
    const after = scoreWithNegation(text.slice(contrast.index + contrast[0].length));
    if (after.pos !== after.neg) return after.pos > after.neg ? 'pro' : 'con';
  }
  const { pos, neg } = scoreWithNegation(text);
  if (pos === neg) return null;
  return pos > neg ? 'pro' : 'con';
}

/** score() after turning negated words: "not easy" counts against, "not prone to errors" for. */
function scoreWithNegation(text: string): { pos: number; neg: number } {
  const flipped = flipNegated(text);
  const rest = score(flipped.text);
  return { pos: rest.pos + flipped.pos, neg: rest.neg + flipped.neg };
}

function score(text: string): { pos: number; neg: number } {
  const pos = text.match(POSITIVE)?.length ?? 0;
  const neg = text.match(NEGATIVE)?.length ?? 0;
  return { pos, neg };
}

/** Polarity without mere ability ("X can automate workflows"): a concession, not praise. */
export function strongPolarityOf(clause: string, neutral: RegExp): 'pro' | 'con' | null {
  return polarityOf(clause.replace(/\bcan\s+\w+/gi, ' '), neutral);
}

/** Whether a clause says its subject lacks or cannot do something ("does not offer a community tier"). */
export function deniesCapability(clause: string): boolean {
  DENIED.lastIndex = 0;
  const denied = DENIED.test(clause);
  DENIED.lastIndex = 0;
  return denied;
}

export function isDescriptive(clause: string): boolean {
  return DESCRIPTIVE.test(clause);
}

/** A clause that states something (has a finite verb), not a fragment or a heading-like phrase. */
export function statesSomething(clause: string): boolean {
  // "A vs B: our notes after a year" is a title: "vs" is no verb in -s.
  return VERB.test(clause) || /^(?:\S+\s+){1,4}?(?!vs\s)(?:[a-z]+(?:es|s|ed))\s/.test(clause);
}

const VERB = /\b(?:is|are|was|were|has|have|had|can|could|will|would|should|does|do|did|makes?|made|offers?|provides?|remains?|feels?|felt|takes?|took|gives?|gave|lets|allows?|runs?|uses?|handles?|supports?|becomes?|became|integrates?|delivers?|ships?|comes?|needs?|requires?|works?|scales?|performs?|struggles?|lacks?|hosts?|covers?|means|powers?|employs?|added|implements?|compiles?|relies|rely|started|reached|grew|found|broke|confuses?|seems?|tends?|matches|excels?|shines?|dominates?|enables?|introduces?|introduced|limits?|improved|improves|catches|removes?|brings?|adds?|keeps?|saves?|reads?|writes?|builds?|targets?|demands?|stays?|gets?|goes|knows?|helps?|costs?|feels?|looks?|breaks?|fails?|wins?|loses?|leads?|trails?|beats?|ships?|avoids?|prevents?|forces?|lacks?|misses|pays?|describes?|stores?|manages?|defines?|publishes|maintains?|hosts?|remained|moved|became|created|developed|released|launched|offered|added)\b/i;

/**
 * Clauses of one sentence that may each be a claim: "X is great at A, but struggles with B" is a
 * pro and a con; "Although slower than C, its performance is sufficient" a con and a pro. Lists
 * ("Express, NestJS, and Fastify") are not split: both sides of ", and" must have a verb.
 */
export function claimClauses(text: string): { text: string; index: number }[] {
  const cuts: number[] = [];
  // A leading subordinate clause ends at its first comma.
  const lead = /^(?:although|though|even though|while|whereas|despite|unlike)\b[^,]{3,120},\s+/i.exec(text);
  if (lead) cuts.push(lead[0].length);
  // ", but only if …" limits the clause before it: it stays with it (a condition, not a second claim).
  const re = /;\s+|,\s+(?=(?:but|yet|while|whereas|although|though|however)\b(?!\s+only\b))|,\s+(?=and\s)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length;
    if (/^,\s+$/.test(m[0]) && /^and\s/.test(text.slice(at))) {
      const before = text.slice(cuts[cuts.length - 1] ?? 0, m.index);
      const after = text.slice(at + 4);
      const nextComma = after.search(/[,;]/);
      if (!VERB.test(before) || !VERB.test(nextComma === -1 ? after : after.slice(0, nextComma))) continue;
    }
    cuts.push(at);
  }
  const out: { text: string; index: number }[] = [];
  const bounds = [0, ...cuts.filter((c) => c > 0 && c < text.length), text.length];
  for (let i = 0; i < bounds.length - 1; i++) {
    const raw = text.slice(bounds[i], bounds[i + 1]);
    const t = raw.replace(/[\s,;]+$/, '').trim();
    if (t.length >= 8) out.push({ text: t, index: bounds[i] + raw.indexOf(t) });
  }
  return out;
}

/** A condition that limits a claim: "only if …", "but only on …", "unless …", "provided that …", "as long as …". */
const CONDITION = /\b(?:(?:but\s+)?only\s+(?:if|when|on|in|for|with|after|under|within|where)|unless|provided\s+(?:that\s+)?|as\s+long\s+as|so\s+long\s+as)\b[^,;.!?]*/gi;

/** The conditions a clause states, verbatim, as qualifiers of its claim. */
export function conditionsOf(clause: string): string[] {
  return [...clause.matchAll(CONDITION)].map((m) => m[0].trim()).filter((q) => q.split(/\s+/).length >= 3 && q.length <= 300);
}

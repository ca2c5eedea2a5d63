import type { TechnologyMention } from '../taxonomy-matcher.js';

/**
 * Comparisons as ordinary prose writes them, beyond verdict phrases ("X wins"): comparative
 * adjectives and adverbs with "than" ("Elixir handles concurrency better than Ruby", "Kotlin is less
 * verbose than Java"), "not as … as", "prefer X over Y", "X outperforms / beats / trails Y",
 * "unlike Y, X …", hedged ("might be a worse choice than"), "X has an edge over Y", "X is a better Y",
 * "written in X instead of Y", "X (or even better, Y)", "as good as Y, if not better", verbs of a race
 * ("ahead of", "can't match", "hard to keep up with"). The winner follows the comparison's
 * direction: a comparative that praises favours its subject, one that criticises favours the other
 * side; "less"/"fewer" turn a word's polarity around. The criterion is what is compared ("faster" ->
 * performance, "a shorter learning curve" -> learning curve), never the section heading.
 */
export interface ComparativeVerdict {
  /** The slug of the technology the sentence favours. */
  winner: string;
  /** The words naming what is compared, for the criterion (null: the comparison names none). */
  about: string | null;
}

/** Comparative words by what they say of their subject; with the criterion a bare adjective stands for. */
const PRAISING: Record<string, string | null> = {
  better: null, faster: 'performance', quicker: 'performance', speedier: 'performance', easier: 'ease of use', simpler: 'simplicity', cheaper: 'cost',
  safer: 'safety', lighter: 'resource usage', leaner: 'resource usage', smaller: null, sturdier: 'reliability', cleaner: 'code clarity', clearer: 'clarity',
  stronger: null, richer: null, larger: null, bigger: null, wider: null, broader: null, higher: null, lower: null, shorter: null, friendlier: 'ease of use',
  superior: null, snappier: 'performance', newer: null, greater: null, nicer: null, cooler: null, prettier: null, smoother: null, smarter: null,
  sleeker: null, handier: 'ease of use', saner: null, stabler: 'stability', tighter: null, preferable: null,
};
const CRITICISING: Record<string, string | null> = {
  worse: null, slower: 'performance', harder: 'ease of use', heavier: 'resource usage', costlier: 'cost', pricier: 'cost', weaker: null, clunkier: 'ease of use',
  inferior: null, older: null, longer: null, uglier: null, buggier: 'reliability', clumsier: 'ease of use', messier: null, riskier: 'risk', poorer: null,
  lesser: null, dumber: null, noisier: null, trickier: 'ease of use', tougher: 'ease of use',
};
/** Adjectives after more/less/fewer, by polarity; the criterion is the adjective's noun. */
const GOOD_QUALITIES: Record<string, string> = {
  mature: 'maturity', scalable: 'scalability', efficient: 'efficiency', secure: 'security', flexible: 'flexibility', popular: 'popularity', productive: 'productivity',
  reliable: 'reliability', performant: 'performance', stable: 'stability', powerful: 'capabilities', robust: 'reliability', readable: 'readability', expressive: 'expressiveness',
  intuitive: 'ease of use', versatile: 'flexibility', extensible: 'extensibility', configurable: 'configurability', portable: 'portability', capable: 'capabilities',
  'feature-rich': 'features', lightweight: 'resource usage', consistent: 'consistency', predictable: 'predictability', accessible: 'ease of use', 'user-friendly': 'ease of use',
  concise: 'conciseness', modular: 'modularity', maintainable: 'maintainability', affordable: 'cost', resilient: 'resilience', 'cost-effective': 'cost', available: 'availability',
  suitable: 'suitability', suited: 'suitability', widespread: 'adoption', established: 'maturity', 'battle-tested': 'maturity', integrated: 'integration', polished: 'polish',
};
const BAD_QUALITIES: Record<string, string> = {
  complex: 'complexity', complicated: 'complexity', verbose: 'verbosity', expensive: 'cost', difficult: 'ease of use', 'error-prone': 'reliability', limited: 'capabilities',
  restrictive: 'flexibility', opinionated: 'flexibility', cumbersome: 'ease of use', fragile: 'reliability', 'resource-intensive': 'resource usage', brittle: 'reliability',
  bloated: 'resource usage', confusing: 'ease of use', involved: 'complexity', demanding: 'resource usage', costly: 'cost', painful: 'ease of use', tedious: 'ease of use',
};
/** Nouns whose "less"/"fewer"/"lower" is good ("less boilerplate", "fewer bugs", "lower latency"). */
const BAD_AMOUNTS = /^(?:boilerplate|overhead|memory|latency|cost|costs|bugs|errors|dependencies|configuration|setup|code|resources|ram|cpu|footprint|complexity|friction|maintenance|downtime|effort|work|steps|moving parts|learning curve|barrier|risk|lock-in|resource usage|system resources|disk space|storage|size|image size|binary size|bundle size)\b/i;

/** Trouble a side may have more or less of. */
const TROUBLE = /^(?:problems?|issues?|breaking(?:\s+changes?)?|breakages?|regressions?|crash(?:es)?|challenges?|bugs?|limitations?|restrictions?|pitfalls?|gotchas?|headaches?|outages?|failures?|incidents?|complaints?|drawbacks?|vulnerabilit(?:y|ies))\b/i;

/** A word that names an amount rather than a quality: a plural, or an abstract noun ("granularity", "friendliness"). */
const NOUN_LIKE = /^[a-z-]+(?:ity|ness|ment|tion|sion|ance|ence|ship|ism)$|^[a-z-]{3,}[^s]s$/i;

/** Durations that are worse when longer. */
const DURATION = /\b(?:times?|builds?|compil\w*|start\w*|waits?|delays?|queues?|learning curve|downtime|outages?|cycles?)\b/i;

/** Nouns that name no criterion ("a worse choice", "the better option"). */
const GENERIC = /^(?:choice|option|pick|bet|fit|way|solution|alternative|tool|one|thing|approach|candidate|job)s?$/i;

const HEDGE = /\b(?:might|may|could|can|would|tends? to|generally|usually|typically|often|slightly|somewhat|much|far|significantly|considerably|noticeably|a (?:bit|little|whole lot|lot)|even|still|way(?=\s+(?:more|less|better|worse|[a-z]+er)\b))\b/gi;

/** Where one compared technology stands in the sentence, by mention index. */
interface Sides {
  mentions: TechnologyMention[];
  /** The subject when the sentence names none before the comparison ("It is faster than Y"). */
  carried: string | null;
  /** The compared pair: with two, naming one side names the other by elimination. */
  pair: string[];
}

const other = (pair: string[], slug: string) => (pair.length === 2 ? (pair[0] === slug ? pair[1] : pair[1] === slug ? pair[0] : null) : null);

/** The subject: the last compared technology named before `at` (outside "unlike/than/compared to" phrases), else the carried one. */
function subjectBefore(s: Sides, text: string, at: number): string | null {
  const before = s.mentions.filter((m) => m.end <= at && !/\b(?:unlike|than|compared (?:to|with)|over|versus|vs\.?)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index - 25), m.index)));
  return before.length ? before[before.length - 1].slug : s.carried;
}

/** The technology named right after `at` (the comparand of "than", "as", "over"), else the other side. */
function comparandAfter(s: Sides, at: number, subject: string | null): string | null {
  const after = s.mentions.find((m) => m.index >= at && m.slug !== subject);
  return after?.slug ?? (subject ? other(s.pair, subject) : null);
}

function judge(subject: string | null, comparand: string | null, praises: boolean, pair: string[]): string | null {
  if (!subject || !pair.includes(subject)) return praises ? null : comparand && pair.includes(comparand) ? comparand : null;
  if (comparand && (comparand === subject || !pair.includes(comparand))) return null;
  return praises ? subject : (comparand ?? other(pair, subject));
}

/** The noun a comparative qualifies when it follows it ("lower latency"); a preposition there ("smaller with X") names none. */
function nounFollowing(nextWords: string): string {
  const noun = /^([\w-]+(?:\s+[\w-]+)?)/.exec(nextWords)?.[1] ?? '';
  const adjunct = /^(?:with|in|on|for|when|than|then|at|under|using|compared|and|or|to|if|as|by|per|of)$/i;
  const [first, second] = noun.split(/\s+/);
  if (!first || adjunct.test(first)) return '';
  // "higher uptime for dashboards": the noun is the word before the preposition.
  return second && adjunct.test(second) ? first : noun;
}

/** The noun a predicative comparative is said of ("the size of the image is smaller" -> size), from the words before it. */
const nounPredicated = (before: string) =>
  /\b([a-z][\w-]*)(?:\s+of(?:\s+[\w'’.-]+){1,3}?)?\s+(?:is|are|was|were|gets?|stays?|remains?|becomes?)\s+$/i.exec(before)?.[1] ?? '';

/**
 * The polarity of "more|less|fewer <word>" or "<word>-er", with the criterion it names. `before`
 * (the words before the comparative) names what a predicative "smaller"/"higher" is said of.
 */
function comparativeWord(phrase: string, nextWords: string, before = ''): { praises: boolean; about: string | null } | null {
  const lower = phrase.toLowerCase();
  const m = /^(more|less|fewer)\s+([\w-]+)$/.exec(lower);
  if (m) {
    const [, degree, word] = m;
    const invert = degree !== 'more';
    if (GOOD_QUALITIES[word]) return { praises: !invert, about: GOOD_QUALITIES[word] };
    if (BAD_QUALITIES[word]) return { praises: invert, about: BAD_QUALITIES[word] };
    // "less boilerplate", "more features": an amount of something good or bad.
    if (BAD_AMOUNTS.test(word)) return { praises: invert, about: word };
    if (/^(?:features|options|control|power|plugins|integrations|support|users|adoption|stars|contributors|libraries|packages|flexibility|throughput|performance|speed|community|documentation|tooling)$/.test(word)) return { praises: !invert, about: word };
    // "fewer problems", "more challenges": an amount of trouble.
    if (TROUBLE.test(word)) return { praises: invert, about: word };
    // "more granularity", "more data centers": an amount of something, which the side that has more of it offers.
    if (NOUN_LIKE.test(word) && !/^(?:than|of|to|and|or)$/.test(word)) return { praises: !invert, about: word };
    // "more helpful", "less momentum": an unknown word after more/less is mostly something to have.
    if (/^[a-z]{4,}$/.test(word) && !/^(?:than|often|likely|time|about|like|with|from|into|over|when|that|then|this|those|these)$/.test(word)) return { praises: !invert, about: null };
    // "more data centers", "more regional mirrors": the amount is of the noun after the word.
    const noun = /^([a-z-]+)\b/i.exec(nextWords)?.[1] ?? '';
    if (noun && !/^(?:than|to|for|and|or|in|of)$/i.test(noun) && NOUN_LIKE.test(noun)) return TROUBLE.test(noun) ? { praises: invert, about: noun } : { praises: !invert, about: `${word} ${noun}` };
    return null;
  }
  // "lower latency", "higher throughput", "smaller footprint", "shorter learning curve": the noun decides.
  if (/^(?:lower|smaller|shorter|fewer|less)$/.test(lower)) {
    const noun = nounFollowing(nextWords) || nounPredicated(before);
    if (BAD_AMOUNTS.test(noun)) return { praises: true, about: noun };
    if (noun) return { praises: false, about: noun };
    return null;
  }
  if (/^(?:higher|larger|bigger|longer|wider|broader|richer|stronger|greater)$/.test(lower)) {
    const noun = nounFollowing(nextWords) || nounPredicated(before);
    if (BAD_AMOUNTS.test(noun) || TROUBLE.test(noun)) return { praises: false, about: noun };
    // "a longer tenure" praises; "longer build times" does not.
    if (noun && !/^than\b/.test(noun)) return { praises: lower !== 'longer' || !DURATION.test(noun), about: noun };
    return lower === 'longer' ? null : { praises: true, about: null };
  }
  if (lower in PRAISING) return { praises: true, about: PRAISING[lower] };
  if (lower in CRITICISING) return { praises: false, about: CRITICISING[lower] };
  return null;
}

/** What "easier to learn", "faster to write", "harder to deploy" compare, in the taxonomy's words. */
const TO_VERB: [RegExp, string][] = [
  [/^(?:to\s+)?(?:learn|pick up|master|teach|get started)\b/i, 'learning curve'],
  [/^(?:to\s+)?(?:write|develop|code|prototype|build|program)\b/i, 'development speed'],
  [/^(?:to\s+)?(?:read|understand|follow)\b/i, 'readability'],
  [/^(?:to\s+)?(?:deploy|install|set up|ship|host)\b/i, 'deployment'],
  [/^(?:to\s+)?(?:scale)\b/i, 'scalability'],
  [/^(?:to\s+)?(?:debug|test|maintain)\b/i, 'maintainability'],
];
const criterionOf = (nextWords: string, about: string | null) => TO_VERB.find(([re]) => re.test(nextWords))?.[1] ?? about;

/** The noun phrase right after a comparative ("better documentation than" -> documentation), if it names one. */
function nounAfter(nextWords: string): string | null {
  const m = /^((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:than|compared|over)\b/.exec(nextWords);
  // "smaller with X than with Y": an adjunct naming the side, not what is compared.
  if (!m || /^(?:with|in|on|using|under|for|when|at|by)\b/i.test(m[1])) return null;
  const words = m[1].split(/\s+/).filter((w) => !/^(?:a|an|the|its|their|in|at|on|for|with|to|of|and|is|are)$/i.test(w));
  return words.length && !GENERIC.test(words.join(' ')) ? words.join(' ') : null;
}

/** A question, or a comparison reported as undecided ("whether X is faster than Y"), states no winner. */
const UNDECIDED = /\?\s*["'”’)]*\s*$|\bwhether\s+(?:or not\s+)?(?:\S+\s+){0,4}?(?:is|are|was|would be|will be|performs?|runs?)\b[^,;]*\bthan\b|\bno (?:obvious )?reason\b|\b(?:skeptical|doubt|unsure|not sure|wonder(?:ing)?)\b/i;

/** A negation in the few words before a comparative ("is not faster", "isn't any better", "no slower", "wouldn't sell better") turns it around. */
const NEGATED = /(?:\bnot|n['’]t|\bno|\bnever|\bhardly|\bno way\b.*)\s+(?:\w+\s+){0,2}?(?:(?:any|much|even|really|necessarily|always|quite|that|so|too)\s+)?$/i;
const negatedAt = (plain: string, at: number) => NEGATED.test(plain.slice(Math.max(0, at - 40), at)) && !/\bnot\s+only\s+$/i.test(plain.slice(0, at));

/** What joins a comparative to its comparand: "than", "compared to", "in comparison with", "relative to", "superior to". */
const CONNECTIVE = /^\s*(than|then|that|(?:compared|in\s+comparison)\s+(?:to|with|against)|relative\s+to|to)\b/i;

/** The part of a sentence a comparative at `at` stands in: clauses end at ";" and at ", but", ", while", " but " and the like. */
function clauseAround(text: string, at: number): { start: number; end: number } {
  const cut = /;|,?\s+(?:but|whereas|while|although|though)\s+|,\s+(?:and|so)\s+|\s+and\s+(?=(?:the\s+)?[\w.+#-]+\s+(?:is|are|was|were)\s)|\s[—–-]\s/gi;
  // "While X is …, Y is …": a leading subordinate clause ends at its comma.
  const lead = /^(?:while|whereas|although|though|even though|unlike|in contrast to|as opposed to)\b[^,]{3,120},\s+/i.exec(text);
  if (lead && at < lead[0].length) return { start: 0, end: lead[0].replace(/,\s+$/, '').length };
  let start = lead ? lead[0].length : 0;
  let end = text.length;
  for (const m of text.matchAll(cut)) {
    // "X is not good and Y is better" is two clauses; "X and Y are better" one subject of two names.
    if (/^\s+and\s/i.test(m[0]) && !/\b(?:is|are|was|were|has|have|had|does|do|did|can|will)\b/i.test(text.slice(start, m.index!))) continue;
    if (m.index! + m[0].length <= at) start = m.index! + m[0].length;
    else if (m.index! >= at) {
      end = m.index!;
      break;
    }
  }
  return { start, end };
}

/** Capitalised words that open a clause without naming its subject ("It is faster than Y", "Much easier than Y"). */
const UNNAMED_OPENERS = /^(?:While|Whereas|Although|Though|If|When|In|On|For|As|At|Overall|However|Actually|Honestly|Personally|Clearly|Obviously|Really|It|It's|Its|This|That|They|These|Those|Much|Far|Way|A|An|The|But|And|So|Also|Yes|Even|Still|Generally|Overall|Now|I|I'm|I'd|We|You|Definitely|Probably|Certainly|Visibly|Noticeably)$/;

/** A comparative sentence's winner among the compared technologies, and what it is compared on. */
export function comparativeVerdict(text: string, s: Sides): ComparativeVerdict | null {
  if (s.pair.length < 2) return null;
  if (UNDECIDED.test(text.trim()) || /^(?:Is|Are|Does|Do|Did|Can|Could|Would|Will|Should|Which)\s/.test(text.trim())) return null;
  const plain = text.replace(HEDGE, (w) => ' '.repeat(w.length));

  // "prefer X over Y", "choose X over Y", "X over Y for …"
  const prefer = /\b(?:prefer(?:s|red)?|choos(?:e|es|ing)|pick(?:s|ed)?|recommend(?:s|ed)?|favou?r(?:s|ed)?|go(?:es)? with|opt(?:s|ed)? for|lik(?:e|es|ed)|lov(?:e|es|ed))\s+(?:the\s+)?/i.exec(plain);
  if (prefer) {
    const rest = prefer.index + prefer[0].length;
    const first = s.mentions.find((m) => m.index >= rest);
    if (first && /^\s+(?:over|to|rather\s+than|instead\s+of)\s+(?:the\s+)?/i.test(text.slice(first.end)) && (/^pref|^favo/i.test(prefer[0]) || /^\s+over\b/i.test(text.slice(first.end)))) {
      const loser = s.mentions.find((m) => m.index > first.end && m.slug !== first.slug);
      if (s.pair.includes(first.slug) && (!loser || s.pair.includes(loser.slug))) return { winner: first.slug, about: aboutAfter(text, loser?.end ?? first.end) };
    }
    // "Engineers often prefer and appreciate X for its …, while …": a preference stated outright (not "if you prefer X").
    const named = s.mentions.find((m) => m.index >= rest && m.index <= rest + 20 && /^(?:and\s+\w+\s+)?(?:the\s+)?$/i.test(plain.slice(rest, m.index)));
    if (named && /^pref/i.test(prefer[0]) && !/\b(?:lean|gravitate|prefer|favou?r|choose|pick)\w*\b/i.test(plain.slice(0, prefer.index) + plain.slice(rest)) && s.pair.includes(named.slug) && !/^\s*(?:,|\/|and\b|or\b|&)/i.test(plain.slice(named.end)) && !/\b(?:if|unless|whether|when|who|those|people|some|many)\b[^,.;]*$/i.test(plain.slice(0, prefer.index)) && s.mentions.some((m) => m.slug !== named.slug && s.pair.includes(m.slug))) {
      return { winner: named.slug, about: aboutAfter(text, named.end) };
    }
  }

  // "X has an edge over Y", "the extra plugins give X a clear advantage over Y": the side holding it wins.
  const edge = /\b(?:(?:a|an|the|its|their|some)\s+)?(?:(?:clear|slight|big|huge|significant|real|distinct|major|definite|decisive|considerable|great)\s+)?(?:edge|advantages?|upper\s+hand|lead)\s+over\s+(?:the\s+)?/i.exec(plain);
  if (edge) {
    const loser = s.mentions.find((m) => m.index === edge.index + edge[0].length && s.pair.includes(m.slug));
    const holder = s.mentions.filter((m) => m.end <= edge.index && m.slug !== loser?.slug && s.pair.includes(m.slug) && !/\b(?:no|not|n['’]t|lost|loses?|without)\b/i.test(plain.slice(m.end, edge.index)));
    if (loser && /^(?:the\s+)?(?:extra\s+|built-in\s+)?[\w\s'’-]{0,40}\bgives?\s+(?:it|them)\s+$/i.test(plain.slice(holder[holder.length - 1]?.end ?? 0, edge.index)) || (loser && holder.length && /\b(?:has|have|had|holds?|held|gains?|gained|enjoys?|keeps?|retains?|maintains?|gives?\s+(?:it|them))\s+$/i.test(plain.slice(holder[holder.length - 1].end, edge.index)))) {
      const winner = holder.length ? holder[holder.length - 1].slug : other(s.pair, loser!.slug);
      if (winner && winner !== loser!.slug) return { winner, about: aboutAfter(text, loser!.end) };
    }
  }

  // "Use X (or even better, Y)", "X or better yet Y": the second side is the better pick.
  const orBetter = /^[\s,(]*or,?\s+(?:even\s+|much\s+)?better(?:\s+yet|\s+still)?,?\s+(?:(?:a|an|the|your|use|with)\s+)?$/i;
  for (const better of s.mentions) {
    const first = s.mentions.filter((x) => x.end <= better.index && better.index - x.end <= 50 && x.slug !== better.slug && s.pair.includes(x.slug) && orBetter.test(plain.slice(x.end, better.index)));
    if (first.length === 1 && s.pair.includes(better.slug)) return { winner: better.slug, about: null };
  }

  // "X is just as good as Y, if not better": the subject, by the comparative's polarity.
  const ifNot = /\bas\s+[\w-]+\s+as\b[^.;]{0,60}?\bif\s+not\s+((?:more|less)\s+[\w-]+|[a-z]+er|better|worse)\b/i.exec(plain);
  if (ifNot) {
    const word = comparativeWord(ifNot[1], plain.slice(ifNot.index + ifNot[0].length).trim());
    const subject = subjectBefore(s, text, ifNot.index);
    if (word && subject) {
      const winner = judge(subject, other(s.pair, subject), word.praises, s.pair);
      if (winner) return { winner, about: word.about };
    }
  }

  // "We wrote the service in X instead of Y", "runs better on X rather than Y": the side chosen over the other.
  const instead = /[,\s]+(?:instead\s+of|rather\s+than)\s+(?:(?:just|plain|the|a|an|using|in|on|with)\s+){0,2}$/i;
  for (const loser of s.mentions) {
    const gap = instead.exec(plain.slice(Math.max(0, loser.index - 40), loser.index));
    if (!gap || !s.pair.includes(loser.slug)) continue;
    const at = loser.index - gap[0].length;
    const chosen = s.mentions.filter((x) => x.end <= at && at - x.end <= 30 && x.slug !== loser.slug && s.pair.includes(x.slug) && /^[\s\w.'’-]*$/.test(plain.slice(x.end, at)));
    // "X or Y instead of Z", "X instead of one": a list on either side, or no rival, decides nothing.
    if (chosen.length !== 1 || /\b(?:or|and)\s*$/i.test(plain.slice(0, chosen[0].index))) continue;
    // "It is even slower now that we use X instead of Y": a choice regretted.
    if ((plain.slice(0, at).toLowerCase().match(/\b[a-z]+\b/g) ?? []).some((w) => w in CRITICISING)) continue;
    if (!/\b(?:use[sd]?|using|cho(?:se|ose|osing)|pick(?:ed|s)?|prefer\w*|go(?:es)?\s+with|went\s+with|opt\w*\s+for|switch\w*|migrat\w*|writ\w*|wrote|cod\w*|buil[dt]\w*|run\w*|ran|perform\w*|work\w*|better|faster|easier|should|recommend\w*)\b/i.test(plain.slice(0, at))) continue;
    return { winner: chosen[0].slug, about: null };
  }

  // "Teams on Y would do well to choose X instead": the side chosen instead of the other one named before it.
  const insteadAfter = /\b(?:cho(?:o?se|osing)|use|using|pick|go\s+with|opt\s+for|switch\s+to|migrate\s+to|move\s+to|try)\s+(?:the\s+)?$/i;
  for (const chosen of s.mentions) {
    if (!s.pair.includes(chosen.slug) || !insteadAfter.test(plain.slice(Math.max(0, chosen.index - 30), chosen.index)) || !/^\s+instead\b(?!\s+of)/i.test(plain.slice(chosen.end))) continue;
    const rivals = new Set(s.mentions.filter((x) => x.end <= chosen.index && x.slug !== chosen.slug && s.pair.includes(x.slug)).map((x) => x.slug));
    if (rivals.size === 1) return { winner: chosen.slug, about: null };
  }

  // "I like X better", "we liked X more": the liked side wins.
  const liked = /\b(?:like|liked|likes|love|loved|loves)\s+(?:the\s+)?$/i;
  const likedSide = s.mentions.find((x) => s.pair.includes(x.slug) && liked.test(plain.slice(Math.max(0, x.index - 20), x.index)) && /^\s+(?:\w+\s+){0,2}?(?:much\s+|far\s+)?(?:better|more)\b(?!\s+than)/i.test(plain.slice(x.end)));
  if (likedSide) return { winner: likedSide.slug, about: null };

  // "X outperforms / beats / surpasses / outshines Y"; "X trails / lags behind / falls behind Y"
  const verb = /\b(outperform(?:s|ed|ing)?|beat(?:s|ing)?|surpass(?:es|ed|ing)?|outshin(?:es|ed|ing)|outpac(?:es|ed|ing)|outscal(?:es|ed|ing)|outclass(?:es|ed)?|outsell(?:s|ing)?|outsold|trump(?:s|ed)?|edges?\s+out|(?:is|are|was|were|stays?|remains?|pulls?|pulled)\s+(?:(?:well|far|way|clearly|still|already|comfortably)\s+)?ahead\s+of|trail(?:s|ed|ing)?|lag(?:s|ged|ging)?\s+behind|falls?\s+behind|fell\s+behind|is\s+behind|loses?\s+to|(?:can['’]?t|cannot|could\s*n['’]?t|does\s*n['’]?t|does\s+not|do\s*n['’]?t|do\s+not)\s+(?:quite\s+)?match(?!\s+with)|(?:is|are)\s+no\s+match\s+for|pales?\s+(?:next\s+to|beside|in\s+comparison\s+(?:to|with)|compared\s+(?:to|with))|(?:struggles?|struggling|hard|difficult|unable|can['’]?t|cannot)\s+(?:for\s+\S+\s+)?to\s+keep\s+up\s+with|(?:is|are)\s+(?:still\s+)?catching\s+up\s+(?:to|with))\b/i.exec(plain);
  if (verb) {
    const subject = subjectBefore(s, text, verb.index);
    // "It will be hard for X to keep up with Y": the subject is the one named in the phrase.
    const inPhrase = s.mentions.find((m) => m.index >= verb.index && m.end <= verb.index + verb[0].length && s.pair.includes(m.slug));
    const comparand = comparandAfter(s, verb.index + verb[0].length, inPhrase?.slug ?? subject);
    const criticises = /^(?:trail|lag|fall|fell|is\s+behind|lose|can|could|does|do|is\s+no|are\s+no|pale|struggl|hard|difficult|unable|is\s+(?:still\s+)?catching|are\s+(?:still\s+)?catching)/i.test(verb[1]);
    // "X does not outperform Y": negation turns a plain verb round (the phrases above carry their own).
    const praises = !criticises && negatedAt(plain, verb.index) ? false : !criticises;
    const winner = judge(inPhrase?.slug ?? subject, comparand, praises, s.pair);
    if (winner) return { winner, about: aboutAfter(text, verb.index + verb[0].length) };
  }

  // "X is just a better Y", "X is a much faster version of Y", "X is a better alternative to Y": the subject is a better kind of the other side.
  const betterKind = /\b(?:a|an)[\s,]+((?:more|less)\s+[\w-]+|[a-z]{3,}(?:er|ier)|superior|inferior)(?:,?\s+(?:and\s+)?(?:[a-z]{3,}(?:er|ier)|more\s+[\w-]+)(?:\s+to\s+[a-z]+)?)?\s+(?:(?:version|edition|alternative|replacement|substitute|successor|incarnation|take)\s+(?:of|to|for|on)\s+(?:the\s+)?)?$/i;
  for (const x of s.mentions) {
    const kind = betterKind.exec(plain.slice(Math.max(0, x.index - 70), x.index));
    if (!kind || !s.pair.includes(x.slug)) continue;
    const word = comparativeWord(kind[1], plain.slice(x.end).trim());
    const at = x.index - kind[0].length;
    // The subject is what "is" the better kind ("X is just a better Y", "X as a better Y"), not a buyer of "a faster Y chip".
    const named = s.mentions.filter((m) => m.end <= at && /^[\s"'“”]*(?:to\s+(?:[\w'’]+\s+)?)?(?:is|was|are|were|['’]s|as|be|being|becomes?|remains?)\s+(?:[\w'’]+\s+){0,2}$/i.test(plain.slice(m.end, at)));
    const subject = named.length ? named[named.length - 1].slug : null;
    if (!word || !subject || subject === x.slug) continue;
    const winner = judge(subject, x.slug, negatedAt(plain, at) ? !word.praises : word.praises, s.pair);
    if (winner) return { winner, about: word.about };
  }

  // "X is not as flexible as Y", "X isn't as mature as Y"
  const notAs = /\b(?:not|n['’]t|never)\s+(?:quite\s+|nearly\s+|as\s+)?as\s+([\w-]+)\s+as\b/i.exec(plain);
  if (notAs) {
    const word = comparativeWord(`more ${notAs[1].toLowerCase()}`, '') ?? (notAs[1].toLowerCase() === 'good' ? { praises: true, about: null } : null);
    if (word) {
      const subject = subjectBefore(s, text, notAs.index);
      const comparand = comparandAfter(s, notAs.index + notAs[0].length, subject);
      // "X is not as good as Y": Y wins; "X is not as complex as Y": X wins.
      const winner = judge(subject, comparand, !word.praises, s.pair);
      if (winner) return { winner, about: word.about };
    }
  }

  // "… <comparative> (noun) than Y", "a worse choice than Y", "more mature than Y", "superior to Y"
  const than = /\b(?:(more|less|fewer)\s+([\w-]+)|([a-z]+er)|(better|worse|superior|inferior|preferable))\b(?=((?:\s+[\w'’.+#-]+){0,10}?)\s+(?:than|then|(?:compared|in\s+comparison)\s+(?:to|with|against)|relative\s+to|(?<=\b(?:superior|inferior|preferable)\b[^.;]{0,40})to)\b|()\s+that\b)/gi;
  for (const m of plain.matchAll(than)) {
    const phrase = m[1] ? `${m[1]} ${m[2]}` : (m[3] ?? m[4]);
    const nextWords = plain.slice(m.index! + m[0].length).trim();
    const word = comparativeWord(phrase, nextWords, plain.slice(0, m.index!));
    if (!word) continue;
    const thanAt = m.index! + m[0].length + (m[5]?.length ?? 0);
    // A long way to "than" only when the subject stands in it ("easier to set up a cluster in X than in Y").
    if ((m[5]?.trim().split(/\s+/).length ?? 0) > 4 && !s.mentions.some((x) => x.end <= thanAt && s.pair.includes(x.slug))) continue;
    const connective = CONNECTIVE.exec(plain.slice(thanAt))![1].toLowerCase();
    // "superior to Y", "faster then Y" (a common misspelling); "that" only right after the word ("more plugins that Y").
    if (connective === 'to' && !/^(?:superior|inferior|preferable)$/i.test(phrase)) continue;
    if (connective === 'that' && m[5]?.trim()) continue;
    // "slower than compiled languages": compared with something else than the other side.
    const after = plain.slice(thanAt).replace(CONNECTIVE, '');
    // The comparand may stand a few words on ("than the keyboard on my old Y laptop", "than, say, Y or Z").
    const window = /^(?:(?!--)[^.;:!?()—–]){0,80}/.exec(after)![0];
    // "faster than ever", "higher than a year ago": compared with another time, not the other side.
    if (/^\s*(?:ever|before|expected|usual|anticipated|planned|previously|last\s+(?:year|time|month)|a\s+year\s+ago)\b/i.test(after)) continue;
    const thanClause = clauseAround(plain, thanAt);
    const comparandMention = s.mentions.find((x) => x.index >= thanAt && x.index < thanAt + (plain.length - thanAt - after.length) + window.length && x.end <= thanClause.end && s.pair.includes(x.slug)
      && /^,?\s*(?:say,?\s+|e\.g\.,?\s+)?(?:[\w'’-]+,?\s+){0,8}$/i.test(plain.slice(thanAt, x.index).replace(CONNECTIVE, '')));
    if (!comparandMention && (connective === 'that' || !/^\s*(?:it|its|that|those|other|their|them|both|either)\b/i.test(after))) continue;
    let subject = subjectBefore(s, text, m.index!);
    // "easier to do in Python than in Perl": the subject stands between the comparative and "than".
    if (!subject || !s.pair.includes(subject)) subject = s.mentions.find((x) => x.index > m.index! && x.end <= thanAt && s.pair.includes(x.slug) && x.slug !== comparandMention?.slug)?.slug ?? subject;
    const comparand = comparandMention?.slug ?? comparandAfter(s, thanAt, subject);
    // "It is more limited compared to Y" where the text was just about Y: "it" is the other side.
    if (subject && subject === comparand && !s.mentions.some((x) => x.end <= m.index! && x.slug === subject)) subject = other(s.pair, comparand);
    if (!comparand && !subject) continue;
    const praises = negatedAt(plain, m.index!) ? !word.praises : word.praises;
    // "It is faster than Y", "Much easier than Y": with no other name before it, the subject is the other side.
    const clause = clauseAround(plain, m.index!);
    const lead = plain.slice(clause.start, m.index!);
    const unnamed = !subject && comparand && ![...lead.matchAll(/\b\p{Lu}[\p{L}\p{N}.+#-]*/gu)].some((w) => !UNNAMED_OPENERS.test(w[0]));
    // "faster than Perl, Python and Ruby", "Python, Ruby and Perl operate better than D": both sides on one side of the comparison.
    const listed = (from: number, to: number) => new Set(s.mentions.filter((x) => x.index >= from && x.end <= to && s.pair.includes(x.slug)).map((x) => x.slug)).size >= 2;
    // "A, C, and B are seen as faster than D": a list is read across its commas.
    const joined = s.mentions.filter((x) => x.end <= m.index! && s.pair.includes(x.slug));
    const list = joined.length >= 2 && joined[joined.length - 1].slug !== joined[joined.length - 2].slug && /^(?:[\s,/&()]+|\s+(?:and|or)\s+|[\w.+#-]+){1,8}$/.test(plain.slice(joined[joined.length - 2].end, joined[joined.length - 1].index));
    if (list || listed(clause.start, m.index!) || listed(thanAt, Math.max(clause.end, thanAt + window.length + 10))) continue;
    const winner = unnamed ? (praises ? other(s.pair, comparand) : comparand) : judge(subject, comparand, praises, s.pair);
    if (winner) return { winner, about: criterionOf(nextWords, nounAfter(nextWords) ?? word.about) };
  }

  // "Nomad is architecturally much simpler", "AWS offers a wider range of services": a comparative
  // without "than" in a two-sided article compares its subject with the other side.
  const implied = /\b(?:(more|less|fewer)\s+([\w-]+)|(better|worse|superior|inferior)|([a-z]{3,}(?:er|ier)))\b/gi;
  for (const m of plain.matchAll(implied)) {
    if (/^(?:more|less)$/i.test(m[0]) || /\b(?:more|less|fewer)\s+than\b/i.test(m[0])) continue;
    // "to better support", "Superior Court", "Better Place": a verb or a name, not a comparison.
    if (/\bto\s*$/i.test(plain.slice(Math.max(0, m.index! - 4), m.index!)) || (m.index! > 0 && /^[A-Z]/.test(m[0]) && !/[.!?:]\s*$|^\s*$/.test(plain.slice(0, m.index!)))) continue;
    // "lower-level API", "a higher level interface", "one or more", "ever more complex", "more or less": no comparison.
    if (/^[-‑]\w|^\s+level\b/.test(plain.slice(m.index! + m[0].length)) && !m[1]) continue;
    if (m[1] && /\b(?:or|one|ever|ever-|any|no|once)\s*$/i.test(plain.slice(Math.max(0, m.index! - 6), m.index!)) || /^more\s+or\b/i.test(m[0] + plain.slice(m.index! + m[0].length, m.index! + m[0].length + 3))) continue;
    const phrase = m[1] ? `${m[1]} ${m[2]}` : (m[3] ?? m[4]);
    if (!m[1] && !m[3] && !(phrase.toLowerCase() in PRAISING) && !(phrase.toLowerCase() in CRITICISING)) continue;
    const nextWords = plain.slice(m.index! + m[0].length).trim();
    const word = comparativeWord(phrase, nextWords, plain.slice(0, m.index!));
    if (!word) continue;
    // A comparison with "than" the rule above did not read compares with something else ("faster than compiled languages").
    if (/^(?:[\w'’-]+\s+){0,4}?than\b/i.test(nextWords)) continue;
    // A result clause ("…, making code easier to maintain") or a FAQ's "Yes, …" explains; it does not compare.
    if (/\b(?:making|makes|make|made|which|so(?!\s+(?:much\s+)?[a-z]+er\b)|thus|yes|no)\b[^,.;]*$/i.test(plain.slice(0, m.index! + m[0].length))) continue;
    // The subject must be named in the comparative's clause: a carried "it" is too loose a reading without "than".
    const clause = clauseAround(plain, m.index!);
    const inClause = s.mentions.filter((x) => x.index >= clause.start && x.end <= clause.end);
    const named = inClause.filter((x) => x.end <= m.index! && !/\b(?:unlike|than|compared (?:to|with)|over|versus|vs\.?|like)\s+(?:\w+\s+){0,2}$/i.test(plain.slice(Math.max(0, x.index - 25), x.index)));
    // "The sound is much better with the B", "far easier in B": a side named right after the comparative is its subject.
    const following = named.length ? null : inClause.find((x) => x.index > m.index! && /^[\s\w-]{0,30}?\b(?:with|in|on|using|via|through|behind|for)\s+(?:the\s+|a\s+)?$/i.test(plain.slice(m.index! + m[0].length, x.index)));
    const subject = named.length ? named[named.length - 1].slug : (following?.slug ?? null);
    // Both sides named in the clause is a comparison this rule cannot read ("X and Y are faster"), unless the
    // other side stands in a part of its own before the subject ("Having tried X, we admit that Y is a lot better").
    const rivals = inClause.filter((x) => x.slug !== subject && !/\b(?:unlike|than|compared (?:to|with)|over|versus|vs\.?|like)\s+(?:\w+\s+){0,2}$/i.test(plain.slice(Math.max(0, x.index - 25), x.index)));
    const subjectMention = named[named.length - 1];
    const apart = subjectMention && rivals.every((x) => x.end <= subjectMention.index && partApart(plain.slice(x.end, subjectMention.index)))
      && /^(?:['’]s)?[\s\w-]{0,25}?\b(?:is|are|was|were|seems?|looks?|feels?|runs?|performs?|works?|does|did|can|will|be|been|gets?|got|has|have|had|offers?|makes?|['’]s)\b/i.test(plain.slice(subjectMention.end, m.index!));
    if (!subject || (rivals.length && !apart)) continue;
    // "The more tilt X has, the easier …": a correlative, not a comparison of the sides.
    if (/\bthe\s+(?:more|less|[a-z]+er)\b[^.;]*,\s*the\s+(?:more|less|[a-z]+er)\b/i.test(plain)) continue;
    const praises = negatedAt(plain, m.index!) ? !word.praises : word.praises;
    // "X is faster, and Y can be much slower": the other side's clause says the same the other way round.
    const elsewhere = s.mentions.find((x) => x.slug !== subject && (x.index < clause.start || x.index >= clause.end));
    const agrees = elsewhere ? otherClauseAgrees(plain, elsewhere.index, praises) : null;
    // "X is great, but Y is easier": the other side may be named in another clause.
    if (!agrees && s.mentions.some((x) => x.slug !== subject && (x.index < clause.start ? false : x.index >= clause.end)) && !/^(?:but|whereas|while|although|though|yet|;|,)/i.test(plain.slice(clause.end).trim())) continue;
    // "X is the safer choice for A, while Y offers the smoother experience for B": each side praised for its own ground, a split.
    if (agrees === false) continue;
    const winner = judge(subject, other(s.pair, subject), praises, s.pair);
    if (winner) return { winner, about: criterionOf(nextWords, word.about ?? nounAfterImplied(nextWords)) };
  }

  // "X counts 900 plugins, while Y counts about 300": amounts set side by side; more of a good thing wins, less of a cost.
  const amounts = amountsSideBySide(plain, s);
  if (amounts) return amounts;

  // "Unlike Y, X supports …": the subject is praised by contrast, or criticised when it lacks.
  const unlike = /^(?:but\s+)?(?:unlike|in\s+contrast\s+to|as\s+opposed\s+to|contrary\s+to)\s+/i.exec(plain);
  if (unlike) {
    const comparand = s.mentions.find((m) => m.index >= unlike[0].length && m.index < unlike[0].length + 40);
    const comma = plain.indexOf(',', unlike[0].length);
    if (comparand && comma > 0) {
      const subject = s.mentions.find((m) => m.index > comma)?.slug ?? other(s.pair, comparand.slug);
      const lacks = /\b(?:does not|doesn['’]t|do not|don['’]t|cannot|can['’]t|lacks?|has no|have no|is not|isn['’]t|no longer|without)\b/i.test(plain.slice(comma));
      const winner = lacks ? comparand.slug : subject;
      if (winner && s.pair.includes(winner) && winner !== (lacks ? subject : comparand.slug)) return { winner, about: aboutAfter(text, comma + 1) };
    }
  }
  return null;
}

/** "12,000" and "12.000" (a thousands separator) as numbers; "1.5" as itself. */
const amountOf = (written: string) => Number(/^\d{1,3}(?:[.,]\d{3})+$/.test(written) ? written.replace(/[.,]/g, '') : written);

/**
 * Two clauses joined by "while"/"whereas", each opening on one side and stating an amount of the
 * same countable noun (the second may leave it out): the side with more of it wins, or with less
 * when the noun is a cost, a trouble or a duration.
 */
function amountsSideBySide(plain: string, s: Sides): ComparativeVerdict | null {
  const join = /,?\s+(?:while|whereas)\s+/i.exec(plain);
  if (!join) return null;
  const clauses = [plain.slice(0, join.index), plain.slice(join.index + join[0].length)];
  const number = /(?<![\w.])(\d+(?:[.,]\d+)*)(?:\s*(k|K|x))?\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\b/;
  const read = clauses.map((clause, i) => {
    const offset = i === 0 ? 0 : join.index + join[0].length;
    const sides = s.mentions.filter((m) => m.index >= offset && m.end <= offset + clause.length && s.pair.includes(m.slug));
    const opener = sides[0] && /^[\s\w,]{0,30}$/.test(clause.slice(0, sides[0].index - offset).replace(/\b(?:as\s+of\s+)?(?:the\s+)?current\s+time\b/i, ''));
    const amount = number.exec(clause) ?? /(?<![\w.])(\d+(?:[.,]\d+)*)()()(?=\s*(?:[.;,)]|$))/.exec(clause);
    return opener && new Set(sides.map((m) => m.slug)).size === 1 && amount ? { slug: sides[0].slug, value: amountOf(amount[1]), noun: amount[3] ?? '' } : null;
  });
  const [first, second] = read;
  if (!first || !second || first.slug === second.slug || !first.noun || (second.noun && second.noun !== first.noun) || first.value === second.value) return null;
  const lessWins = BAD_AMOUNTS.test(first.noun) || TROUBLE.test(first.noun) || DURATION.test(first.noun) || /^(?:ms|milliseconds|seconds|minutes|hours|dollars|euros|cents|bytes|megabytes|gigabytes)$/i.test(first.noun);
  const winner = (first.value > second.value) !== lessWins ? first.slug : second.slug;
  return { winner, about: first.noun };
}

/** Whether the words between two names part them into statements of their own ("X is weak, Y is …", "X i7110, we admit that Y …"), not a list ("X, Z and Y"). */
const partApart = (between: string) =>
  /[:;]|\b(?:that|but|because|since|so|now|then|while|whereas)\b/i.test(between) || (/,/.test(between) && /\b(?:is|are|was|were|has|have|had|do|does|did|can|will|\w+ed)\b/i.test(between));

/**
 * Whether the clause around `at` (the other side's) compares the other way round, agreeing on the
 * winner ("X is faster, and Y is slower"): true; the same way (each side praised for its own ground,
 * a split): false; no comparative there: null.
 */
function otherClauseAgrees(plain: string, at: number, praises: boolean): boolean | null {
  const theirs = clauseAround(plain, at);
  const part = plain.slice(theirs.start, theirs.end);
  for (const m of part.matchAll(/\b(?:(more|less|fewer)\s+([\w-]+)|([a-z]{3,}(?:er|ier)))\b/gi)) {
    const phrase = m[1] ? `${m[1]} ${m[2]}` : m[3];
    if (!m[1] && !(phrase.toLowerCase() in PRAISING) && !(phrase.toLowerCase() in CRITICISING)) continue;
    const word = comparativeWord(phrase, part.slice(m.index! + m[0].length).trim());
    if (!word) return false;
    const theirPraise = negatedAt(part, m.index!) ? !word.praises : word.praises;
    return theirPraise !== praises;
  }
  return /\b(?:more|less|fewer)\b/i.test(part) ? false : null;
}

/** The noun a bare comparative qualifies ("a wider range of products" -> range of products). */
function nounAfterImplied(nextWords: string): string | null {
  const m = /^((?:[\w-]+\s+){0,3}?[\w-]+)(?=[.,;:!?]|\s+(?:and|but|than|for|to|in|with|while|which|when)\b|$)/.exec(nextWords);
  return m && !/^(?:is|are|was|were|be|it|to|than)\b/i.test(m[1]) ? m[1] : null;
}

/**
 * An item opening with a comparative and naming no subject ("More powerful plugin system", "Higher
 * uptime for dashboards", "Much simpler setup."): whether it praises, and what it compares. The
 * subject is the side the list is about; the caller supplies it.
 */
export function leadingComparative(text: string): { praises: boolean; about: string | null } | null {
  const plain = text.trim().replace(HEDGE, (w) => ' '.repeat(w.length)).trimStart().replace(/^(?:an?|the)\s+/i, '');
  const m = /^(?:(more|less|fewer)\s+([\w-]+)|(better|worse|superior|inferior)|([a-z]{3,}(?:er|ier)))\b/i.exec(plain);
  if (!m || /^(?:more|less|fewer)\s+than$/i.test(m[0])) return null;
  const phrase = m[1] ? `${m[1]} ${m[2]}` : (m[3] ?? m[4]);
  // "Simpler and more consistent CLI": the noun stands after the chained comparatives.
  const nextWords = plain.slice(m[0].length).replace(/^(?:\s*,\s*|\s+and\s+)(?:(?:more|less)\s+[\w-]+|[a-z]+(?:er|ier))\b/i, '').trim();
  // A bare "-er" word must be a known comparative: "Docker", "Under", "Other" are not.
  if (m[4] && !(phrase.toLowerCase() in PRAISING) && !(phrase.toLowerCase() in CRITICISING)) return null;
  const word = comparativeWord(phrase, nextWords);
  return word ? { praises: word.praises, about: criterionOf(nextWords, word.about ?? nounAfterImplied(nextWords)) } : null;
}

/** A few words after the comparison naming its topic ("… for real-time workloads", "… in raw throughput"), else null. */
function aboutAfter(text: string, at: number): string | null {
  const m = /^\s*(?:[\w.+#-]+\s+)?(?:in|on|for|at|when it comes to|in terms of)\s+((?:[\w-]+\s*){1,4}?)(?=[.,;:!?]|\s+(?:and|but|because|since|as|while|which|when)\b|$)/i.exec(text.slice(at));
  return m ? m[1].trim() : null;
}

/**
 * "Neither X nor Y supports …" names neither side the winner. (Sentences saying the two are alike
 * are left to the fact reading: annotators read "X and Y are fairly similar" as a fact as often as a tie.)
 */
export function evenComparison(text: string, mentions: TechnologyMention[], pair: string[]): 'neither' | null {
  const sides = new Set(mentions.map((m) => m.slug).filter((slug) => pair.includes(slug)));
  return /^(?:but\s+)?neither\s+\S+(?:\s+\S+)?\s+nor\s/i.test(text) && sides.size >= 2 ? 'neither' : null;
}

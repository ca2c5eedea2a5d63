import { escapeRegExp } from '../../../common/text/escape-regexp.js';
import type { TechnologyMention } from '../taxonomy-matcher.js';
import type { ComparedTechnologies } from './compared-technologies.js';
import { grammaticalSubject } from './grammatical-subject.js';

/** Capitalised words the article writes as names, asked per clause: one regex over the body per word. */
export class ProperNames {
  private readonly writtenAsName = new Map<string, boolean>();

  constructor(private readonly body: string) {}

  /** A clause whose subject is a proper name other than the compared technologies ("HCL is …", "Cargo is …"). */
  opensWithOtherName(clause: string): boolean {
    const first = /^(?:but\s+|and\s+|yet\s+)?([A-Z][\w.+#-]*)(?:['’]s)?\s/.exec(clause);
    if (!first) return false;
    const word = first[1];
    if (/^(?:It|Its|This|That|These|Those|The|A|An|Our|We|You|Your|They|Their|Both|Each|For|In|On|With|When|If|As|Most|Many|Some|Every|All|Teams|Developers|Engineers)$/.test(word)) return false;
    // An acronym, or a capitalised word the text also writes mid-sentence: a name.
    if (/^[A-Z]{2,}\w*$/.test(word) && !/^(?:API|APIs|I|OK)$/.test(word)) return true;
    let named = this.writtenAsName.get(word);
    if (named === undefined) {
      const escaped = escapeRegExp(word);
      named = new RegExp(`[a-z,]\\s+${escaped}\\b`).test(this.body);
      this.writtenAsName.set(word, named);
    }
    return named;
  }
}

/** Who a clause of prose is about, and who the next clause continues with. */
export interface ClauseSubject {
  /** The compared technologies the clause names, each once, in text order. */
  slugs: string[];
  /** The clause is about both sides ("Both …", "The two …", "Redis and Memcached …", "they"). */
  both: boolean;
  /** The mentions the clause is about: not a comparand ("than Python", "unlike Go", "that Java demands"). */
  own: TechnologyMention[];
  /** The one technology the clause is about: its own first mention, else the carried subject; null when about both. */
  technology: string | null;
  /** The subject the next clause continues when it names none. */
  carried: string | null;
}

/** A clause about every side at once: "both", "the two", "each project", "either tool". */
const EACH_SIDE = /\b(?:both|the two|(?:each|either) (?:technology|language|tool|framework|option|platform|side|project|product|system|service|database|engine|library|one))\b/i;

/** "what one writes can be read by the other": a clause about the two sides in turn. */
const ONE_AND_THE_OTHER = /\b(?:by|from|in|with|on) one\b.*\b(?:by|from|in|with|on|to) the other\b/i;

/** A likeness or difference between two things: "similar to", "the same as", "much like", "differs from". */
const LIKENESS = /\b(?:(?:very |quite |fairly |broadly |almost |nearly |largely )?(?:similar|identical|equivalent|comparable|analogous) (?:to|in)|the same (?:as|between|in)|(?:much|just|very much) like|alike|(?:different|differs?) (?:from|than)|differences? between|similarities between|resembles?)\b|^(?:but\s+|and\s+)?like\s|\b(?:and|&)\s+\S+(?:\s+\S+)?\s+(?:differ|are (?:alike|similar|different))\b/i;

/**
 * "YARN is stable", "The Trident API offers …", "Acme Teams is …": a subject that is the name of
 * something else: a known technology (not as a modifier: "REST-based timeouts"), an acronym or a
 * word with an inner capital, or a run of capitalised words.
 */
function otherName(phrase: string, compared: ComparedTechnologies): boolean {
  if (compared.mentions(phrase).length) return false;
  if (/^(?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-z]+[A-Z]\w*)$/.test(phrase) && !/^(?:API|APIs|OK|UI|CLI|SQL|HTTP|REST|JSON|XML)$/.test(phrase)) return true;
  if (/^[A-Z][\w.+#]*(?:\s+[A-Z][\w.+#]*)+$/.test(phrase)) return true;
  const name = /^(?:the\s+)?(\S+(?:\s+\S+){0,2}?)(?:['’]s?\b.*|\s+(?:API|APIs|project|team|cluster|clusters|server|servers|client|clients|library|framework|engine))?$/.exec(phrase);
  return !!name && !/-$|^\S+-/.test(name[1]) && compared.namesOther(name[1]);
}

/** "With Kafka you'd need fewer servers": a clause set in another technology is about that one. */
function opensInOtherTechnology(clause: string, compared: ComparedTechnologies): boolean {
  const lead = /^(?:but\s+|and\s+)?(?:with|using|in|on|via|under)\s+(?:the\s+)?([^,]{1,40}?)(?=\s+(?:you|we|I|one|it|they|there|this)\b|,|$)/i.exec(clause);
  return !!lead && compared.namesOther(lead[1]);
}

/** Words between the author and a name that make the name the subject of what the author reports ("think (that) X …"). */
const REPORTED = /^\s*(?:(?:really|still|also|do|don't|just|strongly)\s+)*(?:think|believe|feel|find|found|expect|suspect|guess|say|said|agree|consider|know|knew|would say|'d say)\s+(?:that\s+)?(?:the\s+)?$/i;

/**
 * The subject of a clause. "It"/"Its" and clauses naming no compared technology continue the
 * subject carried from the clauses before, unless they open with another name ("HCL is …").
 * `named`: the compared sides the text named just before, in order ("the former", "the latter").
 */
export function clauseSubject(clause: string, carried: string | null, compared: ComparedTechnologies, properNames: ProperNames, named: string[] = []): ClauseSubject {
  let subject = carried;
  const mentions = compared.mentions(clause);
  const slugs = [...new Set(mentions.map((m) => m.slug))];
  const grammatical = grammaticalSubject(clause, (start, end) => mentions.some((m) => m.index >= start && m.end <= end));
  // "They …" continues a plural name ("Storage queues … They allow …") unless the text was about both.
  const plural = carried ? EACH_SIDE : new RegExp(`${EACH_SIDE.source}|\\b(?:their|they|them)\\b`, 'i');
  // "X's model is much like Y's", "tuples are similar to messages in Y" (of carried X): a likeness states nothing of one side alone.
  const likened = LIKENESS.test(clause.split(/,\s+(?:which|where|that)\s/)[0]) && new Set([...slugs, ...(carried ? [carried] : [])]).size >= 2 && !(grammatical && grammatical.kind === 'author');
  const both =
    /^(?:but\s+|and\s+)?(?:both|the two|neither|either)\b/i.test(clause) ||
    (!mentions.length && plural.test(clause)) ||
    ONE_AND_THE_OTHER.test(clause) ||
    likened ||
    (slugs.length >= 2 && mentions[0].index === 0 && /^\s+(?:and|&)\s+$/.test(clause.slice(mentions[0].end, mentions[1].index)));
  // "than Python", "unlike Go", "the boilerplate that Java demands": the comparand is not what the clause is about.
  const own = mentions.filter((m) => !/\b(?:than|unlike|like|versus|vs\.?|over|from|to|with|that|which)\s+(?:the\s+)?$/i.test(clause.slice(0, m.index)) && !/\b(?:that|which)\s/i.test(clause.slice(0, m.index)));
  // "The former …", "the latter …": the first or the last of the sides the text just named, in order.
  const ordinal = grammatical && grammatical.kind === 'pronoun' ? /^the\s+(former|latter)\b/i.exec(clause.slice(grammatical.start, grammatical.end)) : null;
  if (ordinal && named.length >= 2) {
    const side = /former/i.test(ordinal[1]) ? named[0] : named[named.length - 1];
    const at = mentions.filter((m) => m.slug === side);
    return { slugs, both: false, own: at, technology: side, carried: side };
  }
  if (grammatical && !both) {
    // The subject names a compared technology: the clause is about it ("This means that B includes …" is about B).
    const named = mentions.find((m) => m.index >= grammatical.start && m.end <= grammatical.end && !/\b(?:than|unlike|like|versus|vs\.?)\s+(?:the\s+)?$/i.test(clause.slice(0, m.index)));
    // "The major difference between X and Y is …": a subject naming both sides is about both. A side
    // named inside a relative clause or after a preposition ("X, which borrows from Y,", "X exports
    // files that Y reads") is not what the subject is.
    const inSubject = new Set(own.filter((m) => m.index >= grammatical.start && m.end <= grammatical.end).map((m) => m.slug));
    if (named) inSubject.add(named.slug);
    if (named && inSubject.size >= 2) return { slugs, both: true, own: [], technology: null, carried };
    if (named) return { slugs, both, own: [named, ...own.filter((m) => m !== named)], technology: named.slug, carried: named.slug };
    // The article or a section talking about itself ("This section compares …") is about no technology.
    if (grammatical.kind === 'meta') return { slugs, both, own: [], technology: null, carried };
    // In a technology's own documentation "we" are its makers: "We buffer every write to disk" is that technology's doing.
    if (grammatical.kind === 'author' && compared.ownProduct && /^(?:we|our|us)\b/i.test(clause.slice(grammatical.start, grammatical.end))) {
      const other = own.find((m) => m.slug !== compared.ownProduct && !REPORTED.test(clause.slice(grammatical.end, m.index)));
      if (!other) return { slugs, both: false, own: [], technology: compared.ownProduct, carried };
    }
    // The author speaking of themselves ("I have worked with both", "We believe …") says nothing of a technology it does not name.
    if (grammatical.kind === 'author' && !mentions.length) return { slugs, both: false, own: [], technology: null, carried };
    // "I have worked with AWS", "We tried to compare Samza fairly": the author's own doings name a
    // technology only as an object; "I think Nomad hit a sweet spot" reports a claim about it.
    // "When trying X, we noticed that …" reports what the author saw of the X its frame names.
    const reportsOnFrame = !!grammatical.frame && mentions.some((m) => m.end <= grammatical.frame!.end) && /^\s*(?:(?:soon|quickly|also)\s+)?(?:noticed|found|saw|learned|learnt|realized|realised|discovered|felt|think|believe|feel)\b/i.test(clause.slice(grammatical.end));
    if (grammatical.kind === 'author' && !reportsOnFrame && /^(?:i|we)$/i.test(clause.slice(grammatical.start, grammatical.end).trim()) && !mentions.some((m) => REPORTED.test(clause.slice(grammatical.end, m.index)))) {
      return { slugs, both: false, own: [], technology: null, carried };
    }
    // "YARN is stable", "ASP.NET Core outperforms …": a subject naming another technology (a known
    // one, or a name written as one: an acronym, an inner capital) is about it, not a compared one.
    if (grammatical.kind === 'generic' && !mentions.some((m) => m.index < grammatical.end) && otherName(clause.slice(grammatical.start, grammatical.end), compared)) return { slugs, both: false, own: [], technology: null, carried: null };
    // "In Samza, all processing is parallel": a leading frame names the topic when the subject does not.
    const framed = grammatical.frame ? mentions.find((m) => m.index >= grammatical.frame!.start && m.end <= grammatical.frame!.end && /^\s*(?:in|with|for|on|within|under|using)\s+(?:the\s+)?$/i.test(clause.slice(grammatical.frame!.start, m.index).replace(/^.*,\s*/, ''))) : undefined;
    if (framed) return { slugs, both, own: [framed], technology: framed.slug, carried };
    // "With Kafka you'd run fewer servers": a frame naming another technology makes the clause about it.
    const frameText = grammatical.frame ? clause.slice(grammatical.frame.start, grammatical.frame.end) : '';
    if (frameText && !mentions.length && /^\s*(?:in|with|for|on|within|under|using)\s/i.test(frameText) && compared.namesOther(frameText)) return { slugs, both: false, own: [], technology: null, carried };
    // "It", "This mode", "The default backend": the subject continues what the text was about.
    const phrase = clause.slice(grammatical.start, grammatical.end);
    if ((grammatical.kind === 'pronoun' || grammatical.kind === 'generic' || grammatical.kind === 'reader') && carried && !properNames.opensWithOtherName(phrase) && !compared.namesOther(phrase)) {
      return { slugs, both, own: [], technology: carried, carried };
    }
  }
  // "HCL is simple to read, but it gets awkward": a clause about another named thing is not about the carried subject.
  const foreign = !mentions.length && (properNames.opensWithOtherName(clause) || compared.opensWithOther(clause) || opensInOtherTechnology(clause, compared));
  if (foreign) subject = null;
  const technology = both ? null : own.length ? own[0].slug : subject;
  // Only a technology standing where a subject stands ("Kotlin's null safety …") carries to the next sentences.
  if (own.length && own[0].index <= 30) subject = own[0].slug;
  // "Kafka and RabbitMQ both move messages, but they were designed for different jobs": after a clause about both, "they" is both.
  if (both && /^(?:but\s+|and\s+)?(?:both|the two)\b/i.test(clause) || (both && slugs.length >= 2 && mentions[0].index === 0)) subject = null;
  return { slugs, both, own, technology, carried: subject };
}

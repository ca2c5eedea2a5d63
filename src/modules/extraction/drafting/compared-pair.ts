import { escapeRegExp } from '../../../common/text/escape-regexp.js';
import { sharedWordNetLexicon } from '../../../common/text/wordnet-lexicon.js';
import type { ReaderDocument } from '../reader/reader-text.js';
import type { TaxonomyMatcher } from '../taxonomy-matcher.js';

/**
 * The technologies an article compares: the two sides its title (or an early heading) names in any
 * common form ("X vs Y", "Choosing between X and Y", "X or Y?", "Compare X and Y", "X compared to Y",
 * "Moving from X to Y"), resolved or proposed; else the names the article keeps returning to.
 */
export function detectComparedPair(title: string, doc: ReaderDocument, matcher: TaxonomyMatcher): string[] {
  // A title naming one side ("Comparison to Beta") or the other side as a kind ("Alpha versus other caches").
  let oneSided = oneSidedTitle(title);
  // "Feature comparison" names no technology: a named side must be known or a name the text uses.
  if (oneSided?.other && !matcher.resolveTechnology(oneSided.other) && !isNameIn(oneSided.other, doc.body)) oneSided = null;
  if (oneSided) {
    const sections = oneAgainstMany(doc, matcher);
    if (sections) return sections;
    const lead = oneSided.lead ? technologyFor(oneSided.lead, doc.body, matcher) : null;
    const named = oneSided.other ? technologyFor(oneSided.other, doc.body, matcher) : null;
    const excluded = [oneSided.lead, oneSided.other].filter((n): n is string => !!n);
    const subjectName = lead ? null : documentSubject(doc.body, excluded);
    const subject = lead ?? (subjectName ? technologyFor(subjectName, doc.body, matcher) : null);
    const others = named ? [named] : namedSections(doc, matcher);
    const sides = [...new Set([subject, ...others].filter((s): s is string => !!s))];
    if (subject && sides.length >= 2) return sides.slice(0, 10);
  }
  const candidates = [title, ...doc.blocks.slice(0, 8).map((b) => b.text)];
  for (const [n, text] of candidates.entries()) {
    const sides = titleSides(text);
    if (!sides) continue;
    const slugs = sides.map((side) => technologyFor(side, doc.body, matcher)).filter((s): s is string => !!s);
    const unique = [...new Set(slugs)];
    if (unique.length >= 2) return n === 0 ? unique.slice(0, 10) : (oneAgainstMany(doc, matcher) ?? unique.slice(0, 10));
  }
  // No form names both sides: the names the article keeps returning to, the title's first.
  const frequent = frequentNames(doc.body, title);
  const counts = new Map<string, number>();
  for (const m of matcher.findTechnologies(doc.body)) counts.set(m.slug, (counts.get(m.slug) ?? 0) + 1);
  const pair: string[] = [];
  for (const { name } of frequent) {
    if (pair.length === 2) break;
    const slug = technologyFor(name, doc.body, matcher);
    if (slug && !pair.includes(slug)) pair.push(slug);
  }
  // A known name the text uses once or twice ("say hi to pip") is an aside, not a side.
  for (const [slug, n] of [...counts.entries()].sort((a, b) => b[1] - a[1])) if (pair.length < 2 && !pair.includes(slug) && n >= 3) pair.push(slug);
  if (pair.length < 2) {
    const sides = lowerCaseSides(doc.body, title);
    const slugs = sides?.map((side) => technologyFor(side, doc.body, matcher)).filter((s): s is string => !!s);
    if (slugs && new Set(slugs).size === 2) return slugs;
  }
  for (const [slug] of [...counts.entries()].sort((a, b) => b[1] - a[1])) if (pair.length < 2 && !pair.includes(slug)) pair.push(slug);
  return pair;
}

/**
 * An article comparing one technology with several, a section each ("## Alpha vs. Beta", "## Alpha
 * vs. Gamma"), under a title naming no pair ("Comparison to alternatives"): the side every section
 * shares, then the others in the order the sections come. Null unless two or more sections do so.
 */
function oneAgainstMany(doc: ReaderDocument, matcher: TaxonomyMatcher): string[] | null {
  const pairs = doc.blocks
    .filter((b) => b.type === 'heading' && (b.level ?? 2) > 1)
    .map((b) => titleSides(b.text))
    .filter((sides): sides is string[] => !!sides && sides.length === 2)
    .map((sides) => sides.map((side) => technologyFor(side, doc.body, matcher)))
    .filter((slugs): slugs is [string, string] => !!slugs[0] && !!slugs[1] && slugs[0] !== slugs[1]);
  if (pairs.length < 2) return null;
  const counts = new Map<string, number>();
  for (const slug of pairs.flat()) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const [shared, uses] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (uses < 2 || !pairs.every((p) => p.includes(shared))) return null;
  return [...new Set([shared, ...pairs.flat()])].slice(0, 10);
}

/**
 * The product whose own page an article is, by its title: a title naming only the other side
 * ("Comparison with Beta", "Alpha versus other caches") is written by the side it leaves out or
 * leads with, the first of the compared ones. Null for any other title.
 */
export function titledOwnProduct(title: string, compared: string[], matcher: TaxonomyMatcher): string | null {
  const oneSided = oneSidedTitle(title);
  if (!oneSided || !compared.length) return null;
  if (oneSided.other && matcher.resolveTechnology(oneSided.other) === compared[0]) return null;
  if (oneSided.lead && matcher.resolveTechnology(oneSided.lead) !== compared[0]) return null;
  return compared[0];
}

/** What a title says the other side is when it names no technology: "other key-value stores", "alternatives". */
const KIND_OF_OTHERS = String.raw`(?:the\s+)?(?:other\s+\S.*|alternatives|others|competitors|competition|similar\s+\S.*)`;

/** Titles that name one side only, the other being the product the page is about; the named side first. */
const ONE_SIDED_FORMS: RegExp[] = [
  /^(?:an?\s+)?(?:comparison|compared|comparing)\s+(?:to|with|against)\s+(.+)$/i,
  /^(?:how\s+(?:does|do)\s+.+?\s+)?compares?\s+(?:to|with|against)\s+(.+)$/i,
  /^(?:alternatives?|differences?)\s+(?:to|from)\s+(.+)$/i,
  /^(?:migrat(?:e|ing)|mov(?:e|ing)|switch(?:ing)?|coming)\s+from\s+((?:(?!\s+to\s).)+)$/i,
  /^(.+?)\s+(?:comparison|alternatives?)$/i,
];

/**
 * A title that names one side only: "Comparison with Beta", "Beta alternatives", "Migrating from
 * Beta" (other: "Beta"; the page's own product is the other side), or names the other side by its
 * kind, "Alpha versus other caches", "Comparison to alternatives" (lead: "Alpha" or none, other:
 * none). Null for any other title.
 */
export function oneSidedTitle(title: string): { lead: string | null; other: string | null } | null {
  const text = title.replace(/[\s¶#§]+$/u, '').replace(/[?!.]+$/, '').trim();
  const kinds = new RegExp(String.raw`^(?:(.+?)\s+)?(?:vs\.?|versus|v\.|compared\s+(?:to|with)|comparisons?\s+(?:to|with|against)|and)\s+${KIND_OF_OTHERS}$`, 'i').exec(text);
  if (kinds) {
    const lead = kinds[1] && !/^(?:an?\s+)?comparisons?$/i.test(kinds[1]) ? sideName(kinds[1]) : null;
    return kinds[1] && !lead ? null : { lead, other: null };
  }
  // "Migrating from Beta to Alpha" and "Alpha compared to Beta" name both sides.
  if (titleSides(text)) return null;
  for (const form of ONE_SIDED_FORMS) {
    const m = form.exec(text);
    const other = m && sideName(m[1]);
    if (other) return { lead: null, other };
  }
  return null;
}

/** A title's side as a name: without "the" or a parenthesis; null when longer than a name is or not one. */
function sideName(text: string): string | null {
  const name = text.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/^the\s+/i, '').replace(/[:,;]+$/, '').trim();
  const words = name.split(/\s+/);
  if (!name || words.length > 4 || NOT_NAMES.has(words[0].toLowerCase()) || /^(?:other|alternatives?|others)$/i.test(words[0])) return null;
  // "Alpha and Beta comparison" names two sides, not one.
  if (/\s(?:and|or|&|vs\.?|versus|with)\s/i.test(` ${name} `)) return null;
  return name;
}

/**
 * The sections of a page comparing its subject with "other <kind>": headings that are each a name
 * the text keeps using ("### Zookeeper", "### Consul (v1)"), at the level where most such headings
 * stand. Empty unless two or more do.
 */
function namedSections(doc: ReaderDocument, matcher: TaxonomyMatcher): string[] {
  const byLevel = new Map<number, string[]>();
  for (const b of doc.blocks) {
    if (b.type !== 'heading' || (b.level ?? 2) < 2) continue;
    const name = b.text.replace(/\s*\([^)]*\)/g, '').replace(/[\s¶#§:]+$/u, '').trim();
    if (!/^[.\p{Lu}\d][\p{L}\p{N}.+#-]*(?:\s+[\p{Lu}\d][\p{L}\p{N}.+#-]*){0,2}$/u.test(name)) continue;
    if (!matcher.resolveTechnology(name) && !usedAsName(name, doc.body)) continue;
    byLevel.set(b.level ?? 2, [...(byLevel.get(b.level ?? 2) ?? []), name]);
  }
  const best = [...byLevel.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  if (best.length < 2) return [];
  return [...new Set(best.map((name) => technologyFor(name, doc.body, matcher)).filter((s): s is string => !!s))];
}

/** Whether a text uses capitalised words as a name: three times or more, once at least inside a sentence ("like Pelican"). */
function usedAsName(name: string, body: string): boolean {
  const escaped = escapeRegExp(name);
  const uses = body.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
  return uses >= 3 && new RegExp(`[\\p{Ll},][^\\S\\n]+${escaped}(?![\\p{L}\\p{N}])`, 'u').test(body);
}

/** Words a sentence's subject is followed by when it does something: auxiliaries, or a verb in -s or -ed. */
const SUBJECT_VERB = String.raw`(?:(?:also|still|actually|now|already|only|just|then|never|always|even|currently|generally|instead|really|simply)\s+)?(?:is|are|was|were|has|have|had|can|cannot|can't|will|won't|does|doesn't|did|didn't|may|might|should|would|could|must|\p{Ll}{2,}s|\p{Ll}{2,}ed)\b`;

/** Whether a word is English (WordNet has it); without the dictionary no word is taken for English. */
function isEnglishWord(word: string): boolean {
  return sharedWordNetLexicon()?.knows(word) ?? false;
}

/**
 * Whether a text uses a word (or words) as a name: at least three times as written, and, for one
 * word, not an English one when written in lower case ("kubectl"), or capitalised inside sentences
 * too when capitalised ("Sapling", not "Performance" opening sentences).
 */
function isNameIn(name: string, body: string): boolean {
  const uses = body.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
  if (uses < 3) return false;
  if (/^\p{Ll}[\p{Ll}-]*$/u.test(name)) return !isEnglishWord(name);
  return (body.match(new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0) >= 2;
}

/**
 * The product a page is about when its title names only the other side ("Comparison to Beta" on
 * Alpha's site): the name standing most often as a sentence's subject ("alpha keeps …", "Alpha
 * can …"), used at least five times, and a name rather than an English word: written in lower case
 * but not in the dictionary ("kubectl"), or capitalised inside sentences too ("Sapling"). Null when
 * no name stands as subject three times or more.
 */
export function documentSubject(body: string, excluded: string[]): string | null {
  const skip = new Set(excluded.map((e) => e.toLowerCase()));
  const pattern = new RegExp(String.raw`(?:^|[.!?;:]\s+|\n\s*(?:[-*+]\s+|\d+\.\s+)?|,\s+)([\p{L}][\p{L}\p{N}_+#-]*)\s+${SUBJECT_VERB}`, 'gu');
  const subjects = new Map<string, number>();
  for (const m of body.matchAll(pattern)) {
    const word = m[1].replace(/-+$/, '');
    if (word.length < 2 || NOT_NAMES.has(word.toLowerCase()) || skip.has(word.toLowerCase())) continue;
    subjects.set(word, (subjects.get(word) ?? 0) + 1);
  }
  const uses = (word: string, flags: string) => body.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, flags))?.length ?? 0;
  for (const [word, count] of [...subjects.entries()].sort((a, b) => b[1] - a[1])) {
    if (count < 3) break;
    if (uses(word, 'gu') < 5) continue;
    if (isNameIn(word, body)) return word;
  }
  return null;
}

/** Words that join two names ("yarn and npm") but also stand before ones that are not names ("yarn and other tools"). */
const NOT_SIDES = new Set('other others many all any several more most some each every both its their'.split(' '));

/**
 * Names written in lower case ("Is yarn still a thing?", "npm", "pip"): a word of the title the
 * text uses at least five times in any case, and the word the text joins to it with "and", "or"
 * or "vs" that it uses at least as often. Only asked when capitalised names give no pair.
 */
export function lowerCaseSides(body: string, title: string): [string, string] | null {
  const lower = body.toLowerCase();
  const uses = (word: string) => lower.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
  const isWord = (w: string) => w.length >= 2 && !NOT_NAMES.has(w) && !NOT_SIDES.has(w) && !/^\d+$/.test(w);
  const titled = [...new Set(title.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}.+#-]*/gu) ?? [])].map((w) => w.replace(/[.-]+$/, '')).filter((w) => isWord(w) && uses(w) >= 5);
  let best: { pair: [string, string]; count: number } | null = null;
  for (const word of titled) {
    const w = escapeRegExp(word);
    const joined = new RegExp(`(?<![\\p{L}\\p{N}])(?:${w}\\s+(?:and|or|vs\\.?|versus)\\s+([\\p{L}][\\p{L}\\p{N}.+#-]*)|([\\p{L}][\\p{L}\\p{N}.+#-]*)\\s+(?:and|or|vs\\.?|versus)\\s+${w})(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of lower.matchAll(joined)) {
      const other = (m[1] ?? m[2]).replace(/[.-]+$/, '');
      if (other === word || !isWord(other)) continue;
      const count = uses(other);
      if (count >= 5 && (!best || count > best.count)) best = { pair: [word, other], count };
    }
  }
  return best?.pair ?? null;
}

/** Words that start capitalised name runs but are not names (sentence openers, months, pronouns). */
const NOT_NAMES = new Set(
  ('a an and as at be both but by can each either for from how however i if in into is it its let may more most my neither no not of on one or our ' +
    'so some such than that the their then there these they this those to unlike use using we what when where which while who why will with you your ' +
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'yes note example table figure see also here today now first second third finally conclusion summary introduction overview')
    .split(' '),
);

/**
 * Capitalised names (one to three words: "Service Bus", ".NET Core", "Node.js") the text uses at
 * least three times, not only at the start of sentences, most used first; names in the title
 * first of all, since a title names what the article is about.
 */
export function frequentNames(body: string, title: string): { name: string; count: number }[] {
  const counts = new Map<string, { name: string; count: number; inner: number }>();
  const pattern = /(?<![\p{L}\p{N}.])(\.?\p{Lu}[\p{L}\p{N}.+#-]*(?:\s+\.?\p{Lu}[\p{L}\p{N}.+#-]*){0,2})/gu;
  for (const m of body.matchAll(pattern)) {
    const words = m[1].replace(/[.-]+$/, '').split(/\s+/);
    while (words.length && NOT_NAMES.has(words[0].toLowerCase())) words.shift();
    while (words.length && NOT_NAMES.has(words[words.length - 1].toLowerCase())) words.pop();
    if (!words.length) continue;
    const name = words.join(' ');
    if (name.length < 2 || /^\p{Lu}+$/u.test(name) && name.length > 5) continue;
    const before = body.slice(Math.max(0, m.index! - 2), m.index!);
    const entry = counts.get(name.toLowerCase()) ?? { name, count: 0, inner: 0 };
    entry.count++;
    if (!/^(?:|[.!?:]\s|\n)$/.test(before) && m.index! > 0) entry.inner++;
    counts.set(name.toLowerCase(), entry);
  }
  const inTitle = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu').test(title);
  // Whether a name stands in the title is asked once per name, not per comparison of the sort.
  return [...counts.values()]
    .filter((e) => e.count >= 3 && e.inner >= 1)
    .map((e) => ({ ...e, titled: inTitle(e.name) }))
    .sort((a, b) => Number(b.titled) - Number(a.titled) || b.count - a.count)
    .map(({ name, count }) => ({ name, count }));
}

/** One side of "X vs Y" as a slug: a known technology, the known name it opens with, or a proposal. */
export function technologyFor(side: string, body: string, matcher: TaxonomyMatcher): string | null {
  const mentions = matcher.findTechnologies(side);
  if (mentions.length && mentions[0].index === 0 && mentions[0].end >= side.length - 1) return mentions[0].slug;
  const name = side.trim();
  if (!name || name.split(/\s+/).length > 4) return mentions[0]?.slug ?? null;
  const known = matcher.resolveTechnology(name);
  if (known) return known;
  // "Node.js Performance" is Node.js; "React Native" is a name of its own (the text keeps using it whole).
  if (mentions[0]?.index === 0 && (body.split(name).length - 1) < 3) return mentions[0].slug;
  return matcher.proposeTechnology(name, guessKind(name, body), aliasesOf(name, body));
}

/**
 * The forms of a title that name two sides; each gives the text before and after its connective:
 * "Choosing between X and Y", "Compare X with Y", "X compared to Y", "Moving from X to Y", "X or
 * Y?", "How does X compare to Y?", "Differences between X and Y", "X: differences to Y", "X and Y:
 * a comparison", "Is X faster than Y?", "When to use X instead of Y", "Why X instead of Y".
 */
const TITLE_FORMS: RegExp[] = [
  /\b(?:choos(?:e|ing)|decid(?:e|ing)|pick(?:ing)?|select(?:ing)?)\s+between\s+(.+?)\s+(?:and|or)\s+(.+)$/i,
  /\bcompar(?:e|ing|ison(?:\s+(?:of|between))?)\s*:?\s+(.+?)\s+(?:and|with|to|vs\.?)\s+(.+)$/i,
  /^(.+?)\s+(?:compared|comparison)\s+(?:to|with)\s+(.+)$/i,
  /\b(?:mov(?:e|ed|ing)|migrat(?:e|ed|ing)|switch(?:ed|ing)?)\s+(?:from\s+)?(.+?)\s+to\s+(.+)$/i,
  /^(.+?)\s+or\s+(.+?)\s*[?:]/i,
  /\bhow\s+(?:does|do|did|would)\s+(.+?)\s+compare\s+(?:to|with|against)\s+(.+)$/i,
  /^(?:how\s+)?(.+?)\s+compares\s+(?:to|with|against)\s+(.+)$/i,
  /\bdifferences?\s+between\s+(.+?)\s+(?:and|&)\s+(.+)$/i,
  /^(.+?)[:,]?\s+(?:differences?|differs?)\s+(?:to|from|with)\s+(.+)$/i,
  /^(.+?)\s+(?:and|&)\s+(.+?)\s*:\s*(?:an?\s+)?(?:comparison|differences|head[- ]to[- ]head)\b/i,
  /^(?:is|are)\s+(.+?)\s+(?:better|faster|slower|easier|simpler|cheaper)\s+than\s+(.+)$/i,
  /\b(?:use|choose|pick)\s+(.+?)\s+(?:instead\s+of|over|rather\s+than)\s+(.+)$/i,
  /^why\s+(?:(?:we|I|you)\s+(?:use|chose|picked|prefer)\s+)?(.+?)\s+(?:instead\s+of|over|rather\s+than)\s+(.+)$/i,
];

/** "Django vs Ruby on Rails: Which Should You Choose?" -> ["Django", "Ruby on Rails"]; the other forms alike. */
export function titleSides(text: string): string[] | null {
  const head = (s: string) => {
    const first = s.split(/[:—–|]\s*|\s+-\s+|\?\s*/).pop()!.replace(/^(?:comparing|compare|choosing|why|how|the)\s+/i, '').trim();
    const words = first.split(/\s+/);
    return words.length > 4 ? words.slice(-2).join(' ') : first;
  };
  const tail = (s: string) => s.split(/\s*[:?!(,—–|]|\s+-\s+|\s+(?:in|for|which|who|what|when|on the|a|an|the|–|to|is|are|and)\s+|\s+(?:19|20)\d\d\b/i)[0].replace(/^the\s+/i, '').trim();
  const parts = text.split(/\s+(?:vs\.?|versus|v\.)\s+/i);
  let sides: string[] = [];
  if (parts.length >= 2) sides = [head(parts[0]), ...parts.slice(1).map(tail)].filter((s) => s.length > 0);
  else {
    // Without "vs" the connective words are common, so both sides must look like names.
    const form = TITLE_FORMS.map((f) => f.exec(text)).find(Boolean);
    if (form) sides = [head(form[1]), tail(form[2])].filter((s) => /^[.\p{Lu}\d]/u.test(s) && s.split(/\s+/).length <= 4);
  }
  return sides.length >= 2 ? withoutSharedTail(sides) : null;
}

/** "Ignite Data Grid vs Hazelcast Data Grid" compares Ignite and Hazelcast: a tail every side shares is the category, not the name. */
function withoutSharedTail(sides: string[]): string[] {
  const words = sides.map((s) => s.split(/\s+/));
  let shared = 0;
  while (words.every((w) => w.length > shared + 1 && w[w.length - 1 - shared].toLowerCase() === words[0][words[0].length - 1 - shared].toLowerCase())) shared++;
  // One shared word is often part of the names ("Storage queues" and "Service Bus queues"); two are a category.
  return shared >= 2 ? words.map((w) => w.slice(0, w.length - shared).join(' ')) : sides;
}

/** Other names the text gives a proposed technology: "(aka …)" after it, its long form before "(X)", or the last word of a long name. */
function aliasesOf(name: string, body: string): string[] {
  const aliases = new Set<string>();
  const escaped = escapeRegExp(name);
  const paren = new RegExp(`${escaped}\\s*\\(([^)]{2,30})\\)`).exec(body);
  if (paren && !/\s{2}|,|\d{4}/.test(paren[1]) && paren[1].split(/\s+/).length <= 5) {
    const inner = paren[1].replace(/^(?:or|aka|a\.k\.a\.?|also(?:\s+(?:known as|called))?|(?:often|sometimes|commonly|usually)\s+(?:called|known as|written)|known as|called)\s+/i, '').trim();
    if (/^[A-Z]/.test(inner)) aliases.add(inner);
  }
  // "Amazon Web Services (AWS)": the long form is an alias of the short name.
  const reverse = new RegExp(`((?:[A-Z][\\w.]*\\s+){1,4}[A-Z][\\w.]*)\\s*\\(${escaped}\\)`).exec(body);
  if (reverse) aliases.add(reverse[1].trim());
  const words = name.split(/\s+/);
  // "Azure Storage queues" is written "Storage queues" in running text: a name without its vendor word the text uses more often.
  if (words.length >= 3) {
    const tail = words.slice(1).join(' ');
    const count = (n: string) => body.split(n).length - 1;
    if (/^[A-Z]/.test(tail) && count(tail) > count(name) * 2) aliases.add(tail);
  }
  // "Apache Ignite" is written "Ignite" in running text: the last word, when the text uses it alone
  // more often than the whole name and never writes it in lower case (then it is a common word: "Cloud").
  if (words.length === 2) {
    const last = words[1];
    const alone = body.match(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(last)}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
    const whole = body.split(name).length - 1;
    const lower = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(last.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u').test(body);
    if (/^\p{Lu}[\p{Ll}\p{N}]/u.test(last) && last.length >= 3 && !lower && alone - whole >= 3 && alone - whole > whole) aliases.add(last);
  }
  // "Ruby on Rails" is written "Rails" in running text.
  if (words.length >= 3) {
    const last = words[words.length - 1];
    if (/^[A-Z]/.test(last) && (body.match(new RegExp(`\\b${last}\\b`, 'g'))?.length ?? 0) > (body.match(new RegExp(escaped, 'g'))?.length ?? 0)) aliases.add(last);
  }
  return [...aliases];
}

/** Words that say what kind of technology a text introduces, the more specific first. */
const KIND_WORDS: [RegExp, string][] = [
  [/\b(?:query|programming|scripting) language\b/i, 'language'],
  [/\bpackage (?:manager|registry)\b/i, 'tool'],
  [/\b(?:container )?orchestrat(?:or|ion)\b|\bworkload scheduler\b|\bcloud (?:provider|platform)\b/i, 'platform'],
  [/\b(?:message (?:broker|queue)|messaging (?:service|system)|queu(?:e|ing) service|stream(?:ing)? processing|event streaming|streaming platform|broker)\b/i, 'service'],
  [/\b(?:time[- ]series database|database|data ?store|data grid|key-value store|document store|cache|caching)\b/i, 'database'],
  [/\b(?:container engine|container runtime|runtime)\b/i, 'runtime'],
  [/\b(?:ui toolkit|toolkit|ui framework|framework)\b/i, 'framework'],
  [/\b(?:library|sdk)\b/i, 'library'],
  [/\blanguage\b/i, 'language'],
  [/\b(?:monitoring (?:and \w+ )?(?:system|tool|solution)|build tool|command[- ]line tool|tool)\b/i, 'tool'],
  [/\b(?:cloud|(?<!cross-)platform|provider)\b/i, 'platform'],
  [/\bprotocol\b/i, 'protocol'],
];

/** The kind named by the kind word standing first in a text ("a monitoring system with a query language" is a tool), if any. */
function kindIn(text: string): string | null {
  let best: { at: number; kind: string } | null = null;
  for (const [re, kind] of KIND_WORDS) {
    const at = re.exec(text)?.index;
    if (at !== undefined && (!best || at < best.at)) best = { at, kind };
  }
  return best?.kind ?? null;
}

/**
 * A technology's kind from how the text introduces it ("Memcached is a … cache", "Beta, a
 * workload scheduler, …": the kind those introductions most often name), else from its name
 * ("…DB" is a database, "…QL" a language), else from the article's genre.
 */
function guessKind(name: string, body: string): string {
  const escaped = escapeRegExp(name);
  const tally = new Map<string, number>();
  const introductions = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:\\s*\\([^)]*\\))?(?:\\s+(?:is|was|are)\\s+(?:also\\s+)?(?:an?|the)\\s+([^.]{0,80})|,\\s+(?:an?|the)\\s+([^,.]{0,60}))`, 'giu');
  for (const m of body.matchAll(introductions)) {
    const kind = kindIn(m[1] ?? m[2]);
    if (kind) tally.set(kind, (tally.get(kind) ?? 0) + 1);
  }
  const introduced = [...tally.entries()].sort((a, b) => b[1] - a[1])[0];
  if (introduced) return introduced[0];
  if (/(?:DB|SQL|Base)$/.test(name)) return 'database';
  if (/QL$/.test(name)) return 'language';
  const counts = KIND_WORDS.map(([re, kind]) => ({ kind, n: (body.match(new RegExp(re.source, 'gi')) ?? []).length }));
  const best = counts.sort((a, b) => b.n - a.n)[0];
  return best && best.n > 0 ? best.kind : 'tool';
}

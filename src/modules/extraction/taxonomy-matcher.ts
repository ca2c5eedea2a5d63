import { escapeRegExp } from '../../common/text/escape-regexp.js';
import { lookupKey } from '../taxonomy/lookup-key.js';
import { neutralPattern } from './drafting/sentence-claims.js';
import type { Mention } from './drafting/verdict-phrases.js';

/** The taxonomy the knowledge base already knows, passed in as data (files or the live index). */
export interface KnownEntry {
  slug: string;
  name: string;
  aliases: string[];
  /** A technology's parent (a library's language or runtime), when the source of the taxonomy gives it. */
  parent?: string | null;
}
export interface KnownTaxonomy {
  technologies: KnownEntry[];
  criteria: KnownEntry[];
  useCases: KnownEntry[];
  /** Every criterion's neutral phrases (criterion.neutralPhrases): design choices, not drawbacks. */
  neutralPhrases: string[];
}

export interface ProposedTechnology {
  slug: string;
  name: string;
  kind: string;
  parent: string | null;
  aliases: string[];
  keywords: string[];
}
export interface ProposedCriterion {
  slug: string;
  name: string;
  category: string;
  description: string;
  aliases: string[];
}
export interface ProposedUseCase {
  slug: string;
  name: string;
  aliases: string[];
}
export interface TaxonomyProposals {
  technologies: ProposedTechnology[];
  criteria: ProposedCriterion[];
  useCases: ProposedUseCase[];
}

export interface TechnologyMention extends Mention {
  slug: string;
}

export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+\+/g, 'pp')
    .replace(/#/g, 'sharp')
    .replace(/\.js\b/g, 'js')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Aliases matched regardless of case: distinctive spellings (a digit, a dot, an inner capital) or long names. */
function caseInsensitiveAlias(alias: string): boolean {
  return /[\d.+#]/.test(alias) || /[a-z][A-Z]/.test(alias) || alias.length >= 9;
}

const CATEGORY_WORDS: [RegExp, string][] = [
  [/secur|auth|vulnerab/i, 'security'],
  [/job|salar|hiring|career/i, 'career'],
  [/communit|adoption|popular|support\b/i, 'community'],
  [/\b(ai|ml)\b|machine learning|data science|analytics/i, 'ai-and-data'],
  [/perform|speed|fast|latenc|throughput|benchmark|memory|startup|efficien/i, 'performance'],
  [/deploy|scal|host|ops\b|monitor|reliab|availab|cost|pric|cluster|replicat|durab|persist|fault|operat/i, 'operations'],
  [/ecosystem|librar|package|plugin|integrat|tooling|third-party/i, 'ecosystem'],
  [/architect|concurren|thread|model|design|messag|routing|protocol|data structure|queue/i, 'architecture'],
  [/learn|developer|syntax|productiv|document|ease|debug|test|admin|orm|convention|boilerplate|flexib|experience|typing|type/i, 'developer-experience'],
];

/** Resolves names to the known taxonomy by alias; anything unknown becomes a proposal. */
export class TaxonomyMatcher {
  private readonly technologies = new Map<string, string>();
  private readonly criteria = new Map<string, string>();
  private readonly useCases = new Map<string, string>();
  private readonly criterionAliases: { key: string; slug: string }[] = [];
  private readonly useCaseAliases: { key: string; slug: string }[] = [];
  private technologyPattern!: { sensitive: RegExp | null; insensitive: RegExp | null };
  private readonly technologyNames = new Map<string, string>();
  readonly proposals: TaxonomyProposals = { technologies: [], criteria: [], useCases: [] };
  /** What a clause's polarity is read without (sentence-claims.ts neutralPattern over the known neutral phrases). */
  readonly neutral: RegExp;

  constructor(known: KnownTaxonomy) {
    this.neutral = neutralPattern(known.neutralPhrases);
    const index = (map: Map<string, string>, entries: KnownEntry[], list?: { key: string; slug: string }[]) => {
      for (const e of entries) {
        for (const name of [e.slug, e.name, ...e.aliases]) {
          const key = lookupKey(name);
          if (!map.has(key)) map.set(key, e.slug);
          list?.push({ key, slug: e.slug });
        }
      }
    };
    index(this.technologies, known.technologies);
    index(this.criteria, known.criteria, this.criterionAliases);
    index(this.useCases, known.useCases, this.useCaseAliases);
    for (const e of known.technologies) this.technologyNames.set(e.slug, e.name);
    this.criterionAliases.sort((a, b) => b.key.length - a.key.length);
    this.useCaseAliases.sort((a, b) => b.key.length - a.key.length);
    this.rebuildTechnologyPattern(known.technologies);
  }

  private readonly extraTechnologies: KnownEntry[] = [];
  private knownTechnologies: KnownEntry[] = [];

  private rebuildTechnologyPattern(known?: KnownEntry[]): void {
    if (known) this.knownTechnologies = known;
    const sensitive: string[] = [];
    const insensitive: string[] = [];
    for (const e of [...this.knownTechnologies, ...this.extraTechnologies]) {
      for (const name of new Set([e.name, ...e.aliases])) {
        if (name.length < 2) continue;
        if (name === name.toLowerCase() && /[a-z]/.test(name) && name.length < 9) {
          // A normalised alias (from the live index): match it as a name is written, Title or UPPER case.
          // A display name written in lower case ("npm", "pip") is how the name is written: match it as is too.
          sensitive.push(name[0].toUpperCase() + name.slice(1), name.toUpperCase());
          if (name === e.name) sensitive.push(name);
          continue;
        }
        (caseInsensitiveAlias(name) ? insensitive : sensitive).push(name);
      }
    }
    const build = (names: string[], flags: string) =>
      names.length ? new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${names.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])`, flags) : null;
    this.technologyPattern = { sensitive: build(sensitive, 'gu'), insensitive: build(insensitive, 'giu') };
    this.mentionCache?.clear();
    this.insidePattern = null;
  }

  /** The known parent of a technology ("asyncio" -> "python"), or null. */
  parentOf(slug: string): string | null {
    return this.knownTechnologies.find((e) => e.slug === slug)?.parent ?? null;
  }

  technologyName(slug: string): string {
    return this.technologyNames.get(slug) ?? slug;
  }

  resolveTechnology(name: string): string | null {
    return this.technologies.get(lookupKey(name)) ?? null;
  }

  /** Adds a technology the text compares but the taxonomy lacks; returns its slug. */
  proposeTechnology(name: string, kind: string, aliases: string[]): string {
    const known = this.resolveTechnology(name) ?? aliases.map((a) => this.resolveTechnology(a)).find(Boolean);
    if (known) return known;
    let slug = kebab(name) || 'technology';
    while (this.technologyNames.has(slug)) slug = `${slug}-x`;
    const uniqueAliases = [...new Set(aliases)].filter((a) => lookupKey(a) !== lookupKey(name) && !this.technologies.has(lookupKey(a)));
    this.proposals.technologies.push({ slug, name, kind, parent: null, aliases: uniqueAliases, keywords: [] });
    for (const key of [slug, name, ...uniqueAliases]) this.technologies.set(lookupKey(key), slug);
    this.technologyNames.set(slug, name);
    this.extraTechnologies.push({ slug, name, aliases: uniqueAliases });
    this.rebuildTechnologyPattern();
    return slug;
  }

  /** Technologies named in a text, longest name first, without overlaps, in text order. */
  findTechnologies(text: string): TechnologyMention[] {
    // The same sentence is asked about many times while drafting (verdict, advice, fact): scan it once.
    const cached = this.mentionCache.get(text);
    if (cached) return cached;
    const found: TechnologyMention[] = [];
    for (const pattern of [this.technologyPattern.insensitive, this.technologyPattern.sensitive]) {
      if (!pattern) continue;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const slug = this.resolveTechnology(m[0]);
        const end = m.index + m[0].length;
        if (slug && !found.some((f) => f.index < end && m!.index < f.end)) found.push({ name: m[0], index: m.index, end, slug });
      }
    }
    const sorted = found.sort((a, b) => a.index - b.index);
    this.mentionCache.set(text, sorted);
    return sorted;
  }

  private readonly mentionCache = new Map<string, TechnologyMention[]>();

  /** Where known technology names stand in a text, even run into other words ("LangChainPython"). */
  namesInside(text: string): { index: number; end: number }[] {
    this.insidePattern ??= new RegExp(
      [...this.knownTechnologies, ...this.extraTechnologies]
        .flatMap((e) => [e.name, ...e.aliases])
        .filter((n) => n.length >= 4 && /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(n))
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|') || '(?!)',
      'gu',
    );
    const out: { index: number; end: number }[] = [];
    this.insidePattern.lastIndex = 0;
    for (let m = this.insidePattern.exec(text); m; m = this.insidePattern.exec(text)) out.push({ index: m.index, end: m.index + m[0].length });
    return out;
  }

  private insidePattern: RegExp | null = null;

  /** A criterion the taxonomy (or this draft) already has under this wording, or null. */
  existingCriterion(wording: string): string | null {
    return this.criteria.get(lookupKey(cleanLabel(wording))) ?? null;
  }

  /** A criterion by its wording: exact alias, then the longest known alias inside the wording; else proposed. */
  criterion(wording: string): string {
    const cleaned = cleanLabel(wording);
    if (!cleaned) return this.criteria.get('overall') ?? 'overall';
    const exact = this.criteria.get(lookupKey(cleaned)) ?? this.criteria.get(lookupKey(wording));
    if (exact) return exact;
    const key = ` ${lookupKey(cleaned)} `;
    const contained = this.criterionAliases.find((a) => a.key.length >= 4 && key.includes(` ${a.key} `));
    if (contained) return contained.slug;
    // A name is at most 120 characters (the taxonomy's rule): a long heading is cut at a word.
    const name = (sentenceCase(cleaned) || 'Overall').replace(/^(.{1,120})(?:\s.*)?$/s, '$1').slice(0, 120).trim();
    const slug = kebab(name) || 'criterion';
    const knownSlug = this.criteria.get(lookupKey(slug));
    if (knownSlug) return knownSlug;
    if (!this.proposals.criteria.some((c) => c.slug === slug)) {
      const category = CATEGORY_WORDS.find(([re]) => re.test(name))?.[1] ?? 'overall';
      this.proposals.criteria.push({ slug, name, category, description: '', aliases: cleaned !== wording.trim() && wording.trim().length <= 120 ? [wording.trim()] : [] });
      this.criteria.set(lookupKey(name), slug);
      this.criteria.set(lookupKey(slug), slug);
    }
    return slug;
  }

  /** A use case by its wording: exact alias, then a known alias inside it; else proposed from its leading phrase. */
  useCase(wording: string): string {
    const cleaned = cleanLabel(wording);
    const exact = this.useCases.get(lookupKey(cleaned));
    if (exact) return exact;
    const key = ` ${lookupKey(cleaned).replace(/[^\p{L}\p{N}/+-]+/gu, ' ')} `;
    const contained = this.useCaseAliases.find((a) => a.key.length >= 5 && key.includes(` ${a.key} `));
    if (contained) return contained.slug;
    const name = sentenceCase(useCasePhrase(cleaned));
    const slug = kebab(name) || 'use-case';
    if (!this.proposals.useCases.some((u) => u.slug === slug) && !this.useCases.has(lookupKey(slug))) {
      this.proposals.useCases.push({ slug, name, aliases: [] });
      this.useCases.set(lookupKey(name), slug);
    }
    return this.useCases.get(lookupKey(slug)) ?? slug;
  }
}

/** A heading or cell as a label: no numbering, emoji, trailing punctuation or "X vs Y" tail. */
export function cleanLabel(text: string): string {
  return text
    .replace(/^[\p{Extended_Pictographic}\uFE0F\s]+/u, '')
    .replace(/^(?:\d+[.)]|[IVX]+\.)\s+/, '')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/[:?!.…]+$/, '')
    .trim();
}

/** The leading noun phrase of a use-case item: up to a dash, colon, comma or clause word. */
function useCasePhrase(text: string): string {
  const lead = text
    .replace(/^teams?\s+(?:that|who|with)\s+(?:already\s+)?(?:know|use|write|build|speak)s?\b.*$/i, 'team expertise')
    .replace(/^your team(?:'s)?\s+(?:primary\s+)?(?:writes|knows|uses|expertise is|already (?:uses|knows|writes))\s+/i, 'team expertise in ')
    .replace(/^(?:you(?:'re| are)?\s+(?:need|want|building|build|have|running|run)\s+(?:to\s+)?(?:build\s+)?|your\s+(?:team|app|project|product)\s+(?:needs?|is|has)\s+|when\s+you\s+(?:need|want)\s+(?:to\s+)?|(?:building|for)\s+)/i, '')
    .split(/\s+[—–-]\s+|[:;,(.]|\s+(?:with|that|where|which|because|since|so|and|but|such as|who)\s+/i)[0]
    .replace(/^(?:a|an|the)\s+/i, '')
    .trim();
  const words = lead.split(/\s+/).slice(0, 6).join(' ');
  return words || text.slice(0, 60);
}

function sentenceCase(text: string): string {
  const t = text.trim();
  if (!t) return t;
  // Keep acronyms and proper names as written; only lift the first letter.
  return t[0].toUpperCase() + t.slice(1);
}

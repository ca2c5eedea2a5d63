import { escapeRegExp } from '../../../common/text/escape-regexp.js';
import type { TaxonomyMatcher, TechnologyMention } from '../taxonomy-matcher.js';

/**
 * Cloud platforms an article may call by their vendor's name ("Amazon's support", "Google tends to
 * retire products"): the vendor, and the names of its platform. World knowledge, like an alias.
 */
const PLATFORM_VENDORS: [vendor: string, platform: RegExp][] = [
  ['Amazon', /^(?:AWS|Amazon Web Services)$/i],
  ['Google', /^(?:GCP|Google Cloud(?: Platform)?)$/i],
  ['Microsoft', /^(?:Azure|Microsoft Azure)$/i],
  ['Oracle', /^(?:OCI|Oracle Cloud(?: Infrastructure)?)$/i],
  ['IBM', /^IBM Cloud$/i],
  ['Alibaba', /^Alibaba Cloud$/i],
];

/**
 * The compared side whose own site published the article: the one side whose name the site's host
 * name or publisher contains ("docs.otter.dev", "Otter Docs"); null when none or several do.
 */
export function ownProductOf(metadata: { url: string | null; publisher: string | null }, slugs: string[], matcher: TaxonomyMatcher): string | null {
  const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  let host = '';
  try {
    host = metadata.url ? new URL(metadata.url).hostname.replace(/^www\./, '') : '';
  } catch {
    host = '';
  }
  const site = key(host) + ' ' + key(metadata.publisher ?? '');
  if (!site.trim()) return null;
  const owners = slugs.filter((slug) => {
    const name = key(matcher.technologyName(slug));
    return name.length >= 3 && site.includes(name);
  });
  return owners.length === 1 ? owners[0] : null;
}

/** The technologies an article compares, and how a text mentions them. */
export class ComparedTechnologies {
  constructor(
    private readonly matcher: TaxonomyMatcher,
    /** In the order the title names them ("Option A" is the first). */
    readonly slugs: string[],
    /**
     * Names the article's own title writes in lower case ("python vs ruby"), by slug: the text
     * writes them so too, while the matcher takes a short lower-case word for a name only when
     * capitalised (so that "go", "rust" or "express" in prose are not names).
     */
    private readonly writtenLowerCase: Map<string, string> = new Map(),
  ) {
    // A vendor stands for its platform only when one compared side is that platform.
    const vendors = PLATFORM_VENDORS.map(([vendor, platform]) => [vendor, slugs.filter((slug) => platform.test(matcher.technologyName(slug)))] as const).filter(([, sides]) => sides.length === 1);
    this.vendorOf = new Map(vendors.map(([vendor, sides]) => [vendor, sides[0]]));
    // "Google" alone, not "Google Kubernetes Engine", "Amazon EKS" or "Microsoft-based": those name a product.
    this.vendorPattern = vendors.length ? new RegExp(`(?<![\\p{L}\\p{N}_.-])(?:${vendors.map(([v]) => v).join('|')})(?=['’]s\\b|(?![\\p{L}\\p{N}_-])(?!\\s+[\\p{Lu}\\p{N}]))`, 'gu') : null;
    const names = [...writtenLowerCase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.lowerCasePattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${names.join('|')})(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])`, 'giu') : null;
  }

  private readonly lowerCasePattern: RegExp | null;
  /**
   * The side whose own documentation the article is (its site names it): there "we", "our" and
   * "us" are that technology's makers, and what they say they do is that technology's doing.
   */
  ownProduct: string | null = null;
  private readonly vendorPattern: RegExp | null;
  private readonly vendorOf: Map<string, string>;

  includes(slug: string): boolean {
    return this.slugs.includes(slug);
  }

  /** Whether a name (a verdict's winner as written) resolves to one of the compared technologies. */
  includesName(name: string): boolean {
    return this.includes(this.matcher.resolveTechnology(name) ?? '');
  }

  /** Mentions of the compared technologies only (other technologies are `related`). */
  mentions(text: string): TechnologyMention[] {
    const found = this.matcher.findTechnologies(text).filter((m) => this.slugs.includes(m.slug));
    if (!this.lowerCasePattern && !this.vendorPattern) return found;
    const extra: TechnologyMention[] = [];
    const add = (m: RegExpMatchArray, slug: string | undefined) => {
      const end = m.index! + m[0].length;
      if (slug && this.slugs.includes(slug) && !found.some((f) => f.index < end && m.index! < f.end)) extra.push({ name: m[0], index: m.index!, end, slug });
    };
    if (this.lowerCasePattern) for (const m of text.matchAll(this.lowerCasePattern)) add(m, this.writtenLowerCase.get(m[0].toLowerCase()));
    if (this.vendorPattern) for (const m of text.matchAll(this.vendorPattern)) add(m, this.vendorOf.get(m[0]));
    return extra.length ? [...found, ...extra].sort((a, b) => a.index - b.index) : found;
  }

  /**
   * Whether a text names a technology other than the compared ones ("Docker and Terraform are …"),
   * not counting a compared side's own libraries ("asyncio" in Python): what they do, it does.
   */
  namesOther(text: string): boolean {
    return this.matcher.findTechnologies(text).some((m) => this.isOther(m.slug));
  }

  private isOther(slug: string): boolean {
    const parent = this.matcher.parentOf(slug);
    return !this.slugs.includes(slug) && !(parent && this.slugs.includes(parent));
  }

  /** Whether a text opens with a technology other than the compared ones ("The Kubernetes scheduler …"), not as a modifier ("REST-based …"). */
  opensWithOther(text: string): boolean {
    const lead = /^(?:but\s+|and\s+|yet\s+)?(?:the\s+)?/i.exec(text)![0].length;
    return this.matcher.findTechnologies(text).some((m) => m.index === lead && this.isOther(m.slug) && text[m.end] !== '-');
  }

  /** The one compared technology a text names; null when it names none or both. */
  onlyOneIn(text: string): string | null {
    const slugs = [...new Set(this.mentions(text).map((m) => m.slug))];
    return slugs.length === 1 ? slugs[0] : null;
  }

  /** Technologies a text names besides the compared ones (and `technology`): a claim's `related`. */
  relatedIn(text: string, technology: string | null): string[] | undefined {
    const slugs = [...new Set(this.matcher.findTechnologies(text).map((m) => m.slug))].filter((s) => s !== technology && !this.slugs.includes(s));
    return slugs.length ? slugs : undefined;
  }
}

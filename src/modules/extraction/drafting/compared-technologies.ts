import type { TaxonomyMatcher, TechnologyMention } from '../taxonomy-matcher.js';

/** The technologies an article compares, and how a text mentions them. */
export class ComparedTechnologies {
  constructor(
    private readonly matcher: TaxonomyMatcher,
    /** In the order the title names them ("Option A" is the first). */
    readonly slugs: string[],
  ) {}

  includes(slug: string): boolean {
    return this.slugs.includes(slug);
  }

  /** Whether a name (a verdict's winner as written) resolves to one of the compared technologies. */
  includesName(name: string): boolean {
    return this.includes(this.matcher.resolveTechnology(name) ?? '');
  }

  /** Mentions of the compared technologies only (other technologies are `related`). */
  mentions(text: string): TechnologyMention[] {
    return this.matcher.findTechnologies(text).filter((m) => this.slugs.includes(m.slug));
  }

  /** Whether a text names a technology other than the compared ones ("Docker and Terraform are …"). */
  namesOther(text: string): boolean {
    return this.matcher.findTechnologies(text).some((m) => !this.slugs.includes(m.slug));
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

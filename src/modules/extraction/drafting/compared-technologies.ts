import { escapeRegExp } from '../../../common/text/escape-regexp.js';
import type { TaxonomyMatcher, TechnologyMention } from '../taxonomy-matcher.js';

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
    const names = [...writtenLowerCase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.lowerCasePattern = names.length ? new RegExp(`(?<![\\p{L}\\p{N}_.])(?:${names.join('|')})(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])`, 'giu') : null;
  }

  private readonly lowerCasePattern: RegExp | null;

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
    if (!this.lowerCasePattern) return found;
    const extra: TechnologyMention[] = [];
    for (const m of text.matchAll(this.lowerCasePattern)) {
      const end = m.index + m[0].length;
      const slug = this.writtenLowerCase.get(m[0].toLowerCase());
      if (slug && this.slugs.includes(slug) && !found.some((f) => f.index < end && m.index < f.end)) extra.push({ name: m[0], index: m.index, end, slug });
    }
    return extra.length ? [...found, ...extra].sort((a, b) => a.index - b.index) : found;
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

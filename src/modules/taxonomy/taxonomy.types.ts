export interface TaxonomyRef {
  id: number;
  slug: string;
  name: string;
}

export interface CriterionRef extends TaxonomyRef {
  category: string;
}

/** Lookup key (slug, name or alias, normalized) -> entry, for each taxonomy; and id -> entry. */
export interface TaxonomyIndex {
  technologies: Map<string, TaxonomyRef>;
  criteria: Map<string, CriterionRef>;
  useCases: Map<string, TaxonomyRef>;
  /** Every criterion's neutral phrases (what extraction reads no polarity in). */
  neutralPhrases: string[];
  /** By id: what claim rows carry, so claim reads need not join the taxonomy tables. */
  byId: {
    technologies: Map<number, TaxonomyRef>;
    criteria: Map<number, CriterionRef>;
    useCases: Map<number, TaxonomyRef>;
  };
}

export interface TechnologyRecord {
  slug: string;
  name: string;
  kind: string;
  parentSlug: string | null;
  aliases: string[];
  keywords: string[];
  commonWordNames: string[];
}

export interface CriterionRecord {
  slug: string;
  name: string;
  category: string;
  description: string;
  aliases: string[];
  keywords: string[];
  unspecific: boolean;
  neutralPhrases: string[];
}

export interface UseCaseRecord {
  slug: string;
  name: string;
  aliases: string[];
  keywords: string[];
}

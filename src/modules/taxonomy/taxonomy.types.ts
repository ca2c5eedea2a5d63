export interface TaxonomyRef {
  id: number;
  slug: string;
  name: string;
}

/** Lookup key (slug, name or alias, normalized) -> entry, for each taxonomy. */
export interface TaxonomyIndex {
  technologies: Map<string, TaxonomyRef>;
  criteria: Map<string, TaxonomyRef>;
  useCases: Map<string, TaxonomyRef>;
}

export interface TechnologyRecord {
  slug: string;
  name: string;
  kind: string;
  parentSlug: string | null;
  aliases: string[];
}

export interface CriterionRecord {
  slug: string;
  name: string;
  category: string;
  description: string;
  aliases: string[];
}

export interface UseCaseRecord {
  slug: string;
  name: string;
  aliases: string[];
}

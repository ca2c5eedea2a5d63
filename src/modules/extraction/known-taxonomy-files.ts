import { readTaxonomyFiles } from '../taxonomy/taxonomy-files.js';
import type { KnownTaxonomy } from './taxonomy-matcher.js';

/**
 * The known taxonomy from seeds/taxonomy/*.json (what the CLI and the evaluations pass in), read
 * and validated by the taxonomy's own reader, so offline drafting knows what the seed loads.
 */
export function readKnownTaxonomy(dir: string): KnownTaxonomy {
  const files = readTaxonomyFiles(dir);
  const entry = (e: { slug: string; name: string; aliases: string[] }) => ({ slug: e.slug, name: e.name, aliases: e.aliases });
  return {
    technologies: files.technologies.technologies.map((t) => ({ ...entry(t), parent: t.parent })),
    criteria: files.criteria.criteria.map(entry),
    useCases: files.useCases.useCases.map(entry),
    neutralPhrases: files.criteria.criteria.flatMap((c) => c.neutralPhrases),
  };
}

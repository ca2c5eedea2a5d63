import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KnownTaxonomy } from './taxonomy-matcher.js';

/** The known taxonomy from seeds/taxonomy/*.json (what the CLI and the eval pass in). */
export function readKnownTaxonomy(dir: string): KnownTaxonomy {
  const read = <T>(file: string, key: string): T[] => (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, T[]>)[key] ?? [];
  const entry = (e: { slug: string; name: string; aliases?: string[] }) => ({ slug: e.slug, name: e.name, aliases: e.aliases ?? [] });
  return {
    technologies: read<{ slug: string; name: string; aliases?: string[] }>('technologies.json', 'technologies').map(entry),
    criteria: read<{ slug: string; name: string; aliases?: string[] }>('criteria.json', 'criteria').map(entry),
    useCases: read<{ slug: string; name: string; aliases?: string[] }>('use-cases.json', 'useCases').map(entry),
    neutralPhrases: read<{ neutralPhrases?: string[] }>('criteria.json', 'criteria').flatMap((c) => c.neutralPhrases ?? []),
  };
}

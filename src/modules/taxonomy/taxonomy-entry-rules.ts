import { ErrorCode, type FieldError } from '../../common/errors/domain-error.js';
import { lookupKeysOf } from './lookup-key.js';

/** Which taxonomy an entry belongs to. */
export type TaxonomyTable = 'technology' | 'criterion' | 'useCase';

export const TAXONOMY_LABEL: Record<TaxonomyTable, string> = { technology: 'technology', criterion: 'criterion', useCase: 'use case' };

/** A stored entry with everything its writes read or change. */
export interface StoredEntry {
  id: number;
  /** Row version (the entry's ETag); absent on an entry not stored yet. */
  version?: number;
  slug: string;
  name: string;
  aliases: string[];
  keywords: string[];
  kind?: string;
  parentId?: number | null;
  category?: string;
  description?: string;
}

/** A problem with one entry, and the code it answers with. */
export interface EntryProblem {
  code: ErrorCode;
  error: FieldError;
}

/** Each lookup key (slug, name, alias, normalized) of a taxonomy to the slug of the entry it names. */
export function keyOwners(entries: { slug: string; name: string; aliases: string[] }[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const entry of entries) for (const key of lookupKeysOf(entry)) owners.set(key, entry.slug);
  return owners;
}

/**
 * The keys of `entry` that already name another entry of the same taxonomy: an alias, name or
 * slug must resolve to one entry only, or a claim's reference would silently change meaning.
 */
export function keyCollisions(entry: { slug: string; name: string; aliases: string[] }, owners: Map<string, string>, table: TaxonomyTable, field: string): EntryProblem[] {
  return lookupKeysOf(entry)
    .filter((key) => owners.has(key) && owners.get(key) !== entry.slug)
    .map((key) => ({
      code: ErrorCode.TAXONOMY_CONFLICT,
      error: { field, message: `'${key}' already names the ${TAXONOMY_LABEL[table]} '${owners.get(key)}'` },
    }));
}

/** Values of `added` not already in `current` (case-insensitive), in order: additions never remove. */
export function union(current: string[], added: string[]): string[] {
  const seen = new Set(current.map((v) => v.toLowerCase()));
  const out = [...current];
  for (const value of added) {
    if (seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

/** The aliases a merge leaves on the target: its own, then the merged entry's slug, name and aliases. */
export function mergedAliases(target: StoredEntry, merged: StoredEntry): string[] {
  const own = new Set(lookupKeysOf({ slug: target.slug, name: target.name, aliases: [] }));
  return union(target.aliases, [merged.slug, merged.name, ...merged.aliases]).filter((alias) => !own.has(alias.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ')));
}

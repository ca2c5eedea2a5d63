import { ErrorCode, type FieldError } from '../../common/errors/domain-error.js';
import unhomoglyph from 'unhomoglyph';
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
  commonWordNames?: string[];
  unspecific?: boolean;
  neutralPhrases?: string[];
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
 * A key that differs from another entry's only by look-alike characters (UTS #39 skeletons:
 * `nоde.js` with a Cyrillic о) is refused too (CONFUSABLE_NAME), naming the entry it imitates.
 */
export function keyCollisions(entry: { slug: string; name: string; aliases: string[] }, owners: Map<string, string>, table: TaxonomyTable, field: string): EntryProblem[] {
  const problems: EntryProblem[] = [];
  let lookalikes: Map<string, string> | undefined;
  for (const key of lookupKeysOf(entry)) {
    const owner = owners.get(key);
    if (owner !== undefined) {
      if (owner !== entry.slug) problems.push({ code: ErrorCode.TAXONOMY_CONFLICT, error: { field, message: `'${key}' already names the ${TAXONOMY_LABEL[table]} '${owner}'` } });
      continue;
    }
    lookalikes ??= skeletonKeys(owners);
    const imitated = lookalikes.get(skeleton(key));
    const imitatedOwner = imitated === undefined ? undefined : owners.get(imitated);
    if (imitated !== undefined && imitatedOwner !== entry.slug && (!isAscii(key) || !isAscii(imitated))) {
      problems.push({ code: ErrorCode.CONFUSABLE_NAME, error: { field, message: `'${key}' looks like '${imitated}', which names the ${TAXONOMY_LABEL[table]} '${imitatedOwner}'` } });
    }
  }
  return problems;
}

const isAscii = (value: string) => /^\p{ASCII}*$/u.test(value);

/**
 * The UTS #39 skeleton of a lookup key (unhomoglyph: confusables.txt, NFD on both sides).
 * Two ASCII-only keys are never taken for look-alikes of each other (`rn`/`m`, `l`/`1` are
 * told apart in every font a name is read in); a key with other characters is.
 */
export function skeleton(key: string): string {
  return unhomoglyph(key.normalize('NFD')).normalize('NFD');
}

function skeletonKeys(owners: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of owners.keys()) {
    const s = skeleton(key);
    if (!out.has(s)) out.set(s, key);
  }
  return out;
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

/** Common-word names that are not the entry's name or one of its aliases (a need never meets them). */
export function strayCommonWordNames(entry: { name: string; aliases: string[]; commonWordNames?: string[] }, field: string): EntryProblem[] {
  const names = new Set([entry.name, ...entry.aliases].map((n) => n.toLowerCase()));
  return (entry.commonWordNames ?? [])
    .filter((n) => !names.has(n.toLowerCase()))
    .map((n) => ({ code: ErrorCode.VALIDATION_FAILED, error: { field: `${field}.commonWordNames`, message: `'${n}' is not the name or an alias of this technology` } }));
}

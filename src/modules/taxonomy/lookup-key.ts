/** How slugs, names and aliases are matched: case-insensitive, whitespace-insensitive. */
export function lookupKey(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

export function lookupKeysOf(entry: { slug: string; name: string; aliases: string[] }): string[] {
  return [...new Set([entry.slug, entry.name, ...entry.aliases].map(lookupKey))];
}

/** What a technology slug or alias may look like in a request (path, query or body). */
export const TECHNOLOGY_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9 ._+#-]{0,79}$/;

/** How slugs, names and aliases are matched: case-insensitive, whitespace-insensitive. */
export function lookupKey(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

export function lookupKeysOf(entry: { slug: string; name: string; aliases: string[] }): string[] {
  return [...new Set([entry.slug, entry.name, ...entry.aliases].map(lookupKey))];
}

/**
 * What a taxonomy slug or alias may look like in a request (path, query, body or GraphQL
 * argument): the one rule every route and argument imports, so an alias such as
 * `Chrome's V8 engine` is accepted everywhere or nowhere. Apostrophes (straight and curly) and
 * parentheses occur in stored aliases.
 */
const REFERENCE = "[A-Za-z0-9][A-Za-z0-9 ._+#'’()-]{0,119}";
export const TECHNOLOGY_REFERENCE = new RegExp(`^${REFERENCE}$`);
export const TECHNOLOGY_REFERENCE_MESSAGE = "must be a slug or alias: a letter or digit, then up to 119 letters, digits, spaces or . _ + # ' ’ ( ) -";

/**
 * Up to `max` references, comma-separated, one optional space after each comma (`nodejs, python`):
 * a query parameter's list. Bounded, so the document states its maxLength.
 */
export function technologyReferenceList(max: number): RegExp {
  return new RegExp(`^${REFERENCE}(, ?${REFERENCE}){0,${max - 1}}$`);
}

/** The items of a list that matched technologyReferenceList (or listOf): spaces around commas are not part of a name. */
export function splitReferenceList(value: string): string[] {
  return value.split(',').map((v) => v.trim());
}

/**
 * A list of up to `max` free-form names (criteria and use cases have aliases such as
 * `I/O performance` or `Performance & Concurrency`): each item has a visible first character.
 */
export function nameList(max: number): RegExp {
  const item = '[^,\\s][^,]{0,119}';
  return new RegExp(`^${item}(, ?${item}){0,${max - 1}}$`);
}

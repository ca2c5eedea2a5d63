/**
 * Free search text as PostgreSQL can take it: a text value cannot hold NUL (the server refuses
 * the parameter), and no stored text contains one, so as a search word it matches nothing either
 * way. Read as a space instead of failing the request.
 */
export function searchText(value: string): string {
  return value.replaceAll('\u0000', ' ');
}

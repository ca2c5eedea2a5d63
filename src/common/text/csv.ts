/**
 * A CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; a value a
 * spreadsheet would run as a formula (= + - @, tab, carriage return first) is prefixed with a
 * quote mark (OWASP's CSV injection advice). Every cell of every CSV the API writes, header
 * rows included, goes through here.
 */
export function csvCell(v: string | number | boolean | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line of cells. */
export const csvLine = (cells: readonly (string | number | boolean | null | undefined)[]): string => cells.map(csvCell).join(',');

/**
 * The top-level keys of TOML front matter (`+++` fences, as Hugo and Zola write them): what an
 * article states about itself (title, date, author) stands there. Tables (`[extra]`) and values
 * spread over several lines are skipped: the reader needs none of them. Strings, numbers, booleans,
 * dates (kept as written) and one-line arrays of those are read.
 */
export function tomlFrontMatter(source: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (/^\[/.test(line)) break; // the first table header ends the top level
    const pair = /^([A-Za-z0-9_-]+|"[^"]*")\s*=\s*(.+)$/.exec(line);
    if (!pair) continue;
    const value = tomlValue(pair[2].trim());
    if (value !== undefined) data[pair[1].replace(/^"|"$/g, '')] = value;
  }
  return data;
}

/** One value as written on one line; undefined when it is not complete on the line. */
function tomlValue(text: string): unknown {
  const basic = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(text);
  if (basic) return basic[1].replace(/\\(["\\nt])/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
  const literal = /^'([^']*)'\s*(?:#.*)?$/.exec(text);
  if (literal) return literal[1];
  const bare = text.replace(/\s+#.*$/, '');
  if (/^(?:true|false)$/.test(bare)) return bare === 'true';
  // A date or date-time stays as written: the reader normalises stated dates itself.
  if (/^\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:\d\d)?)?$/.test(bare)) return bare;
  if (/^[+-]?\d[\d_]*(?:\.\d+)?$/.test(bare)) return Number(bare.replace(/_/g, ''));
  const array = /^\[(.*)\]$/.exec(bare);
  if (array) {
    const items = array[1].match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,\s][^,]*/g) ?? [];
    const values = items.map((item) => tomlValue(item.trim()));
    return values.every((v) => v !== undefined) ? values : undefined;
  }
  return undefined;
}

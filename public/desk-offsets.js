/* Offsets between the API and the page, and the article's highlight segments: pure functions
   (no DOM), unit-tested in test/unit/desk-offsets.spec.ts. */

/**
 * The API's offsets count code points; a JavaScript string counts UTF-16 units. The two differ
 * only past an astral character (an emoji), so the tables are built only for a text that has one.
 */
export function offsetsOf(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return { toUnit: (cp) => cp, toPoint: (unit) => unit };
  const units = []; // code point index -> UTF-16 index
  const points = new Array(text.length + 1); // UTF-16 index -> code point index
  let cp = 0;
  for (let u = 0; u < text.length; cp += 1) {
    units.push(u);
    const step = text.codePointAt(u) > 0xffff ? 2 : 1;
    for (let i = 0; i < step; i += 1) points[u + i] = cp;
    u += step;
  }
  units.push(text.length);
  points[text.length] = cp;
  return { toUnit: (n) => units[Math.min(n, units.length - 1)], toPoint: (unit) => points[unit] };
}

/**
 * The article cut at every claim's ends: `[{ from, to, keys }]` in order, covering the text once,
 * `keys` the claims (by key) whose quote covers that piece. Overlapping quotes share pieces.
 * `spans` are `{ key, at: [start, end] }` in UTF-16 units.
 */
export function segments(length, spans) {
  const cuts = new Set([0, length]);
  for (const s of spans) cuts.add(s.at[0]).add(s.at[1]);
  const points = [...cuts].filter((n) => n >= 0 && n <= length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    out.push({ from, to, keys: spans.filter((s) => s.at[0] <= from && s.at[1] >= to).map((s) => s.key) });
  }
  return out;
}

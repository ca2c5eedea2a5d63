#!/usr/bin/env node
// Checks an annotation file against its article: every quote must stand in the article's visible
// text (whitespace-insensitive); reports quotes not found, and quotes found more than once without
// an `occurrence`. Usage: check-quotes.mjs ARTICLE EXPECTED.json
import { readFileSync } from 'node:fs';
import { visibleText } from './visible-text.mjs';

const [article, expectedFile] = process.argv.slice(2);
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const { text } = visibleText(article);
const hay = norm(text);
const raw = readFileSync(article, 'utf8');
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
let bad = 0;
const KINDS = new Set(['verdict', 'rating', 'use_case', 'scenario', 'faq', 'pro', 'con', 'fact', 'recommendation']);
const techs = new Set(Object.keys(expected.technologies ?? {}));
for (const [i, c] of expected.claims.entries()) {
  const q = norm(c.quote ?? '');
  const where = `claim ${i} (${c.kind}) "${q.slice(0, 60)}"`;
  if (!KINDS.has(c.kind)) { bad++; console.log(`BAD KIND   ${where}`); }
  if (c.technology != null && !techs.has(c.technology)) { bad++; console.log(`UNKNOWN TECHNOLOGY '${c.technology}' (add it to "technologies")  ${where}`); }
  if (!q) { bad++; console.log(`EMPTY      ${where}`); continue; }
  let n = 0; let at = -1;
  while ((at = hay.indexOf(q, at + 1)) !== -1) n++;
  if (n === 0) { bad++; console.log(`NOT FOUND  ${where}${raw.includes(c.quote) ? '  (it is in the raw file, but not in the visible text: quote what a reader sees)' : ''}`); }
  else if (n > 1 && !c.occurrence) { bad++; console.log(`AMBIGUOUS  ${where}: ${n} times; add "occurrence": 1..${n}`); }
  else if (c.occurrence && c.occurrence > n) { bad++; console.log(`OCCURRENCE ${where}: only ${n}`); }
}
for (const s of expected.source?.compares ?? []) if (!techs.has(s)) { bad++; console.log(`compares '${s}' is not in "technologies"`); }
console.log(`${expected.claims.length} claims, ${bad} problems`);
process.exit(bad ? 1 : 0);

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * scripts/bundle-charset.mjs makes regular expression literals ASCII, so V8 holds the server
 * bundle's source one byte per character. The contract: every rewritten pattern matches exactly
 * what it did, nothing but regular expression literals changes, and the built bundle is Latin-1.
 */
type AsciiRegexLiterals = (code: string) => string;
const scriptUrl = pathToFileURL(path.resolve('scripts/bundle-charset.mjs')).href;

const SOURCE = [
  'export const alphabet = /^[A-VXYZÇƏĞİıÖŞÜ]+$/i;',
  "export const apostrophe = /isn['’]t|can['’]t/g;",
  'export const dash = /\\s[—–-]\\s/;',
  'export const identity = /\\é/;',
  'export const astral = /😀+/u;',
  'export const astralLegacy = /😀+/;',
  'export const ranged = /[😀-😎]/u;',
  'export const cyrillic = /^[А-ЯЁ]+$/i;',
  'export const text = "Ə stays a string — esbuild escapes strings itself";',
  'export const division = 6 / 3 / 2;',
  '// a comment with Ə in it',
].join('\n');

const SAMPLES = ['ÇƏĞ', 'çəğ', 'abc', "isn't", 'isn’t', 'a — b', 'a – b', 'a - b', 'é', 'e', '😀', '😀😀', '😎', '😏', '\uD83D', 'ЁЖ', 'ёж', 'x'];

async function patterns(code: string): Promise<Record<string, RegExp | string | number>> {
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as Record<string, RegExp | string | number>;
}

describe('ASCII regular expression literals (scripts/bundle-charset.mjs)', () => {
  let asciiRegexLiterals: AsciiRegexLiterals;
  beforeAll(async () => {
    ({ asciiRegexLiterals } = (await import(scriptUrl)) as { asciiRegexLiterals: AsciiRegexLiterals });
  });

  it('escapes every non-ASCII character of regex literals, and nothing else', () => {
    const out = asciiRegexLiterals(SOURCE);
    const regexLines = out.split('\n').filter((line) => /= \//.test(line));
    expect(regexLines).toHaveLength(8);
    for (const line of regexLines) expect(line).not.toMatch(/[\u0080-\uffff]/);
    expect(out).toContain('/^[A-VXYZ\\u00C7\\u018F\\u011E\\u0130\\u0131\\u00D6\\u015E\\u00DC]+$/i');
    expect(out).toContain('/\\u00E9/');
    // strings, arithmetic and comments are untouched
    const untouched = (code: string) => code.split('\n').filter((line) => !/= \//.test(line));
    expect(untouched(out)).toEqual(untouched(SOURCE));
  });

  it('matches exactly what the original patterns matched', async () => {
    const before = await patterns(SOURCE);
    const after = await patterns(asciiRegexLiterals(SOURCE));
    for (const [name, pattern] of Object.entries(before)) {
      if (!(pattern instanceof RegExp)) {
        expect(after[name]).toEqual(pattern);
        continue;
      }
      const escaped = after[name] as RegExp;
      expect(escaped.flags).toBe(pattern.flags);
      for (const sample of SAMPLES) {
        pattern.lastIndex = escaped.lastIndex = 0;
        expect([name, sample, escaped.exec(sample)?.[0]]).toEqual([name, sample, pattern.exec(sample)?.[0]]);
      }
    }
  });

  it('makes String.raw templates ASCII without changing the string they build, and leaves other tags alone', async () => {
    const code = [
      "export const built = new RegExp(String.raw`\\bisn['’]t\\b|${'x'}\\s[—–]\\s`, 'u');",
      'export const nested = String.raw`a’${`b’${1}`}c`;',
      'const tag = (parts, ...values) => parts.join("|") + values.length;',
      'export const other = tag`é${2}è`;',
    ].join('\n');
    const out = asciiRegexLiterals(code);
    expect(out.split('\n')[0]).not.toMatch(/[\u0080-\uffff]/);
    expect(out).toContain('${"\\u2019"}');
    expect(out.split('\n')[3]).toBe('export const other = tag`é${2}è`;');
    const [before, after] = await Promise.all([patterns(code), patterns(out)]);
    expect((after.built as RegExp).source).toBe((before.built as RegExp).source);
    expect(after.nested).toBe(before.nested);
    expect(after.other).toBe(before.other);
    for (const sample of ["isn't", 'isn’t', 'a — b', 'a - b']) expect((after.built as RegExp).test(sample)).toBe((before.built as RegExp).test(sample));
  });

  it('leaves ASCII-only code as it is', () => {
    const code = 'const a = /x+/g; const b = "y";\n';
    expect(asciiRegexLiterals(code)).toBe(code);
  });

  it('built the server bundle in Latin-1 (one byte per character for V8)', () => {
    const bundle = path.resolve('dist/bundle/main.js');
    expect(existsSync(bundle)).toBe(true);
    const beyondLatin1 = readFileSync(bundle, 'utf8').match(/[\u0100-\uffff]/g) ?? [];
    expect(beyondLatin1).toEqual([]);
  });
});

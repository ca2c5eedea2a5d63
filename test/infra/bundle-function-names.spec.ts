import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * scripts/bundle-names.mjs removes keepNames' `__name` calls where the language names the
 * function anyway. The contract: every function and class keeps the `name` it has unbundled
 * (renamed top-level classes included), and no call is left that runs per call of a function.
 */
type DropRedundantNames = (code: string) => { code: string; removed: number; kept: number };
const scriptUrl = pathToFileURL(path.resolve('scripts/bundle-names.mjs')).href;

// Two modules with the same top-level names, so bundling renames one of each (Type -> Type2).
const FIRST = `
export class Type { static make() { return new Type(); } }
export function parse(value) { return value; }
export const arrow = () => 1;
`;
const SECOND = `
export class Type {}
export function parse(value) { return value; }
export function allowNull(fn) {
  return function nullAllowed(value) { return value === null ? value : fn(value); };
}
export function perCall() {
  const inner = () => 1;
  let assigned;
  assigned = function () {};
  const object = { property: () => 2, 'quoted key': function () {}, __proto__: null };
  class Local { field = () => 3; }
  const withDefault = (given = () => 4) => given;
  const immediately = (function internal() { return internal.name; })();
  return { inner, assigned, property: object.property, quoted: object['quoted key'], local: new Local().field, Local, fromDefault: withDefault(), immediately, anonymous: [() => 5][0] };
}
`;
const ENTRY = `
import * as first from './first.mjs';
import * as second from './second.mjs';
export { first, second };
`;

async function bundle(dir: string): Promise<string> {
  writeFileSync(path.join(dir, 'first.mjs'), FIRST);
  writeFileSync(path.join(dir, 'second.mjs'), SECOND);
  writeFileSync(path.join(dir, 'entry.mjs'), ENTRY);
  // The settings of scripts/bundle.mjs that matter here.
  const result = await build({ entryPoints: [path.join(dir, 'entry.mjs')], bundle: true, format: 'esm', platform: 'node', keepNames: true, minifyWhitespace: true, write: false, logLevel: 'silent' });
  return result.outputFiles[0].text;
}

interface Loaded {
  first: { Type: { name: string; make(): object }; parse: { name: string }; arrow: { name: string } };
  second: { Type: { name: string }; parse: { name: string }; allowNull(fn: unknown): { name: string }; perCall(): Record<string, { name: string } | string> };
}

function names(loaded: Loaded): Record<string, string> {
  const perCall = loaded.second.perCall();
  return {
    firstType: loaded.first.Type.name,
    firstParse: loaded.first.parse.name,
    arrow: loaded.first.arrow.name,
    secondType: loaded.second.Type.name,
    secondParse: loaded.second.parse.name,
    nullAllowed: loaded.second.allowNull(Number).name,
    ...Object.fromEntries(Object.entries(perCall).map(([key, value]) => [key, typeof value === 'string' ? value : value.name])),
  };
}

describe('bundle function names (scripts/bundle-names.mjs)', () => {
  let dir: string;
  let dropRedundantNames: DropRedundantNames;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'bundle-names-'));
    ({ dropRedundantNames } = (await import(scriptUrl)) as { dropRedundantNames: DropRedundantNames });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function load(code: string, file: string): Promise<Loaded> {
    writeFileSync(path.join(dir, file), code);
    return (await import(pathToFileURL(path.join(dir, file)).href)) as Loaded;
  }

  it('keeps every name the unbundled code has, renamed classes included, without a call left per function call', async () => {
    const bundled = await bundle(dir);
    // the premise: bundling renamed the second module's top-level symbols
    expect(bundled).toMatch(/\bType2\b/);
    const unbundled = names((await import(pathToFileURL(path.join(dir, 'entry.mjs')).href)) as Loaded);
    const { code, removed, kept } = dropRedundantNames(bundled);

    expect(names(await load(bundled, 'keep-names.mjs'))).toEqual(unbundled);
    expect(names(await load(code, 'dropped.mjs'))).toEqual(unbundled);
    expect(unbundled).toMatchObject({ firstType: 'Type', secondType: 'Type', secondParse: 'parse', nullAllowed: 'nullAllowed', inner: 'inner', Local: 'Local', immediately: 'internal', anonymous: '' });

    // what is left: the renamed symbols and the class static blocks, all run once at load
    const perCallBody = code.slice(code.indexOf('function perCall'), code.indexOf('function perCall') + 1000);
    expect(perCallBody).not.toMatch(/__name\(/);
    expect(code).toMatch(/__name\(Type2,\s*"Type"\)|__name\(this,\s*"Type"\)/);
    expect(code).toMatch(/__name\(parse2,\s*"parse"\)/);
    expect(removed).toBeGreaterThan(10);
    expect(kept).toBeGreaterThan(0);
    // positions are kept (the source map stays valid)
    expect(code.length).toBe(bundled.length);
    expect(code.split('\n').map((line) => line.length)).toEqual(bundled.split('\n').map((line) => line.length));
  });

  it('leaves a bundle without keepNames as it is, and refuses a __name it does not know', async () => {
    expect(dropRedundantNames('export const a = () => 1;\n')).toEqual({ code: 'export const a = () => 1;\n', removed: 0, kept: 0 });
    expect(() => dropRedundantNames('var __name = (t, v) => t;\n__name(f, "f");\nfunction f() {}\n')).toThrow(/definition is not esbuild's/);
  });
});

#!/usr/bin/env node
/**
 * The server as one file: dist/main.js (tsc's output) and its dependencies bundled by esbuild into
 * dist/bundle/main.js, which `npm start` and `start:prod` run. Why: a restart was mostly Node
 * resolving, reading and compiling ~3,200 modules (2.7 s of a ~4 s PostgreSQL restart on this
 * 2-core machine); one file removes the resolving and most of the reading (see BENCHMARKS.md).
 *
 * Left outside the bundle, loaded from node_modules as usual:
 * - PGlite: it loads its WebAssembly and data files beside its own module;
 * - pino and its transports: they start worker threads from files beside their modules;
 * - @apollo/utils.createhash (below);
 * - optional peers Nest probes for (microservices, websockets, ...) that are not installed.
 * Class names are kept (keepNames): GraphQL type names and Nest tokens come from them. The calls
 * keepNames adds where the language names the function anyway are then removed
 * (scripts/bundle-names.mjs): run per request they cost ~30% of an uncached GraphQL request.
 * Regular expression literals are made ASCII (scripts/bundle-charset.mjs), so V8 holds the
 * bundle's source in one byte per character. Whitespace is minified; syntax is not, which keeps
 * function expressions' own names (the syntax minifier moves them into keepNames' calls), and
 * identifiers are not, so stack traces stay readable; dist/bundle/main.js.map maps them back
 * (node --enable-source-maps).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { dropRedundantNames } from './bundle-names.mjs';
import { asciiRegexLiterals } from './bundle-charset.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The package a bare import names (`@scope/name` or `name`). */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Whether an import resolves from a folder; asked once per (specifier, folder), not per import site. */
const resolvable = new Map();
function installed(specifier, from) {
  const key = `${specifier}\0${from}`;
  if (!resolvable.has(key)) resolvable.set(key, [`${packageOf(specifier)}/package.json`, specifier].some((request) => resolves(request, from)));
  return resolvable.get(key);
}

function resolves(request, from) {
  try {
    require.resolve(request, { paths: [from] });
    return true;
  } catch {
    return false;
  }
}

/** Optional dependencies Nest and others import only when installed stay imports, resolved at run time. */
const uninstalledStayExternal = {
  name: 'uninstalled-stay-external',
  setup(builder) {
    builder.onResolve({ filter: /^(@[\w.-]+\/)?[\w.-]+/ }, (args) => (installed(args.path, args.resolveDir || root) ? undefined : { external: true }));
  },
};

/**
 * Regular expression literals in ASCII (scripts/bundle-charset.mjs), so the bundle is one-byte
 * text for V8: 11 MB of source held in memory instead of 22. Only modules that need it are
 * rewritten; esbuild reads the others itself.
 */
const asciiRegexes = {
  name: 'ascii-regex-literals',
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      const code = readFileSync(args.path, 'utf8');
      const ascii = asciiRegexLiterals(code);
      return ascii === code ? undefined : { contents: ascii, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

export async function bundleServer() {
  const result = await build({
    metafile: true,
    absWorkingDir: root,
    entryPoints: ['dist/main.js'],
    outfile: 'dist/bundle/main.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    keepNames: true,
    minifyWhitespace: true,
    sourcemap: 'external',
    logLevel: 'error',
    plugins: [uninstalledStayExternal, asciiRegexes],
    // CommonJS dependencies inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    // @apollo/utils.createhash picks node:crypto through `module.require`, which esbuild's CommonJS
    // wrapper lacks, and so hashed every query in JavaScript (sha.js, ~1% of a GraphQL request).
    external: ['@electric-sql/pglite', '@electric-sql/pglite/*', 'pino', 'pino/*', 'pino-pretty', 'pino-abstract-transport', 'thread-stream', '@apollo/utils.createhash'],
  });
  const outfile = path.join(root, 'dist/bundle/main.js');
  writeFileSync(outfile, dropRedundantNames(readFileSync(outfile, 'utf8')).code);
  // Every file esbuild read, for scripts/build.mjs's stamp: the bundle is remade when one changes.
  writeFileSync(path.join(root, 'dist/bundle/inputs.json'), JSON.stringify(Object.keys(result.metafile.inputs).sort()) + '\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await bundleServer();

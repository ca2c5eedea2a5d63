/**
 * V8 keeps a script's source text in memory for as long as the script lives, one byte per
 * character when every character is Latin-1, two bytes otherwise. esbuild writes strings,
 * templates and identifiers in ASCII, but leaves regular expression literals as written, and a
 * handful of them (validator's alphabets, our own extraction patterns with dashes and curly
 * quotes) made the whole 11 MB server bundle a two-byte string: 22 MB of heap, held for the
 * process's lifetime and counted in its RSS.
 *
 * `asciiRegexLiterals` rewrites the non-ASCII characters of a module's regular expression literals
 * as `\uXXXX` escapes, which match the same code unit (and, with the `u` or `v` flag, a surrogate
 * pair written as two escapes is the same code point), so every pattern matches exactly what it
 * did. `String.raw` templates (patterns built from pieces) are the other place esbuild keeps a
 * character as written: in a raw template an escape would stay a backslash and letters, so each
 * non-ASCII character becomes a substitution of an escaped string instead (`${"\u2019"}`), which
 * String.raw joins back into the very same string. Other tags are left alone: a substitution means
 * something else to them (a query parameter to a SQL tag). scripts/bundle.mjs runs it on each
 * module before bundling, only for modules with such characters; only the rewritten lines'
 * columns move in the source map.
 */
import { tokenizer } from 'acorn';

const NON_ASCII = /[\u0080-\uffff]/;

/** A regular expression literal's raw text (`/body/flags`) with every non-ASCII character escaped. */
export function escapeRegexLiteral(raw) {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '\\' && i + 1 < raw.length) {
      const next = raw[i + 1];
      // `\é` (an identity escape, only valid without `u`) is the same character as `\u00E9`.
      out += next.charCodeAt(0) > 0x7f ? unicodeEscape(next) : char + next;
      i++;
    } else {
      out += char.charCodeAt(0) > 0x7f ? unicodeEscape(char) : char;
    }
  }
  return out;
}

/** A `String.raw` template chunk with each non-ASCII character as a substitution of its escaped string. */
export function escapeRawTemplateChunk(raw) {
  return raw.replace(/[\u0080-\uffff]/g, (char) => `\${"${unicodeEscape(char)}"}`);
}

const unicodeEscape = (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * `code` with its regular expression literals ASCII-only (escapeRegexLiteral), or `code` itself
 * when no literal needed it. Tokenizes as a module, then as a script (CommonJS files).
 */
export function asciiRegexLiterals(code) {
  if (!NON_ASCII.test(code)) return code;
  let literals;
  try {
    literals = regexTokens(code, 'module');
  } catch {
    literals = regexTokens(code, 'script');
  }
  if (literals.length === 0) return code;
  let out = '';
  let at = 0;
  for (const { start, end, escape } of literals) {
    out += code.slice(at, start) + escape(code.slice(start, end));
    at = end;
  }
  return out + code.slice(at);
}

/**
 * The spans to rewrite: regular expression literals, and the chunks of templates tagged
 * `String.raw`. A stack follows templates (and the braces of their substitutions) so that a
 * template's closing backquote is told from a nested template's opening one.
 */
function regexTokens(code, sourceType) {
  const found = [];
  const open = [];
  const recent = [];
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType, allowHashBang: true, allowReturnOutsideFunction: true })) {
    const label = token.type.label;
    const text = code.slice(token.start, token.end);
    if (label === 'regexp' && NON_ASCII.test(text)) found.push({ start: token.start, end: token.end, escape: escapeRegexLiteral });
    else if (label === '`') {
      if (open.at(-1) === 'template' || open.at(-1) === 'raw') open.pop();
      else open.push(recent.join('') === 'String.raw' ? 'raw' : 'template');
    } else if (label === '${' || label === '{') open.push('brace');
    else if (label === '}') open.pop();
    else if (label === 'template' && open.at(-1) === 'raw' && NON_ASCII.test(text)) found.push({ start: token.start, end: token.end, escape: escapeRawTemplateChunk });
    recent.push(label === 'name' ? token.value : label);
    if (recent.length > 3) recent.shift();
  }
  return found;
}

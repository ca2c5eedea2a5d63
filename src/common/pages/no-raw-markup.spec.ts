import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * Markup is written as JSX and escaped by the renderer (document.tsx), never put together from
 * strings. Two checks over the source, so a hand-built page cannot come back unnoticed:
 * - `dangerouslySetInnerHTML` (the renderer's one way around escaping) is used nowhere in src/;
 * - in the code that renders pages and fragments, no string literal holds a tag, except the
 *   few listed below, each for a reason that is not markup put together for output.
 */
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PAGE_CODE = ['common/pages', 'modules/explorer', 'modules/embeds', 'modules/desk', 'modules/comparisons'];

/** file (under src/) -> the literals allowed there, and why. */
const ALLOWED: Record<string, { literal: string; why: string }[]> = {
  // The doctype: the one piece of a document JSX cannot express.
  'common/pages/document.tsx': [{ literal: '<!doctype html>\n${}\n', why: 'doctype' }],
  // PostgreSQL's match markers in a snippet, read as markers and turned into <mark> elements.
  'modules/explorer/claim-item.tsx': [
    { literal: '<b>', why: 'snippet marker' },
    { literal: '</b>', why: 'snippet marker' },
  ],
  // The embed snippet is text for the reader to copy, shown (escaped) in a textarea.
  'modules/explorer/explorer-pages.tsx': [{ literal: '<script src="${}/embed.js" async></script>\n<div data-versus-comparison="${}/${}"></div>', why: 'text to copy' }],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.spec\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The string literals and templates of a file (their text) (JSX attribute values are attributes: escaped, and left out), and its names. */
function literalsAndNames(file: string): { literals: string[]; names: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const literals: string[] = [];
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) names.push(node.text);
    if (ts.isJsxAttribute(node)) names.push(node.name.getText(source));
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !ts.isJsxAttribute(node.parent)) {
      // The literal's own text; a template's substitutions as ${}.
      literals.push(ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((span) => `\${}${span.literal.text}`).join('') : node.text);
      names.push(ts.isStringLiteral(node) ? node.text : '');
      if (ts.isTemplateExpression(node)) return node.templateSpans.forEach((span) => visit(span.expression));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals, names };
}

/** A start or end tag (or a doctype) in a literal's text. */
const HOLDS_TAG = /<\/?[a-zA-Z!]/;

describe('no markup outside the auto-escaping renderer', () => {
  it('uses dangerouslySetInnerHTML nowhere in src/', () => {
    const users = sources(SRC).filter((file) => literalsAndNames(file).names.includes('dangerouslySetInnerHTML'));
    expect(users.map((file) => path.relative(SRC, file))).toEqual([]);
  });

  it('builds no markup from strings in the page and fragment code', () => {
    const found: string[] = [];
    for (const dir of PAGE_CODE) {
      for (const file of sources(path.join(SRC, dir))) {
        const name = path.relative(SRC, file);
        for (const literal of literalsAndNames(file).literals.filter((text) => HOLDS_TAG.test(text))) {
          if (!ALLOWED[name]?.some((allowed) => allowed.literal === literal)) found.push(`${name}: ${literal}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('would notice a page built from strings, and the hatch however it is spelled', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'raw-markup-'));
    const file = path.join(dir, 'page.tsx');
    writeFileSync(file, "const row = `<tr><td>${name}</td></tr>`; const x = '<b>' + y; const z = <div title=\"<i>\" {...{ ['dangerouslySetInnerHTML']: h }} />;");
    const { literals, names } = literalsAndNames(file);
    expect(literals.filter((text) => HOLDS_TAG.test(text))).toEqual(['<tr><td>${}</td></tr>', '<b>']);
    expect(names).toContain('dangerouslySetInnerHTML');
  });
});

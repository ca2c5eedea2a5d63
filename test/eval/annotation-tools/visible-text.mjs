#!/usr/bin/env node
// Prints the visible text of an article (html / md / txt) as a reader sees it: one block per line,
// table cells separated by " | ". Independent of the project's extractor. Usage: visible-text.mjs FILE
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import matter from 'gray-matter';
import { parse } from 'parse5';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'button', 'select', 'option', 'input', 'textarea']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figure', 'figcaption', 'form', 'hr', 'br', 'details', 'summary', 'address', 'fieldset', 'caption']);
const CELL = new Set(['td', 'th']);

export function htmlToText(html) {
  const doc = parse(html);
  const lines = [];
  let cur = '';
  const flush = () => { const t = cur.replace(/\s+/g, ' ').trim(); if (t) lines.push(t); cur = ''; };
  let title = '';
  const walk = (node) => {
    if (node.nodeName === 'title') { title = (node.childNodes ?? []).map((c) => c.value ?? '').join('').trim(); return; }
    if (node.nodeName === '#text') { cur += node.value; return; }
    if (node.nodeName === 'img') { return; }
    if (SKIP.has(node.nodeName)) return;
    const block = BLOCK.has(node.nodeName);
    if (block) flush();
    if (CELL.has(node.nodeName) && cur.trim()) cur += ' | ';
    for (const c of node.childNodes ?? (node.content?.childNodes ?? [])) walk(c);
    if (node.nodeName === 'head') return;
    if (block) flush();
  };
  const walkAll = (n) => { if (n.nodeName === 'head') { for (const c of n.childNodes) if (c.nodeName === 'title') walk(c); return; } walk(n); };
  for (const c of doc.childNodes) if (c.nodeName === 'html') for (const cc of c.childNodes) walkAll(cc); else walkAll(c);
  flush();
  return { title, text: lines.join('\n') };
}

export function visibleText(file) {
  const raw = readFileSync(file, 'utf8');
  const ext = file.toLowerCase().split('.').pop();
  if (['html', 'htm'].includes(ext)) {
    const { title, text } = htmlToText(raw);
    return { meta: title ? `<title>: ${title}` : '', text };
  }
  if (['md', 'markdown', 'mdx'].includes(ext)) {
    const fm = matter(raw);
    const html = new MarkdownIt({ html: true }).render(fm.content);
    return { meta: Object.keys(fm.data).length ? `front matter: ${JSON.stringify(fm.data)}` : '', text: htmlToText(`<body>${html}</body>`).text };
  }
  return { meta: '', text: raw };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { meta, text } = visibleText(process.argv[2]);
  if (meta) console.log(meta + '\n---');
  console.log(text);
}

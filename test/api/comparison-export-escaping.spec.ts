import MarkdownIt from 'markdown-it';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { articleInput, asEditor, editorClient, uniqueToken } from '../helpers/factories.js';

/** RFC 4180 records of a CSV text (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

/**
 * Stored names, titles and URLs are data in every export: the CSV header row escapes like every
 * other cell (no formula, no shifted columns), and the Markdown renders as the text it is (no
 * raw HTML, no link the data opened, only http(s) links).
 */
describe('comparison exports escape stored values', () => {
  let t: TestApp;
  let write: ReturnType<typeof editorClient>;
  beforeAll(async () => {
    t = await bootTestApp();
    ({ write } = await asEditor(t, 'export escaping'));
  });
  afterAll(() => t.close());

  const FORMULA = (token: string) => `=HYPERLINK("http://evil.example/${token}","click"), and more`;
  const MARKUP = (token: string) => `Beta ${token} <img src=x onerror=alert(1)> *bold* | [x](javascript:alert(1))`;

  /** A source comparing two technologies with hostile names, its title and URL hostile too. */
  async function hostileComparison(url: string) {
    const token = uniqueToken();
    const article = articleInput(token);
    const [alpha, beta] = article.taxonomy.technologies as { slug: string; name: string }[];
    alpha.name = FORMULA(token);
    beta.name = MARKUP(token);
    article.source.compares = [alpha.slug, beta.slug];
    Object.assign(article.source, { title: `- [Title](javascript:alert(1)) <b>${token}</b> \`code\``, url });
    const res = await write('POST', '/api/sources', article);
    expect(res.status).toBe(201);
    return { token, path: `/api/comparisons/${alpha.slug}/${beta.slug}` };
  }

  it('escapes the technology names in the CSV header like every other cell (no formula, no extra column)', async () => {
    const { token, path } = await hostileComparison('https://example.com/article');
    const csv = await t.request(`${path}?format=csv`);
    expect(csv.status).toBe(200);
    const [header, ...rows] = parseCsv(csv.body);
    expect(header).toEqual(['criterion', 'category', `'${FORMULA(token)}`, MARKUP(token), 'verdicts', 'consensus', 'agreement', 'sources', 'conflict']);
    const table = rows.slice(0, rows.findIndex((r) => r.length === 1 && r[0] === ''));
    expect(table.length).toBeGreaterThan(0);
    for (const row of table) expect(row).toHaveLength(header.length);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@\t\r]/);
  });

  it('refuses a source URL that would break out of its Markdown link', async () => {
    const article = articleInput(uniqueToken());
    for (const url of ['http://example.com/)[x](javascript:alert(1))', 'http://example.com/a b', 'http://example.com/<script>', 'javascript:alert(1)', 'http://example.com/[x]']) {
      const res = await write('POST', '/api/sources', { ...article, source: { ...article.source, url } });
      expect([url, res.status, res.json().errors?.[0]?.field]).toEqual([url, 400, 'source.url']);
    }
  });

  it('writes Markdown that renders as plain text and safe links only', async () => {
    // parentheses, asterisks and underscores are legal in a URL: encoded, they cannot end the link
    const { token, path } = await hostileComparison('https://example.com/wiki/A_(b)*c*');
    const res = await t.request(`${path}?format=markdown`);
    expect(res.status).toBe(200);
    // a renderer that passes raw HTML through, as many do
    const html = new MarkdownIt({ html: true }).render(res.body);
    expect(html).not.toMatch(/<img|<b>|<script|href="javascript:/i);
    expect(html).not.toMatch(/<(em|strong|code)>/);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(hrefs).toContain('https://example.com/wiki/A_%28b%29*c*');
    // every hostile value is still there, as text
    const text = new MarkdownIt().render(res.body).replace(/<[^>]+>/g, '');
    const decoded = text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(decoded).toContain(MARKUP(token));
    expect(decoded).toContain(FORMULA(token));
    expect(decoded).toContain(`- [Title](javascript:alert(1)) <b>${token}</b> \`code\``);
    // the heading and the table header are one heading and one table, whatever the names hold
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<th>/g)?.length).toBeGreaterThanOrEqual(7);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bootTestApp, type TestApp } from '../helpers/app.js';
import { asEditor } from '../helpers/factories.js';
import { localWebServer, type LocalWebServer } from '../helpers/local-web-server.js';

const ARTICLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'eval', 'extraction', 'dev', 'house-style', 'articles');
const HTML_ARTICLE = readFileSync(path.join(ARTICLES, 'django-vs-rails.html'), 'utf8');
const TEXT_ARTICLE = readFileSync(path.join(ARTICLES, 'kafka-vs-rabbitmq.txt'), 'utf8');

/** The fetch limits this spec boots the app with: small, so "too large" and "too slow" are quick. */
const MAX_BYTES = 64 * 1024;
const TIMEOUT_MS = 700;

/**
 * The app reads its configuration once per test file (ConfigModule validates at import), so the
 * same refusals without KB_FETCH_ALLOW_HOSTS live in extraction-from-url-nothing-allowed.spec.ts.
 */
describe('extraction from a URL, guarded against server-side request forgery', () => {
  let site: LocalWebServer;
  let other: LocalWebServer;
  /** Requests each server received, by path: a refused URL must never be asked for. */
  const asked: string[] = [];

  beforeAll(async () => {
    other = await localWebServer((url, res) => {
      asked.push(`other ${url}`);
      res.writeHead(200, { 'content-type': 'text/html' }).end(HTML_ARTICLE);
    });
    site = await localWebServer((url, res) => {
      asked.push(`site ${url}`);
      const go = (location: string) => res.writeHead(302, { location }).end();
      if (url === '/article.html') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML_ARTICLE);
      if (url === '/article.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end(TEXT_ARTICLE);
      if (url === '/no-type') return res.end(TEXT_ARTICLE);
      if (url === '/moved') return go('/article.html#top');
      if (url === '/to-other-port') return go(`${other.origin}/article.html`);
      if (url === '/to-localhost') return go(`http://localhost:${other.port}/article.html`);
      if (url === '/to-metadata') return go('http://169.254.169.254/latest/meta-data/');
      if (url === '/to-file') return go('file:///etc/passwd');
      const hop = /^\/hop\/(\d+)$/.exec(url);
      if (hop) return go(`/hop/${Number(hop[1]) + 1}`);
      if (url === '/large-declared') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(MAX_BYTES + 1) }).end('x'.repeat(MAX_BYTES + 1));
      if (url === '/large-streamed') {
        // No Content-Length: the limit holds while the body streams.
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 4; i++) res.write('<p>' + 'x'.repeat(MAX_BYTES / 2) + '</p>');
        return res.end();
      }
      if (url === '/gzip-bomb') return res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(MAX_BYTES * 16, 'a')));
      if (url === '/gzipped') return res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(TEXT_ARTICLE));
      if (url === '/slow') {
        // Headers at once, then the body never ends.
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.write('<html><body><p>Go vs Rust');
      }
      if (url === '/pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
    });
  });
  afterAll(async () => {
    await site.stop();
    await other.stop();
  });

  describe('with the local server allowed (KB_FETCH_ALLOW_HOSTS)', () => {
    let t: TestApp;
    let extract: (payload: unknown) => ReturnType<TestApp['request']>;
    let editorWrite: (method: 'POST', url: string, payload: unknown) => ReturnType<TestApp['request']>;
    /** An allowed port nothing listens on. */
    let closedPort: number;
    beforeAll(async () => {
      const closed = await localWebServer(() => undefined);
      closedPort = closed.port;
      await closed.stop();
      t = await bootTestApp({ env: { KB_FETCH_ALLOW_HOSTS: `127.0.0.1:${site.port}, 127.0.0.1:${closedPort}`, KB_FETCH_MAX_BYTES: String(MAX_BYTES), KB_FETCH_TIMEOUT_MS: String(TIMEOUT_MS) } });
      const editor = await asEditor(t, 'url extraction');
      extract = (payload) => editor.write('POST', '/api/extractions?dryRun=true', payload);
      editorWrite = (method, url, payload) => editor.write(method, url, payload);
    });
    afterAll(() => t?.close());

    it('drafts from the served HTML, as from the same text pasted, with the fetched URL as the source url', async () => {
      const fromUrl = await extract({ url: `${site.origin}/article.html` });
      expect(fromUrl.status).toBe(200);
      const pasted = (await extract({ content: HTML_ARTICLE, format: 'html' })).json();
      const draft = fromUrl.json();
      expect(draft.source.url).toBe(`${site.origin}/article.html`);
      expect({ ...draft.source, url: null }).toEqual({ ...pasted.source, url: null });
      expect(draft.claims).toEqual(pasted.claims);
      expect(draft.claims.length).toBeGreaterThan(0);
      for (const claim of draft.claims) expect(draft.source.body).toContain(claim.quote);
    });

    it('reads the format from the Content-Type (text/plain), undoes gzip, and takes a given format when the answer names none', async () => {
      const text = (await extract({ content: TEXT_ARTICLE, format: 'text' })).json();
      for (const [url, payload] of [
        ['/article.txt', {}],
        ['/gzipped', {}],
        ['/no-type', { format: 'text' }],
      ] as const) {
        const res = await extract({ url: `${site.origin}${url}`, ...payload });
        expect({ url, status: res.status }).toEqual({ url, status: 200 });
        expect(res.json().source.body).toBe(text.source.body);
        expect(res.json().source.url).toBe(`${site.origin}${url}`);
      }
    });

    it('stores a draft from a URL (no dryRun): the format the Content-Type chose and the fetched text are kept', async () => {
      const text = (await extract({ content: TEXT_ARTICLE, format: 'text' })).json();
      const stored = await editorWrite('POST', '/api/extractions', { url: `${site.origin}/article.txt` });
      expect(stored.status).toBe(201);
      const draft = stored.json();
      expect(draft.format).toBe('text');
      expect(draft.source.url).toBe(`${site.origin}/article.txt`);
      expect(draft.source.text).toBe(text.source.body);
    });

    it('follows a redirect on the allowed host; the source url is where the article was found, without its fragment', async () => {
      const res = await extract({ url: `${site.origin}/moved` });
      expect(res.status).toBe(200);
      expect(res.json().source.url).toBe(`${site.origin}/article.html`);
    });

    it.each([
      ['another port of the same loopback address', '/to-other-port'],
      ['a name that resolves to loopback (checked at lookup)', '/to-localhost'],
      ['the link-local metadata address', '/to-metadata'],
      ['a file: URL', '/to-file'],
    ])('refuses a redirect to %s (422 URL_NOT_ALLOWED), and never asks it', async (_name, url) => {
      asked.length = 0;
      const res = await extract({ url: `${site.origin}${url}` });
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().code).toBe('URL_NOT_ALLOWED');
      expect(asked).toEqual([`site ${url}`]);
    });

    it.each([
      ['a file: URL', 'file:///etc/passwd'],
      ['an ftp: URL', 'ftp://127.0.0.1:{site}/article.html'],
      ['a data: URL', 'data:text/html,<p>Go vs Rust</p>'],
      ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/'],
      ['the allowed address written as IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]:{site}/article.html'],
      ['IPv6 loopback', 'http://[::1]:{site}/article.html'],
      ['the unspecified address', 'http://0.0.0.0:{site}/article.html'],
      ['loopback written as a number, on a port not allowed', 'http://2130706433:{other}/article.html'],
      ['a private address', 'http://10.0.0.1/'],
      ['localhost (a name resolving to loopback)', 'http://localhost:{site}/article.html'],
      ['a URL with credentials', 'http://user:secret@127.0.0.1:{site}/article.html'],
    ])('refuses %s (422 URL_NOT_ALLOWED)', async (_name, url) => {
      asked.length = 0;
      // Ports are known once the servers listen, after the table is built.
      const res = await extract({ url: url.replace('{site}', String(site.port)).replace('{other}', String(other.port)) });
      expect([res.status, res.json().code]).toEqual([422, 'URL_NOT_ALLOWED']);
      expect(asked).toEqual([]);
    });

    it(`stops after 5 redirects (422 FETCH_FAILED)`, async () => {
      asked.length = 0;
      const res = await extract({ url: `${site.origin}/hop/0` });
      expect([res.status, res.json().code]).toEqual([422, 'FETCH_FAILED']);
      expect(asked).toEqual([0, 1, 2, 3, 4, 5].map((n) => `site /hop/${n}`));
    });

    it.each(['/large-declared', '/large-streamed', '/gzip-bomb'])('refuses %s over KB_FETCH_MAX_BYTES (413 FETCH_TOO_LARGE)', async (url) => {
      const res = await extract({ url: `${site.origin}${url}` });
      expect(res.status).toBe(413);
      expect(res.json()).toMatchObject({ status: 413, code: 'FETCH_TOO_LARGE' });
    });

    it('gives up on a server that does not finish within KB_FETCH_TIMEOUT_MS (504 FETCH_TIMEOUT)', async () => {
      const res = await extract({ url: `${site.origin}/slow` });
      expect(res.status).toBe(504);
      expect(res.json()).toMatchObject({ status: 504, code: 'FETCH_TIMEOUT' });
    });

    it.each([
      ['an error status', '/missing', {}],
      ['a PDF', '/pdf', {}],
      ['a PDF, even with a format given', '/pdf', { format: 'text' }],
      ['no Content-Type and no format', '/no-type', {}],
    ])('answers 422 FETCH_FAILED for %s', async (_name, url, payload) => {
      const res = await extract({ url: `${site.origin}${url}`, ...payload });
      expect([res.status, res.json().code]).toEqual([422, 'FETCH_FAILED']);
    });

    it('answers 422 FETCH_FAILED when nothing listens on an allowed port', async () => {
      const res = await extract({ url: `http://127.0.0.1:${closedPort}/article.html` });
      expect([res.status, res.json().code]).toEqual([422, 'FETCH_FAILED']);
    });

    it.each([
      ['both url and content', { url: 'https://example.com/a', content: 'Go vs Rust', format: 'text' }],
      ['neither url nor content', { format: 'text' }],
      ['nothing at all', {}],
      ['a url that is not absolute', { url: '/article.html' }],
      ['a url that is not a string', { url: 42 }],
      ['a url over 2,000 characters', { url: `https://example.com/${'a'.repeat(2000)}` }],
      ['content without a format', { content: 'Go vs Rust' }],
      ['a url with an unknown format', { url: 'https://example.com/a', format: 'pdf' }],
    ])('refuses %s (400)', async (_name, payload) => {
      asked.length = 0;
      const res = await extract(payload);
      expect(res.status).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(asked).toEqual([]);
    });

    it.each([
      ['both', { url: 'https://example.com/a', content: 'Go vs Rust', format: 'text' }],
      ['neither', { format: 'text' }],
    ])('says to give exactly one of content and url when given %s', async (_name, payload) => {
      const res = await extract(payload);
      expect(res.json().errors).toEqual(expect.arrayContaining([{ field: 'url', message: 'give exactly one of content (the article) or url (where to fetch it)' }]));
    });

    it('does the same through GraphQL: a draft from a URL, and the refusal codes', async () => {
      const { auth } = await asEditor(t, 'url extraction graphql');
      const query = 'mutation ($input: ExtractArticleInput!) { extractDraft(input: $input) { source { url title } claims { key } } }';
      const ok = await t.graphql(query, { input: { url: `${site.origin}/article.html` } }, auth);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.extractDraft.source.url).toBe(`${site.origin}/article.html`);
      expect(ok.data.extractDraft.claims.length).toBeGreaterThan(0);
      const refused = await t.graphql(query, { input: { url: `${other.origin}/article.html` } }, auth);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'URL_NOT_ALLOWED', status: 422 });
      const large = await t.graphql(query, { input: { url: `${site.origin}/large-streamed` } }, auth);
      expect(large.errors?.[0].extensions).toMatchObject({ code: 'FETCH_TOO_LARGE', status: 413 });
      const both = await t.graphql(query, { input: { url: `${site.origin}/article.html`, content: 'Go vs Rust', format: 'text' } }, auth);
      expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

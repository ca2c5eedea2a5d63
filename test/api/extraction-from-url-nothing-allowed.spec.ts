import { bootTestApp, type TestApp } from '../helpers/app.js';
import { asEditor } from '../helpers/factories.js';
import { localWebServer, type LocalWebServer } from '../helpers/local-web-server.js';

/**
 * The default: without KB_FETCH_ALLOW_HOSTS, no private address is fetched, a test's own server
 * on loopback included. (A file of its own: the app reads its configuration once per test file.)
 */
describe('extraction from a URL without KB_FETCH_ALLOW_HOSTS', () => {
  let site: LocalWebServer;
  let t: TestApp;
  let extract: (payload: unknown) => ReturnType<TestApp['request']>;
  /** Requests the local server received: a refused URL is never asked for. */
  const asked: string[] = [];

  beforeAll(async () => {
    site = await localWebServer((url, res) => {
      asked.push(url);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Go vs Rust: Go compiles faster than Rust.');
    });
    t = await bootTestApp({ env: { KB_FETCH_ALLOW_HOSTS: '' } });
    const editor = await asEditor(t, 'url extraction, nothing allowed');
    extract = (payload) => editor.write('POST', '/api/extractions?dryRun=true', payload);
  });
  afterAll(async () => {
    await t?.close();
    await site?.stop();
  });

  it.each([
    ['the loopback address', (port: number) => `http://127.0.0.1:${port}/article.txt`],
    ['a name that resolves to loopback (checked where the connection is made)', (port: number) => `http://localhost:${port}/article.txt`],
    ['IPv4-mapped loopback', (port: number) => `http://[::ffff:127.0.0.1]:${port}/article.txt`],
  ])('refuses %s (422 URL_NOT_ALLOWED) and never connects', async (_name, url) => {
    asked.length = 0;
    const res = await extract({ url: url(site.port) });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json()).toMatchObject({ status: 422, code: 'URL_NOT_ALLOWED', errors: [{ field: 'url' }] });
    expect(asked).toEqual([]);
  });

  it('refuses it through GraphQL with the same code', async () => {
    const { auth } = await asEditor(t, 'url extraction graphql, nothing allowed');
    const res = await t.graphql('mutation ($input: ExtractArticleInput!) { extractDraft(input: $input) { source { url } } }', { input: { url: `${site.origin}/article.txt` } }, auth);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'URL_NOT_ALLOWED', status: 422 });
    expect(asked).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bootTestApp, type TestApp } from '../helpers/app.js';

/** Shell words of a ```sh block: quotes (spanning lines), backslash-newline, one command per line. */
function shellCommands(block: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | null = null;
  const endWord = () => {
    if (word !== null) words.push(word);
    word = null;
  };
  for (let i = 0; i < block.length; i++) {
    const ch = block[i];
    if (ch === "'") {
      const close = block.indexOf("'", i + 1);
      word = (word ?? '') + block.slice(i + 1, close);
      i = close;
    } else if (ch === '"') {
      let j = i + 1;
      let text = '';
      while (block[j] !== '"') {
        if (block[j] === '\\') j++;
        text += block[j++];
      }
      word = (word ?? '') + text;
      i = j;
    } else if (ch === '\\' && block[i + 1] === '\n') {
      i++;
    } else if (ch === '#' && word === null) {
      while (i < block.length && block[i] !== '\n') i++;
      i--;
    } else if (ch === '\n') {
      endWord();
      if (words.length) commands.push(words);
      words = [];
    } else if (/\s/.test(ch)) {
      endWord();
    } else {
      word = (word ?? '') + ch;
    }
  }
  endWord();
  if (words.length) commands.push(words);
  return commands;
}

interface CurlExample {
  line: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  data?: string;
}

function parseCurl(words: string[]): CurlExample {
  const example: CurlExample = { line: words.join(' '), url: '', method: 'GET', headers: {} };
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w === '-H' || w === '--header') {
      const [name, ...value] = words[++i].split(':');
      example.headers[name.trim().toLowerCase()] = value.join(':').trim();
    } else if (w === '-d' || w === '--data') {
      example.data = words[++i];
      example.method = 'POST';
    } else if (w === '-X') {
      example.method = words[++i];
    } else if (!w.startsWith('-')) {
      example.url = w.replace(/^(https?:\/\/)?localhost:3000/, '');
    } else {
      throw new Error(`curl option ${w} is not understood by this test: ${example.line}`);
    }
  }
  return example;
}

const README = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
const EXAMPLES = [...README.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => shellCommands(m[1])).filter((words) => words[0] === 'curl').map(parseCurl);

describe('README examples', () => {
  let t: TestApp;
  const registered = new Set<string>();
  let editorKey = '';
  beforeAll(async () => {
    t = await bootTestApp();
    const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
    editorKey = (await t.app.get(ApiKeysService).create('editor', 'readme examples')).key;
  });
  afterAll(() => t.close());

  it('finds the curl examples, the fixed GraphQL one among them', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(10);
    expect(EXAMPLES.some((e) => e.data?.includes('edges { node'))).toBe(true);
  });

  it.each(EXAMPLES.map((e) => [e.line, e] as const))('%s', async (_line, example) => {
    // `<editor key>` in the README stands for a key the reader creates with `kb keys create editor`.
    const headers = Object.fromEntries(Object.entries(example.headers).map(([name, value]) => [name, value.replace('<editor key>', editorKey)]));
    const res = await t.request({ method: example.method, url: example.url, headers, payload: example.data });
    expect(res.status).toBe(200);
    if (!example.url.startsWith('/graphql')) return;
    const body = res.json();
    const sent = example.data ? JSON.parse(example.data) : { extensions: JSON.parse(new URL(example.url, 'http://x').searchParams.get('extensions') ?? '{}') };
    const hash: string | undefined = sent.extensions?.persistedQuery?.sha256Hash;
    if (sent.query || (hash && registered.has(hash))) {
      expect(body.errors).toBeUndefined();
      expect(body.data).toBeDefined();
      if (hash) registered.add(hash);
    } else {
      // The first request of automatic persisted queries: the hash alone is not known yet.
      expect(body.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
  });
});

import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

/** A short unique token usable in slugs, names and texts. */
export const uniqueToken = () => randomUUID().replace(/-/g, '').slice(0, 12);

/** An annotation of a small article of its own (unique slug, externalId and text), on seeded technologies. */
export function articleInput(token = uniqueToken()) {
  const slug = `article-${token}`;
  const body = `Node.js handles many connections. Python wins for data science. Both are mature. Article ${token}.`;
  return {
    source: { externalId: `ext-${token}`, slug, title: `Article ${token}`, compares: ['nodejs', 'python'], body },
    claims: [
      { key: 'connections', kind: 'pro', statement: 'Node.js handles many connections.', quote: 'Node.js handles many connections.', technology: 'nodejs', criterion: 'concurrency' },
      { key: 'data-science', kind: 'verdict', statement: 'Python wins for data science.', quote: 'Python wins for data science.', criterion: 'data-science', outcome: 'win', winner: 'python' },
      { key: 'mature', kind: 'fact', statement: 'Both are mature.', quote: 'Both are mature.' },
    ] as Record<string, unknown>[],
  };
}

export type ArticleInput = ReturnType<typeof articleInput>;

/** Requests as an editor, with JSON bodies. */
export function editorClient(t: TestApp, key: string) {
  return (method: string, url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    t.request({ method, url, headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers }, payload });
}

/** A source as stored: its claim ids by key, its ETag and its text (404 -> null). */
export async function storedSource(t: TestApp, slug: string) {
  const res = await t.request(`/api/sources/${slug}`);
  if (res.status === 404) return null;
  const claims = (await t.request(`/api/claims?source=${slug}&limit=200`)).json().items as { id: number; quote: string; statement: string }[];
  const source = res.json();
  return { etag: res.headers.etag as string, body: source.body as string, externalId: source.externalId as string, claimIds: claims.map((c) => c.id).sort((a, b) => a - b), claims };
}

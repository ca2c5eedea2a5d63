import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

/** A short unique token usable in slugs, names and texts. */
export const uniqueToken = () => randomUUID().replace(/-/g, '').slice(0, 12);

/**
 * An annotation of a small article of its own: unique slug, externalId and text; its claims are
 * about two technologies and a criterion of its own (its taxonomy block creates them), so that
 * what other suites count or recommend over the seeded taxonomy is not changed by it.
 */
export function articleInput(token = uniqueToken()) {
  const slug = `article-${token}`;
  const [alpha, beta, criterion] = [`alpha-${token}`, `beta-${token}`, `crit-${token}`];
  const body = `Alpha handles many connections. Beta wins for data work. Both are mature. Article ${token}.`;
  return {
    // compares the seeded pair: the technologies sources compare are what recommendations rank
    source: { externalId: `ext-${token}`, slug, title: `Article ${token}`, compares: ['nodejs', 'python'], body },
    taxonomy: {
      technologies: [
        { slug: alpha, name: `Alpha ${token}`, kind: 'language', aliases: [] },
        { slug: beta, name: `Beta ${token}`, kind: 'language', aliases: [] },
      ],
      criteria: [{ slug: criterion, name: `Criterion ${token}`, category: 'performance', aliases: [] }],
    } as Record<string, unknown>,
    claims: [
      { key: 'connections', kind: 'pro', statement: 'Alpha handles many connections.', quote: 'Alpha handles many connections.', technology: alpha, criterion },
      { key: 'data-work', kind: 'verdict', statement: 'Beta wins for data work.', quote: 'Beta wins for data work.', criterion, outcome: 'win', winner: beta },
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

/** A new editor key on a booted app, with a JSON client for it and its authorization header. */
export async function asEditor(t: TestApp, name: string) {
  const { ApiKeysService } = await import('../../src/modules/auth/api-keys.service.js');
  const key = (await t.app.get(ApiKeysService).create('editor', name)).key;
  return { key, write: editorClient(t, key), auth: { authorization: `Bearer ${key}` } as Record<string, string> };
}

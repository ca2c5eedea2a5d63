import { ErrorCode } from '../../common/errors/domain-error.js';
import { checkIfMatch, sourceEtag, sourceToWrite, type SourceMatches, type StoredSourceVersion } from './source-identity.js';

const stored = (id: number, slug: string, externalId: string, contentHash: string): StoredSourceVersion => ({
  id,
  slug,
  externalId,
  contentHash,
  annotationHash: 'a'.repeat(64),
  version: 1,
  editedAt: null,
});
const a = stored(1, 'a', 'ext-a', 'hash-a');
const b = stored(2, 'b', 'ext-b', 'hash-b');
const none: SourceMatches = { bySlug: null, byExternalId: null, byContent: null, crossed: null };

describe('sourceToWrite', () => {
  it.each([
    ['a new slug, externalId and text', { slug: 'n', externalId: 'ext-n', contentHash: 'hash-n' }, none, null],
    ['the same source again', { slug: 'a', externalId: 'ext-a', contentHash: 'hash-a' }, { ...none, bySlug: a, byExternalId: a, byContent: a }, a],
    ['a new text for the slug', { slug: 'a', externalId: 'ext-a', contentHash: 'hash-x' }, { ...none, bySlug: a, byExternalId: a, byContent: null }, a],
    ['the slug alone, no externalId', { slug: 'a', contentHash: 'hash-x' }, { ...none, bySlug: a }, a],
    ['a slug that is its own externalId', { slug: 'ext-a', externalId: 'ext-a', contentHash: 'hash-a' }, { ...none, bySlug: { ...a, slug: 'ext-a' }, byExternalId: { ...a, slug: 'ext-a' }, crossed: null }, 'self'],
  ])('%s -> writes that source', (_name, request, found, expected) => {
    expect(sourceToWrite(request, found)).toBe(expected === 'self' ? found.bySlug : expected);
  });

  it.each([
    ['slug and externalId name two sources', { slug: 'a', externalId: 'ext-b', contentHash: 'hash-a' }, { ...none, bySlug: a, byExternalId: b, byContent: a }, 'b'],
    ['externalId of another source under a new slug', { slug: 'n', externalId: 'ext-a', contentHash: 'hash-n' }, { ...none, byExternalId: a }, 'a'],
    ['an existing slug with a new externalId', { slug: 'a', externalId: 'ext-n', contentHash: 'hash-n' }, { ...none, bySlug: a }, 'a'],
    ['the text of another source under a new slug', { slug: 'n', externalId: 'ext-n', contentHash: 'hash-a' }, { ...none, byContent: a }, 'a'],
    ['the text of another source under an existing slug', { slug: 'b', externalId: 'ext-b', contentHash: 'hash-a' }, { ...none, bySlug: b, byExternalId: b, byContent: a }, 'a'],
    // slugs and externalIds share one namespace (issue 20 item 4): GET/DELETE /api/sources/:key take either
    ['a new slug that is the externalId of another source', { slug: 'ext-a', externalId: 'ext-n', contentHash: 'hash-n' }, { ...none, crossed: a }, 'a'],
    ['a new externalId that is the slug of another source', { slug: 'n', externalId: 'a', contentHash: 'hash-n' }, { ...none, crossed: a }, 'a'],
    ['an existing slug whose new externalId is the slug of another source', { slug: 'b', externalId: 'a', contentHash: 'hash-b' }, { ...none, bySlug: b, crossed: a }, 'a'],
  ])('%s -> 409 naming the stored source', (_name, request, found, named) => {
    expect(() => sourceToWrite(request, found)).toThrow(expect.objectContaining({ code: ErrorCode.SOURCE_CONFLICT, message: expect.stringContaining(`'${named}'`) }));
  });
});

describe('checkIfMatch', () => {
  const etag = sourceEtag(a);
  it.each([
    ['no target, no If-Match', null, undefined, true, false],
    ['annotation-only change without If-Match', a, undefined, false, false],
    ['text change with the current ETag', a, etag, true, false],
    ['text change with *', a, '*', true, false],
    ['text change with a list holding the current ETag', a, `"old", ${etag}`, true, false],
    ['trusted text change without If-Match', a, undefined, true, true],
  ])('%s -> passes', (_name, target, ifMatch, textChanges, trusted) => {
    expect(() => checkIfMatch(target, ifMatch, textChanges, trusted)).not.toThrow();
  });

  it.each([
    ['text change without If-Match', a, undefined, true, false, ErrorCode.PRECONDITION_REQUIRED],
    ['a stale ETag', a, '"stale"', true, false, ErrorCode.PRECONDITION_FAILED],
    ['a weak ETag (strong comparison)', a, `W/${etag}`, true, false, ErrorCode.PRECONDITION_FAILED],
    ['a stale ETag, even when trusted', a, '"stale"', true, true, ErrorCode.PRECONDITION_FAILED],
    ['If-Match for a source that does not exist', null, etag, true, false, ErrorCode.PRECONDITION_FAILED],
    ['an If-Match over the documented length', a, `${etag}, ${'"x", '.repeat(200)}`, true, false, ErrorCode.VALIDATION_FAILED],
  ])('%s -> refused', (_name, target, ifMatch, textChanges, trusted, code) => {
    expect(() => checkIfMatch(target, ifMatch, textChanges, trusted)).toThrow(expect.objectContaining({ code }));
  });

  it('changes the ETag when the text, the annotation, the row version or the row does', () => {
    const variants = [a, { ...a, contentHash: 'x' }, { ...a, annotationHash: null }, { ...a, version: 2 }, { ...a, id: 99 }].map(sourceEtag);
    expect(new Set(variants).size).toBe(5);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  });
});

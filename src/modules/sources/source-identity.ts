import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';

/** What identifies a stored source and its current version. */
export interface StoredSourceVersion {
  id: number;
  slug: string;
  externalId: string;
  contentHash: string;
  annotationHash: string | null;
  updatedAt: Date;
}

/** The stored sources a write's slug, externalId and text each name (null: none). */
export interface SourceMatches {
  bySlug: StoredSourceVersion | null;
  byExternalId: StoredSourceVersion | null;
  byContent: StoredSourceVersion | null;
}

export interface SourceWriteRequest {
  slug: string;
  /** Absent: the slug alone names the source (a new one gets an id from its text). */
  externalId?: string;
  contentHash: string;
}

const describe = (s: StoredSourceVersion) => `'${s.slug}' (externalId '${s.externalId}')`;

/**
 * The one stored source a write may change, or null for a new source. A write changes no
 * source but the one its slug names: an externalId or a text that belongs to another source,
 * or a slug whose source has another externalId, is a conflict naming that source. (Renaming a
 * source by posting its externalId under a new slug would 404 its old URL, so it is refused.)
 */
export function sourceToWrite(request: SourceWriteRequest, found: SourceMatches): StoredSourceVersion | null {
  const { bySlug, byExternalId, byContent } = found;
  const conflict = (message: string, field: string, other: StoredSourceVersion) =>
    new DomainError(ErrorCode.SOURCE_CONFLICT, `${message}; nothing was changed`, [{ field, message: `names the stored source ${describe(other)}` }]);
  if (byExternalId && bySlug && byExternalId.id !== bySlug.id) {
    throw conflict(`slug '${request.slug}' and externalId '${request.externalId}' name two different sources, ${describe(bySlug)} and ${describe(byExternalId)}`, 'source.externalId', byExternalId);
  }
  if (byExternalId && !bySlug) {
    throw conflict(`externalId '${request.externalId}' already names source ${describe(byExternalId)}, not slug '${request.slug}'`, 'source.externalId', byExternalId);
  }
  if (bySlug && request.externalId !== undefined && bySlug.externalId !== request.externalId) {
    throw conflict(`slug '${request.slug}' already names source ${describe(bySlug)}, not externalId '${request.externalId}'`, 'source.slug', bySlug);
  }
  if (byContent && byContent.id !== bySlug?.id) {
    throw conflict(`the same text is already stored as source ${describe(byContent)}`, 'source.body', byContent);
  }
  return bySlug;
}

/** The strong ETag of a source's current version: its text, its annotation and its last change. */
export function sourceEtag(source: Pick<StoredSourceVersion, 'contentHash' | 'annotationHash' | 'updatedAt'>): string {
  const version = `${source.contentHash}:${source.annotationHash ?? ''}:${source.updatedAt.getTime()}`;
  return `"${createHash('sha256').update(version).digest('base64url').slice(0, 32)}"`;
}

/** The longest If-Match accepted (documented in the OpenAPI header parameter). */
export const IF_MATCH_MAX_LENGTH = 1000;

/**
 * If-Match for a write to `target` (RFC 9110 §13.1.1, strong comparison): a text change needs it
 * (428 without), and a given one must name the current version (412 otherwise; `*` names any).
 * `trusted` (seed files loaded locally) skips the requirement, never a given If-Match.
 */
export function checkIfMatch(target: StoredSourceVersion | null, ifMatch: string | undefined, textChanges: boolean, trusted: boolean): void {
  if (ifMatch === undefined || ifMatch.trim() === '') {
    if (target && textChanges && !trusted) {
      throw new DomainError(
        ErrorCode.PRECONDITION_REQUIRED,
        `changing the text of source '${target.slug}' needs If-Match with its current ETag (GET /api/sources/${target.slug}); nothing was changed`,
      );
    }
    return;
  }
  if (ifMatch.length > IF_MATCH_MAX_LENGTH) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, `If-Match is longer than ${IF_MATCH_MAX_LENGTH} characters`, [{ field: 'If-Match', message: `at most ${IF_MATCH_MAX_LENGTH} characters` }]);
  }
  const tags = ifMatch.split(',').map((tag) => tag.trim());
  const current = target ? sourceEtag(target) : null;
  if (current && tags.some((tag) => tag === '*' || tag === current)) return;
  throw new DomainError(
    ErrorCode.PRECONDITION_FAILED,
    target
      ? `If-Match ${ifMatch} is not the current version of source '${target.slug}' (it is ${current}); read it again and retry`
      : `If-Match ${ifMatch} was given but no such source is stored`,
  );
}

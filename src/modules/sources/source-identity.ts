import { createHash } from 'node:crypto';
import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import { assertIfMatch } from '../../common/preconditions/if-match.js';

export { IF_MATCH_MAX_LENGTH } from '../../common/preconditions/if-match.js';

/** What identifies a stored source and its current version. */
export interface StoredSourceVersion {
  id: number;
  slug: string;
  externalId: string;
  contentHash: string;
  annotationHash: string | null;
  /** Row version: every write adds 1 (under the row's lock). */
  version: number;
  /** When an editor last changed it (API, `kb ingest`); null: only seed files wrote it. */
  editedAt: Date | null;
}

/** The stored sources a write's slug, externalId and text each name (null: none). */
export interface SourceMatches {
  bySlug: StoredSourceVersion | null;
  byExternalId: StoredSourceVersion | null;
  byContent: StoredSourceVersion | null;
  /**
   * A source whose externalId is the write's slug, or whose slug is the write's externalId.
   * Slugs and externalIds share one namespace: GET and DELETE /api/sources/:key accept either,
   * so a key must name one source only.
   */
  crossed: StoredSourceVersion | null;
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
  const { bySlug, byExternalId, byContent, crossed } = found;
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
  if (crossed && crossed.id !== bySlug?.id) {
    const slugTaken = crossed.externalId === request.slug;
    throw conflict(
      slugTaken
        ? `slug '${request.slug}' is the externalId of source ${describe(crossed)}; slugs and externalIds share one namespace`
        : `externalId '${request.externalId}' is the slug of source ${describe(crossed)}; slugs and externalIds share one namespace`,
      slugTaken ? 'source.slug' : 'source.externalId',
      crossed,
    );
  }
  if (byContent && byContent.id !== bySlug?.id) {
    throw conflict(`the same text is already stored as source ${describe(byContent)}`, 'source.body', byContent);
  }
  return bySlug;
}

/**
 * The strong ETag of a source's current version: its row and row version (every write, a claim's
 * edit included, adds 1), its text and its annotation.
 */
export function sourceEtag(source: Pick<StoredSourceVersion, 'id' | 'contentHash' | 'annotationHash' | 'version'>): string {
  const version = `${source.id}:${source.version}:${source.contentHash}:${source.annotationHash ?? ''}`;
  return `"${createHash('sha256').update(version).digest('base64url').slice(0, 32)}"`;
}

/**
 * If-Match for a write to `target` (RFC 9110 §13.1.1, strong comparison): a text change needs it
 * (428 without), and a given one must name the current version (412 otherwise; `*` names any).
 * `target` is read under its row lock in the write's transaction (SourceWritesRepository.findMatches).
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
  assertIfMatch(target ? sourceEtag(target) : null, ifMatch, target ? `source '${target.slug}'` : 'the source');
}

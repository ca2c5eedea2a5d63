import { DomainError, ErrorCode } from '../../common/errors/domain-error.js';
import type { DraftStatus } from './drafts.types.js';

/** A change to a draft that is no longer open (409 DRAFT_CLOSED). */
export function draftClosed(draft: { id: number; status: DraftStatus }): DomainError {
  return new DomainError(ErrorCode.DRAFT_CLOSED, `draft ${draft.id} is ${draft.status}: it can no longer change${draft.status === 'published' ? ' (edit the published source instead)' : ''}`);
}

/** A draft changed between publish's read and its write (412: nothing was written). */
export function draftChangedDuringPublish(id: number): DomainError {
  return new DomainError(ErrorCode.PRECONDITION_FAILED, `draft ${id} changed while it was being published; nothing was written: read it again and publish`);
}

/** Publishing with no accepted claim (422). */
export function nothingAccepted(id: number): DomainError {
  return new DomainError(ErrorCode.INVALID_ANNOTATION, `draft ${id} has no accepted claim: accept at least one, or discard the draft`, [{ field: 'claims', message: 'none accepted' }]);
}

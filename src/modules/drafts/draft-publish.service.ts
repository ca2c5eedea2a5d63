import { Injectable } from '@nestjs/common';
import { notFound } from '../../common/errors/domain-error.js';
import { assertIfMatch } from '../../common/preconditions/if-match.js';
import { IngestionService } from '../ingestion/ingestion.service.js';
import { draftEtag } from './draft.mapper.js';
import { finalDecisions, publishInput } from './draft-rules.js';
import { DraftsRepository } from './drafts.repository.js';
import { draftChangedDuringPublish, draftClosed, nothingAccepted } from './drafts.errors.js';
import type { StoredDraft } from './drafts.types.js';

/**
 * Publishing a draft: its accepted claims (and the new taxonomy entries they use) go through the
 * one write of `POST /api/sources` (IngestionService: collision checks, quotes verified, one
 * transaction), and in that same transaction the draft records each claim's final decision and
 * becomes published: both commit, or neither. Errors of the write (409, 412, 422, 428) pass
 * through with their codes.
 */
@Injectable()
export class DraftPublishService {
  constructor(
    private readonly repository: DraftsRepository,
    private readonly ingestion: IngestionService,
  ) {}

  async publish(id: number, pending: 'accept' | 'reject' | undefined, ifMatch?: string): Promise<{ draft: StoredDraft; compares: string[] }> {
    const draft = await this.repository.find(id);
    assertIfMatch(draft && draftEtag(draft), ifMatch, `draft ${id}`);
    if (!draft) throw notFound('draft', String(id));
    if (draft.status !== 'open') throw draftClosed(draft);
    const decisions = finalDecisions(draft, pending);
    const input = publishInput(draft, decisions);
    if (input.claims.length === 0) {
      throw nothingAccepted(id);
    }
    await this.ingestion.ingestThen(input, draft.body, {}, async (tx, result) => {
      // the draft read above is what was published: a change since then undoes the whole write
      const locked = await this.repository.lockVersion(tx, id);
      if (!locked || locked.version !== draft.version) {
        throw draftChangedDuringPublish(id);
      }
      const decided = draft.claims.filter((c) => c.decision === 'pending').map((c) => ({ ...c, decision: decisions.get(c.key)! }));
      await this.repository.save(tx, id, { status: 'published', publishedAt: new Date(), publishedSlug: result.slug, claims: decided });
    });
    return { draft: (await this.repository.find(id))!, compares: input.source.compares };
  }
}

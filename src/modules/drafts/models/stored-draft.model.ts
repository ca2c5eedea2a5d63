import { Float, Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from '../../../common/models/api-field.js';
import { PageInfoModel } from '../../claims/models/claim-connection.model.js';

/** A claim as `POST /api/sources` takes it (without its key), with its quote's code-point offsets in the draft's text. */
@ObjectType('DraftClaimFields')
export class DraftClaimFieldsModel {
  @ApiField() kind: string;
  @ApiField() statement: string;
  @ApiField() quote: string;
  @ApiField(() => Int, { description: 'Code-point offset of the quote in source.text' }) start: number;
  @ApiField(() => Int, { description: 'Code-point offset just after the quote' }) end: number;
  @ApiField(() => String, { nullable: true, optional: true }) technology: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) criterion: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) useCase: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) winner: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) outcome: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) rating: string | null;
  @ApiField(() => Float, { nullable: true, optional: true }) score: number | null;
  @ApiField(() => String, { nullable: true, optional: true }) question: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) answer: string | null;
  @ApiField(() => [String]) related: string[];
  @ApiField(() => [String]) qualifiers: string[];
}

@ObjectType('StoredDraftClaim')
export class StoredDraftClaimModel {
  @ApiField() key: string;
  @ApiField({ openApi: { enum: ['drafted', 'added'] } }) origin: string;
  @ApiField({ openApi: { enum: ['pending', 'accepted', 'rejected'] } }) decision: string;
  @ApiField(() => [String], { description: 'Fields changed from the drafted claim' }) edited: string[];
  @ApiField(() => DraftClaimFieldsModel, { description: 'The claim as it stands' }) claim: DraftClaimFieldsModel;
  @ApiField(() => DraftClaimFieldsModel, { nullable: true, optional: true, description: 'As drafted; null for a claim the editor added' })
  drafted: DraftClaimFieldsModel | null;
}

@ObjectType('DraftProposal')
export class DraftProposalModel {
  @ApiField() slug: string;
  @ApiField() name: string;
  @ApiField(() => String, { nullable: true, optional: true, description: 'Technologies: their kind; criteria: their category' }) kind: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) parent: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) description: string | null;
  @ApiField(() => [String]) aliases: string[];
  @ApiField(() => [String]) keywords: string[];
  @ApiField(() => String, { nullable: true, optional: true, description: 'The existing entry it is mapped to; null: added as new at publish' }) mapTo: string | null;
  @ApiField({ description: 'The editor decided (mapped it or accepted it as new); undecided proposals are added as new at publish' }) decided: boolean;
}

@ObjectType('DraftProposals')
export class DraftProposalsModel {
  @ApiField(() => [DraftProposalModel]) technologies: DraftProposalModel[];
  @ApiField(() => [DraftProposalModel]) criteria: DraftProposalModel[];
  @ApiField(() => [DraftProposalModel]) useCases: DraftProposalModel[];
}

@ObjectType('StoredDraftSource')
export class StoredDraftSourceModel {
  @ApiField() slug: string;
  @ApiField() title: string;
  @ApiField(() => String, { nullable: true, optional: true }) url: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) author: string | null;
  @ApiField(() => String, { nullable: true, optional: true }) publisher: string | null;
  @ApiField(() => String, { nullable: true, optional: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) publishedAt: string | null;
  @ApiField(() => [String]) compares: string[];
  @ApiField(() => String, { optional: true, description: 'The reader text every offset indexes into (not in lists)' }) text?: string;
}

@ObjectType('PublishedSourceLink')
export class PublishedSourceLinkModel {
  @ApiField() slug: string;
  @ApiField({ description: '/api/sources/{slug}' }) url: string;
  @ApiField(() => String, { nullable: true, optional: true, description: 'The comparison page of the compared pair (/compare/{a}/{b}); null unless two technologies are compared' })
  comparisonPage: string | null;
}

@ObjectType('DraftClaimCounts')
export class DraftClaimCountsModel {
  @ApiField(() => Int) claims: number;
  @ApiField(() => Int) pending: number;
  @ApiField(() => Int) accepted: number;
  @ApiField(() => Int) rejected: number;
}

@ObjectType('StoredDraftSummary')
export class StoredDraftSummaryModel {
  @ApiField(() => Int) id: number;
  @ApiField(() => Int) version: number;
  @ApiField({ description: 'Strong validator of this version (the ETag header of GET): If-Match / ifMatch for writes' }) etag: string;
  @ApiField({ openApi: { enum: ['open', 'published', 'discarded'] } }) status: string;
  @ApiField() format: string;
  @ApiField({ description: 'The name of the API key that stored it' }) createdBy: string;
  @ApiField() createdAt: string;
  @ApiField() updatedAt: string;
  @ApiField(() => String, { nullable: true, optional: true }) publishedAt: string | null;
  @ApiField(() => PublishedSourceLinkModel, { nullable: true, optional: true }) publishedSource: PublishedSourceLinkModel | null;
  @ApiField(() => StoredDraftSourceModel) source: StoredDraftSourceModel;
  @ApiField(() => DraftClaimCountsModel) counts: DraftClaimCountsModel;
}

/** A stored draft: the article's text, every claim as drafted and as it stands, and the taxonomy proposals. */
@ObjectType('StoredDraft')
export class StoredDraftModel extends StoredDraftSummaryModel {
  @ApiField(() => [StoredDraftClaimModel]) claims: StoredDraftClaimModel[];
  @ApiField(() => DraftProposalsModel) proposals: DraftProposalsModel;
}

@ObjectType('StoredDraftPage')
export class StoredDraftPageModel {
  @ApiField(() => [StoredDraftSummaryModel]) items: StoredDraftSummaryModel[];
  @ApiField(() => PageInfoModel) pageInfo: PageInfoModel;
}

@ObjectType('DraftPublishResult')
export class DraftPublishResultModel {
  @ApiField(() => StoredDraftModel) draft: StoredDraftModel;
  @ApiField(() => PublishedSourceLinkModel) source: PublishedSourceLinkModel;
}

@ObjectType('ProposalCandidate')
export class ProposalCandidateModel {
  @ApiField() slug: string;
  @ApiField() name: string;
  @ApiField(() => [String]) aliases: string[];
  @ApiField(() => [String]) keywords: string[];
  @ApiField(() => Float, { description: '0..1' }) score: number;
}

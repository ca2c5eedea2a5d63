import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../claims/models/claim-connection.model.js';

/** A claim as `POST /api/sources` takes it (without its key), with its quote's code-point offsets in the draft's text. */
@ObjectType('DraftClaimFields')
export class DraftClaimFieldsModel {
  @ApiProperty() @Field() kind: string;
  @ApiProperty() @Field() statement: string;
  @ApiProperty() @Field() quote: string;
  @ApiProperty({ description: 'Code-point offset of the quote in source.text' }) @Field(() => Int) start: number;
  @ApiProperty({ description: 'Code-point offset just after the quote' }) @Field(() => Int) end: number;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) technology: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) criterion: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) useCase: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) winner: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) outcome: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) rating: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) @Field(() => Float, { nullable: true }) score: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) question: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) answer: string | null;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) related: string[];
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) qualifiers: string[];
}

@ObjectType('StoredDraftClaim')
export class StoredDraftClaimModel {
  @ApiProperty() @Field() key: string;
  @ApiProperty({ enum: ['drafted', 'added'] }) @Field() origin: string;
  @ApiProperty({ enum: ['pending', 'accepted', 'rejected'] }) @Field() decision: string;
  @ApiProperty({ type: String, isArray: true, description: 'Fields changed from the drafted claim' }) @Field(() => [String]) edited: string[];
  @ApiProperty({ type: () => DraftClaimFieldsModel, description: 'The claim as it stands' }) @Field(() => DraftClaimFieldsModel) claim: DraftClaimFieldsModel;
  @ApiPropertyOptional({ type: () => DraftClaimFieldsModel, nullable: true, description: 'As drafted; null for a claim the editor added' })
  @Field(() => DraftClaimFieldsModel, { nullable: true })
  drafted: DraftClaimFieldsModel | null;
}

@ObjectType('DraftProposal')
export class DraftProposalModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() name: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Technologies: their kind; criteria: their category' }) @Field(() => String, { nullable: true }) kind: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) parent: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) description: string | null;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) aliases: string[];
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) keywords: string[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The existing entry it is mapped to; null: added as new at publish' }) @Field(() => String, { nullable: true }) mapTo: string | null;
  @ApiProperty({ description: 'The editor decided (mapped it or accepted it as new); undecided proposals are added as new at publish' }) @Field() decided: boolean;
}

@ObjectType('DraftProposals')
export class DraftProposalsModel {
  @ApiProperty({ type: () => DraftProposalModel, isArray: true }) @Field(() => [DraftProposalModel]) technologies: DraftProposalModel[];
  @ApiProperty({ type: () => DraftProposalModel, isArray: true }) @Field(() => [DraftProposalModel]) criteria: DraftProposalModel[];
  @ApiProperty({ type: () => DraftProposalModel, isArray: true }) @Field(() => [DraftProposalModel]) useCases: DraftProposalModel[];
}

@ObjectType('StoredDraftSource')
export class StoredDraftSourceModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() title: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) url: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) author: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) publisher: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD' }) @Field(() => String, { nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) compares: string[];
  @ApiPropertyOptional({ type: String, description: 'The reader text every offset indexes into (not in lists)' }) @Field(() => String, { nullable: true }) text?: string;
}

@ObjectType('PublishedSourceLink')
export class PublishedSourceLinkModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty({ description: '/api/sources/{slug}' }) @Field() url: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The comparison page of the compared pair (/compare/{a}/{b}); null unless two technologies are compared' })
  @Field(() => String, { nullable: true })
  comparisonPage: string | null;
}

@ObjectType('DraftClaimCounts')
export class DraftClaimCountsModel {
  @ApiProperty() @Field(() => Int) claims: number;
  @ApiProperty() @Field(() => Int) pending: number;
  @ApiProperty() @Field(() => Int) accepted: number;
  @ApiProperty() @Field(() => Int) rejected: number;
}

@ObjectType('StoredDraftSummary')
export class StoredDraftSummaryModel {
  @ApiProperty() @Field(() => Int) id: number;
  @ApiProperty() @Field(() => Int) version: number;
  @ApiProperty({ description: 'Strong validator of this version (the ETag header of GET): If-Match / ifMatch for writes' }) @Field() etag: string;
  @ApiProperty({ enum: ['open', 'published', 'discarded'] }) @Field() status: string;
  @ApiProperty() @Field() format: string;
  @ApiProperty({ description: 'The name of the API key that stored it' }) @Field() createdBy: string;
  @ApiProperty() @Field() createdAt: string;
  @ApiProperty() @Field() updatedAt: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @Field(() => String, { nullable: true }) publishedAt: string | null;
  @ApiPropertyOptional({ type: () => PublishedSourceLinkModel, nullable: true }) @Field(() => PublishedSourceLinkModel, { nullable: true }) publishedSource: PublishedSourceLinkModel | null;
  @ApiProperty({ type: () => StoredDraftSourceModel }) @Field(() => StoredDraftSourceModel) source: StoredDraftSourceModel;
  @ApiProperty({ type: () => DraftClaimCountsModel }) @Field(() => DraftClaimCountsModel) counts: DraftClaimCountsModel;
}

/** A stored draft: the article's text, every claim as drafted and as it stands, and the taxonomy proposals. */
@ObjectType('StoredDraft')
export class StoredDraftModel extends StoredDraftSummaryModel {
  @ApiProperty({ type: () => StoredDraftClaimModel, isArray: true }) @Field(() => [StoredDraftClaimModel]) claims: StoredDraftClaimModel[];
  @ApiProperty({ type: () => DraftProposalsModel }) @Field(() => DraftProposalsModel) proposals: DraftProposalsModel;
}

@ObjectType('StoredDraftPage')
export class StoredDraftPageModel {
  @ApiProperty({ type: () => StoredDraftSummaryModel, isArray: true }) @Field(() => [StoredDraftSummaryModel]) items: StoredDraftSummaryModel[];
  @ApiProperty({ type: () => PageInfoModel }) @Field(() => PageInfoModel) pageInfo: PageInfoModel;
}

@ObjectType('DraftPublishResult')
export class DraftPublishResultModel {
  @ApiProperty({ type: () => StoredDraftModel }) @Field(() => StoredDraftModel) draft: StoredDraftModel;
  @ApiProperty({ type: () => PublishedSourceLinkModel }) @Field(() => PublishedSourceLinkModel) source: PublishedSourceLinkModel;
}

@ObjectType('ProposalCandidate')
export class ProposalCandidateModel {
  @ApiProperty() @Field() slug: string;
  @ApiProperty() @Field() name: string;
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) aliases: string[];
  @ApiProperty({ type: String, isArray: true }) @Field(() => [String]) keywords: string[];
  @ApiProperty({ description: '0..1' }) @Field(() => Float) score: number;
}

import { Int, ObjectType } from '@nestjs/graphql';
import { ApiField } from './api-field.js';

/** A technology, criterion or use case as other objects cite it. */
@ObjectType('Ref')
export class RefModel {
  @ApiField()
  slug: string;

  @ApiField()
  name: string;
}

@ObjectType('CriterionRef')
export class CriterionRefModel extends RefModel {
  @ApiField()
  category: string;
}

@ObjectType('SourceRef')
export class SourceRefModel {
  @ApiField()
  slug: string;

  @ApiField()
  title: string;

  @ApiField(() => String, { nullable: true, description: 'As precisely as the source states it: 2026, 2026-05 or 2026-05-14' })
  publishedAt: string | null;
}

/**
 * Renders a stored date with the precision the source stated. Claim rows get the same text from
 * SQL (STATED_PUBLISHED_AT in claims.repository.ts, on the hot read path): change both together;
 * test/api/claims-export-lines.spec.ts checks every precision through the SQL side.
 */
export function statedDate(date: Date | null, precision: string | null): string | null {
  if (!date) return null;
  const iso = date.toISOString().slice(0, 10);
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso;
}

@ObjectType('ClaimKindCount')
export class ClaimKindCountModel {
  @ApiField()
  kind: string;

  @ApiField(() => Int)
  count: number;
}

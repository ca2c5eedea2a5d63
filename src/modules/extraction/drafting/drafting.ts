import type { ReaderDocument } from '../reader/reader-text.js';
import type { TaxonomyMatcher } from '../taxonomy-matcher.js';
import type { ClaimCollector } from './claim-collector.js';
import type { ProperNames } from './clause-subject.js';
import type { ComparedTechnologies } from './compared-technologies.js';

/** What every drafting step reads and adds to: the article, the taxonomy, the compared pair, and the claims so far. */
export interface Drafting {
  readonly document: ReaderDocument;
  /** Resolves and proposes technologies, criteria and use cases (proposals accumulate in it). */
  readonly matcher: TaxonomyMatcher;
  /** The pair compared where drafting stands: a section headed "A vs B" compares its own pair. */
  compared: ComparedTechnologies;
  readonly properNames: ProperNames;
  readonly claims: ClaimCollector;
}

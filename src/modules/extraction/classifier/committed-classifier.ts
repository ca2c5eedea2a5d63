import { ClaimKindClassifier } from './claim-kind-model.js';
import { CLAIM_KIND_WEIGHTS } from './claim-kind-weights.js';

let committed: ClaimKindClassifier | undefined;

/**
 * The classifier trained on the dev corpus and committed (claim-kind-weights.ts), built once;
 * null when `KB_EXTRACT_CLASSIFIER=off` asks for the rules alone (the eval compares both).
 */
export function committedClaimClassifier(): ClaimKindClassifier | null {
  if (process.env.KB_EXTRACT_CLASSIFIER === 'off') return null;
  return (committed ??= new ClaimKindClassifier(CLAIM_KIND_WEIGHTS));
}

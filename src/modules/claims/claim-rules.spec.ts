import { claimShapeProblems, type ClaimShape } from './claim-rules.js';

const rules = (claim: ClaimShape) => claimShapeProblems(claim).map((p) => `${p.rule}:${p.name}`);

describe('claim shape rules of a rating', () => {
  const base = { kind: 'rating' as const, quote: 'Message TTL | 7 days | Unlimited', technology: 'alpha', criterion: 'message-ttl' };

  it('takes a rating in the source words with no score (a value no scale word grades)', () => {
    expect(rules({ ...base, rating: '7 days' })).toEqual([]);
  });

  it('takes a rating with a score on the shared scale', () => {
    expect(rules({ ...base, quote: 'Ordering | Yes | No', rating: 'Yes', score: 0.9 })).toEqual([]);
  });

  it('still needs the words, a criterion and a technology', () => {
    expect(rules({ kind: 'rating', quote: 'Ordering | Yes | No', score: 0.9 })).toEqual(['required:rating', 'required:criterion', 'required:technology']);
  });

  it('needs the words to stand inside the quote', () => {
    expect(rules({ ...base, rating: '30 days' })).toEqual(['rating-in-quote:rating']);
  });

  it('forbids a score on any other kind', () => {
    expect(rules({ kind: 'fact', quote: 'Alpha keeps messages for 7 days.', technology: 'alpha', score: 0.5 })).toEqual(['forbidden:score']);
  });
});

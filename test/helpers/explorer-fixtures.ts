import { articleInput } from './factories.js';

/**
 * A source of its own for the explorer's edge cases: a rating quoted from a table row, split and
 * neither verdicts, a long criterion name, a use case and a FAQ on different criteria, a URL and
 * a date.
 */
export function roughEdgesArticle(token: string) {
  const input = articleInput(token);
  const [alpha, beta] = (input.taxonomy.technologies as { slug: string }[]).map((x) => x.slug);
  const [crit, longCrit, splitCrit, useCase] = [`crit-${token}`, `long-${token}`, `split-${token}`, `uc-${token}`];
  const row = '| Scalability | Excellent | Good |';
  const lines = [`Alpha ${token} is covered here.`, '', '| Criterion | Alpha | Beta |', '|---|---|---|', row, '', 'Neither is good at tooling.', 'The two split on typing.', 'Alpha suits batch jobs.', 'Is alpha fast? Yes it is.'];
  input.source = { ...input.source, compares: [alpha, beta], body: lines.join('\n'), url: `https://example.org/${token}`, publishedAt: '2025-01' } as typeof input.source;
  input.taxonomy.criteria = [
    { slug: crit, name: `Scalability ${token}`, category: 'performance', aliases: [] },
    { slug: longCrit, name: `Developer experience and tooling maturity ${token}`, category: 'ecosystem', aliases: [] },
    { slug: splitCrit, name: `Typing ${token}`, category: 'developer-experience', aliases: [] },
  ];
  input.taxonomy.useCases = [{ slug: useCase, name: `Batch ${token}`, aliases: [] }];
  input.claims = [
    { key: 'alpha-scales', kind: 'rating', statement: 'Alpha scales excellently.', quote: row, technology: alpha, criterion: crit, rating: 'Excellent', score: 0.9 },
    { key: 'beta-scales', kind: 'rating', statement: 'Beta scales well.', quote: row, technology: beta, criterion: crit, rating: 'Good', score: 0.7 },
    { key: 'neither', kind: 'verdict', statement: 'Neither has good tooling.', quote: 'Neither is good at tooling.', criterion: longCrit, outcome: 'neither' },
    { key: 'split', kind: 'verdict', statement: 'They split on typing.', quote: 'The two split on typing.', criterion: splitCrit, outcome: 'split' },
    { key: 'batch', kind: 'use_case', statement: 'Alpha suits batch jobs.', quote: 'Alpha suits batch jobs.', technology: alpha, useCase, criterion: splitCrit },
    { key: 'fast', kind: 'faq', statement: 'Alpha is fast.', quote: 'Is alpha fast? Yes it is.', question: 'Is alpha fast?', answer: 'Yes it is.', technology: alpha, criterion: crit },
  ];
  return { input, alpha, beta, crit, longCrit, splitCrit, row };
}

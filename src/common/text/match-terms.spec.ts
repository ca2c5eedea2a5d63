import { createHash } from 'node:crypto';
import { MATCH_TERMS_VERSION, matchTerms, terms } from './match-terms.js';

/** Sentences of our own that walk through every step of the normaliser. */
const SAMPLES = [
  'Node.js handles I/O with an event loop; Socket.io adds realtime rooms.',
  'We automate scheduled reports: automating, automated and automation meet.',
  'ML and LLMs on k8s, an ETL job, a CMS backoffice and async UI work.',
  'Crawlers scrape pages quickly; the scraper retries failed requests.',
  'Libraries, classes, analyses and statuses: plurals kept apart from "is" and "us".',
  "Python's typing, C# and C++ builds, Café crème with accents, 2024 releases.",
  'Scaling scalable services rapidly, with statistical and scientific analytics.',
];

/**
 * What each MATCH_TERMS_VERSION computes, fingerprinted over SAMPLES. Stored claims carry the
 * version that computed their terms, so a change of output must come with a new version (then
 * `kb reindex` and the boot pass recompute the old rows): add its fingerprint here.
 */
const FINGERPRINTS: Record<number, string> = {
  1: 'b2c671608180935c',
};

describe('match terms: the one normaliser of needs and claims', () => {
  it.each([
    ['Node.js and I/O', ['nodej', 'io']],
    ['automating automated automation', ['autom', 'autom', 'autom']],
    ['ML on k8s', ['machin', 'learn', 'kubernet']],
    ['the best of them', []],
  ])('%s -> %j', (text, expected) => expect(terms(text)).toEqual(expected));

  it('stores each term of statement and quote once', () => {
    expect(matchTerms('Queues retry.', 'Queues retry failed jobs.')).toEqual(['queu', 'retry', 'fail', 'job']);
  });

  it('computes what its version says: a change of output needs a new MATCH_TERMS_VERSION', () => {
    const output = JSON.stringify(SAMPLES.map((s) => terms(s)));
    expect(createHash('sha256').update(output).digest('hex').slice(0, 16)).toBe(FINGERPRINTS[MATCH_TERMS_VERSION]);
  });
});

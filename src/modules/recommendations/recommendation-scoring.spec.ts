import { needText, TermWeights, terms, type VocabularyEntry } from './need-matching.js';
import { assessNeed, diminishRepeats, favourite, type EvidenceItem, type Knowledge, type KnowledgeClaim } from './recommendation-scoring.js';

const NODE = 1;
const PYTHON = 2;
const PANDAS = 3;
const GO = 4;
const REAL_TIME = 10;
const ML = 11;
const MEMORY = 20;

let nextId = 100;
const claim = (over: Partial<KnowledgeClaim> & { text: string }): KnowledgeClaim => ({
  id: nextId++, sourceId: 1, kind: 'use_case', technologyId: null, useCaseId: null, criterionId: null, winnerId: null, outcome: null,
  score: null, relatedIds: [], qualifiers: [], terms: new Set(terms(over.text)), ...over,
});

/** Two sources on Node.js vs Python, one on Go vs Node.js (its own criterion, memory safety). */
function knowledge(): Knowledge {
  const claims = [
    claim({ text: 'Node.js for chat apps', technologyId: NODE, useCaseId: REAL_TIME }),
    claim({ text: 'Node.js for live notifications', technologyId: NODE, useCaseId: REAL_TIME, sourceId: 2 }),
    claim({ text: 'Python for machine learning models', technologyId: PYTHON, useCaseId: ML }),
    claim({ text: 'Python for ML APIs', technologyId: PYTHON, useCaseId: ML, sourceId: 2, qualifiers: ['sometimes'] }),
    claim({ text: 'Python libraries include pandas', kind: 'fact', technologyId: PYTHON, relatedIds: [PANDAS] }),
    claim({ text: 'Go is memory safe', kind: 'verdict', outcome: 'win', winnerId: GO, technologyId: GO, criterionId: MEMORY, sourceId: 3 }),
  ];
  const topics: VocabularyEntry[] = [
    { kind: 'use_case', id: REAL_TIME, slug: 'real-time-applications', name: 'Real-time applications', names: ['real-time applications', 'chat'], keywords: ['live updates'] },
    { kind: 'use_case', id: ML, slug: 'machine-learning', name: 'Machine learning', names: ['machine learning'], keywords: ['model training'] },
    { kind: 'criterion', id: MEMORY, slug: 'memory-safety', name: 'Memory safety', names: ['memory safety'], keywords: [] },
  ];
  const technologies: VocabularyEntry[] = [
    { kind: 'technology', id: NODE, slug: 'nodejs', name: 'Node.js', names: ['Node.js'], keywords: [] },
    { kind: 'technology', id: PYTHON, slug: 'python', name: 'Python', names: ['Python'], keywords: [] },
    { kind: 'technology', id: PANDAS, slug: 'pandas', name: 'pandas', names: ['pandas'], keywords: ['dataframes'] },
    { kind: 'technology', id: GO, slug: 'go', name: 'Go', names: ['Golang'], keywords: [] },
  ];
  const parents = new Map([[PANDAS, PYTHON]]);
  return {
    claims,
    compares: new Map([[1, [NODE, PYTHON]], [2, [NODE, PYTHON]], [3, [GO, NODE]]]),
    candidateOf: (id) => (parents.get(id) ?? ([NODE, PYTHON, GO].includes(id) ? id : null)),
    topics,
    technologies,
    weights: new TermWeights([...claims.map((c) => [...c.terms]), ...[...topics, ...technologies].map((e) => [...e.names, ...e.keywords].flatMap(terms))]),
  };
}

describe('assessNeed', () => {
  it.each([
    ['a chat product', [NODE], null],
    ['model training for churn', [PYTHON], null],
    ['wrangling dataframes with pandas', [PYTHON], null],
    ['memory safety for systems code', [GO], null],
    ['our team only knows Python; we need chat', [PYTHON], null],
    // In this small corpus "machine learning" is common (strength 0.35): too weak to split the need.
    ['real-time applications with live updates, plus machine learning', [NODE], null],
    ['firmware for a washing machine', [], 'no topic or technology in the knowledge base matches this need'],
  ])('%s', (need, favours, reason) => {
    const result = assessNeed(needText(need), knowledge(), null);
    expect(result.favours).toEqual(favours);
    expect(result.reason).toBe(reason);
  });

  it('restricts candidates with among: memory safety between Node.js and Python favours neither', () => {
    const result = assessNeed(needText('memory safety'), knowledge(), new Set([NODE, PYTHON]));
    expect(result.favours).toEqual([]);
    expect(result.evidence.every((e) => !e.supports && e.technologyId === NODE)).toBe(true);
    expect(result.reason).toBe('the evidence does not favour one technology clearly');
  });

  it('never answers Node.js for memory safety: the Go source names Go, and Node.js only dissents', () => {
    const { net } = assessNeed(needText('memory safety'), knowledge(), null);
    expect(net.get(GO)).toBeGreaterThan(0);
    expect(net.get(NODE)).toBeLessThan(0);
  });

  it('weighs a qualified claim less than an unqualified one', () => {
    const { evidence } = assessNeed(needText('machine learning'), knowledge(), null);
    const [plain, hedged] = evidence.filter((e) => e.technologyId === PYTHON).sort((a, b) => a.claimId! - b.claimId!);
    expect(hedged.weight).toBeLessThan(plain.weight);
  });
});

describe('favourite', () => {
  it.each([
    [[[NODE, 2], [PYTHON, 1]], NODE],
    [[[NODE, 1.1], [PYTHON, 1]], null],
    [[[NODE, -1], [PYTHON, -0.5]], null],
    [[[PYTHON, 0.4]], PYTHON],
    [[], null],
  ] as [number[][], number | null][])('%j -> %s', (entries, expected) => expect(favourite(new Map(entries as [number, number][]))).toBe(expected));
});

describe('diminishRepeats', () => {
  it('counts one source repeating itself on a topic as a little more than once', () => {
    const k = { claims: [claim({ id: 1, text: 'a' }), claim({ id: 2, text: 'b' }), claim({ id: 3, text: 'c', sourceId: 9 })] };
    const items: EvidenceItem[] = [1, 2, 3].map((id) => ({ technologyId: NODE, claimId: id, weight: 1, supports: true, through: 'chat' }));
    expect(diminishRepeats(items, k).map((e) => e.weight).sort()).toEqual([0.25, 1, 1]);
  });
});

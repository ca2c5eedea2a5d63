import { terms } from '../../common/text/match-terms.js';
import { needText, type NeedText, TermWeights, type VocabularyEntry } from './need-matching.js';
import { assessNeed, CERTAIN_TOPIC, type ClaimTextMatch, type EvidenceItem, favourite, type Knowledge, onTopic, qualifyingTermSets, topicEvidence, type TopicEvidence } from './recommendation-scoring.js';

const NODE = 1;
const PYTHON = 2;
const PANDAS = 3;
const GO = 4;
const REAL_TIME = 10;
const ML = 11;
const MEMORY = 20;

/** A claim of the fixture: its text (for term rarity and text matches) and its topic. */
interface FixtureClaim {
  terms: Set<string>;
  useCaseId: number | null;
  criterionId: number | null;
}
const claim = (text: string, topic: { useCaseId?: number; criterionId?: number } = {}): FixtureClaim => ({ terms: new Set(terms(text)), useCaseId: topic.useCaseId ?? null, criterionId: topic.criterionId ?? null });

/**
 * Two sources on Node.js vs Python, one on Go vs Node.js (its own criterion, memory safety), as
 * the database counts them: Node.js for chat (sources 1 and 2), Python for ML (source 1; source 2
 * qualified), a fact tying pandas to Python (claim 105), Go winning memory safety over Node.js.
 */
const claims = [
  claim('Node.js for chat apps', { useCaseId: REAL_TIME }),
  claim('Node.js for live notifications', { useCaseId: REAL_TIME }),
  claim('Python for machine learning models', { useCaseId: ML }),
  claim('Python for ML APIs', { useCaseId: ML }),
  claim('Python libraries include pandas'),
  claim('Go is memory safe', { criterionId: MEMORY }),
];
const evidence = new Map<string, TopicEvidence>([
  [`use_case:${REAL_TIME}`, { groups: [{ technologyId: NODE, supports: true, kind: 'use_case', qualified: false, firsts: 2, repeats: 0 }], cited: [
    { technologyId: NODE, supports: true, claimId: 101, kind: 'use_case', qualified: false, repeat: false },
    { technologyId: NODE, supports: true, claimId: 102, kind: 'use_case', qualified: false, repeat: false },
  ] }],
  [`use_case:${ML}`, { groups: [
    { technologyId: PYTHON, supports: true, kind: 'use_case', qualified: false, firsts: 1, repeats: 0 },
    { technologyId: PYTHON, supports: true, kind: 'use_case', qualified: true, firsts: 1, repeats: 0 },
  ], cited: [
    { technologyId: PYTHON, supports: true, claimId: 103, kind: 'use_case', qualified: false, repeat: false },
    { technologyId: PYTHON, supports: true, claimId: 104, kind: 'use_case', qualified: true, repeat: false },
  ] }],
  [`criterion:${MEMORY}`, { groups: [
    { technologyId: GO, supports: true, kind: 'verdict', qualified: false, firsts: 1, repeats: 0 },
    { technologyId: NODE, supports: false, kind: 'verdict', qualified: false, firsts: 1, repeats: 0 },
  ], cited: [
    { technologyId: GO, supports: true, claimId: 106, kind: 'verdict', qualified: false, repeat: false },
    { technologyId: NODE, supports: false, claimId: 106, kind: 'verdict', qualified: false, repeat: false },
  ] }],
]);

function knowledge(): Knowledge {
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
    evidence,
    basis: new Map([[PANDAS, new Map([[PYTHON, 105]])]]),
    candidateOf: (id) => (parents.get(id) ?? ([NODE, PYTHON, GO].includes(id) ? id : null)),
    topics,
    technologies,
    weights: new TermWeights([...claims.map((c) => [...c.terms]), ...[...topics, ...technologies].map((e) => [...e.names, ...e.keywords].flatMap(terms))]),
  };
}

/** What the database answers for a need's text matches: the topics of claims holding a qualifying set of its terms. */
function textMatches(need: NeedText, k: Knowledge): ClaimTextMatch[] {
  const sets = qualifyingTermSets(need, k.weights) ?? [];
  return claims
    .filter((c) => (c.useCaseId !== null || c.criterionId !== null) && sets.some((set) => set.every((t) => c.terms.has(t))))
    .map((c) => ({ useCaseId: c.useCaseId, criterionId: c.criterionId, terms: [...new Set(need.terms)].filter((t) => c.terms.has(t)) }));
}

const assess = (text: string, among: Set<number> | null = null) => {
  const need = needText(text);
  const k = knowledge();
  return assessNeed(need, k, among, textMatches(need, k));
};

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
    const result = assess(need);
    expect(result.favours).toEqual(favours);
    expect(result.reason).toBe(reason);
  });

  it('restricts candidates with among: memory safety between Node.js and Python favours neither', () => {
    const result = assess('memory safety', new Set([NODE, PYTHON]));
    expect(result.favours).toEqual([]);
    expect(result.evidence.every((e) => !e.supports && e.technologyId === NODE)).toBe(true);
    expect(result.reason).toBe('the evidence does not favour one technology clearly');
  });

  it('never answers Node.js for memory safety: the Go source names Go, and Node.js only dissents', () => {
    const { net } = assess('memory safety');
    expect(net.get(GO)).toBeGreaterThan(0);
    expect(net.get(NODE)).toBeLessThan(0);
  });

  it('weighs a qualified claim less than an unqualified one', () => {
    const { evidence } = assess('machine learning');
    const [python] = evidence.filter((e) => e.technologyId === PYTHON);
    const [plain, hedged] = [...python.claims].sort((a, b) => a.claimId! - b.claimId!);
    expect(hedged.weight).toBeLessThan(plain.weight);
    expect(python.weight).toBeCloseTo(plain.weight + hedged.weight, 3);
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

describe('topicEvidence', () => {
  const topic = { kind: 'use_case' as const, id: REAL_TIME, slug: 'chat', name: 'Chat', strength: 1, words: ['chat'], via: 'vocabulary' as const };
  const withGroups = (groups: TopicEvidence['groups']): Knowledge => ({ ...knowledge(), evidence: new Map([[`use_case:${REAL_TIME}`, { groups, cited: [] }]]) });

  it('counts one source repeating itself on a topic as a little more than once', () => {
    const [item] = topicEvidence([topic], withGroups([{ technologyId: NODE, supports: true, kind: 'verdict', qualified: false, firsts: 2, repeats: 1 }]));
    expect(item.weight).toBe(2.25);
  });

  it.each([
    ['a pro, qualified, at strength 0.5', { kind: 'pro', qualified: true, firsts: 1, repeats: 0 }, 0.5, 0.15],
    ['a use case and two repeats at strength 0.333', { kind: 'use_case', qualified: false, firsts: 1, repeats: 2 }, 0.333, 0.266 + 2 * 0.067],
    ['a kind that is no evidence (a fact)', { kind: 'fact', qualified: false, firsts: 3, repeats: 0 }, 1, null],
  ] as const)('%s', (_name, group, strength, expected) => {
    const items = topicEvidence([{ ...topic, strength }], withGroups([{ technologyId: NODE, supports: true, ...group }]));
    if (expected === null) expect(items).toEqual([]);
    else expect(items[0].weight).toBeCloseTo(expected, 3);
  });
});

describe('qualifyingTermSets', () => {
  it('lists the smallest sets of a need\'s terms that match a claim text, two terms at least', () => {
    const k = knowledge();
    const sets = qualifyingTermSets(needText('python machine learning'), k.weights)!;
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) expect(set.length).toBeGreaterThanOrEqual(2);
    // minimal: no listed set contains another
    for (const a of sets) for (const b of sets) if (a !== b) expect(b.every((t) => a.includes(t))).toBe(false);
  });

  it('gives none for a one-word need, and null for a need too long to enumerate', () => {
    const k = knowledge();
    expect(qualifyingTermSets(needText('chat'), k.weights)).toEqual([]);
    expect(qualifyingTermSets(needText('alpha beta gamma delta epsilon zeta theta iota kappa lambda omicron sigma omega'), k.weights)).toBeNull();
  });
});

describe('onTopic: topic evidence only for technologies the need\'s matching claims discuss', () => {
  const item = (technologyId: number, through: string, weight = 1): EvidenceItem => ({ technologyId, weight, supports: true, through, claims: [{ claimId: technologyId * 100, weight }] });

  it('keeps every topic item when no claim matched the need by its own words', () => {
    const topical = [item(NODE, 'real-time-applications'), item(GO, 'memory-safety')];
    expect(onTopic(topical, [])).toEqual(topical);
  });

  it('drops a technology no matching claim speaks about, however much its topic says', () => {
    const kept = onTopic([item(NODE, 'real-time-applications', 5), item(GO, 'real-time-applications', 0.2)], [item(GO, 'claim-text', 0.05)]);
    expect(kept.map((e) => e.technologyId)).toEqual([GO]);
  });

  it('keeps a technology whose source covers the need well, though its claims cast no vote', () => {
    const kept = onTopic([item(NODE, 'real-time-applications'), item(PYTHON, 'machine-learning')], [item(GO, 'claim-text')], [NODE]);
    expect(kept.map((e) => e.technologyId)).toEqual([NODE]);
  });

  it('lets a named technology count in assessNeed even when the matching claims discuss others', () => {
    const need = needText('wrangling dataframes with pandas');
    const result = assessNeed(need, knowledge(), null, [], [item(GO, 'claim-text', 0.05)]);
    expect(result.favours).toEqual([PYTHON]);
  });
});

describe('assessNeed with claims matching the need by their words', () => {
  const claimItem = (technologyId: number, weight: number): EvidenceItem => ({ technologyId, weight, supports: true, through: 'claim-text', claims: [{ claimId: 900 + technologyId, weight }] });

  it('keeps the evidence of a topic the need names outright, whatever the claims discuss', () => {
    // in a large knowledge base the topic's words are rare: its name is a specific match
    const large = { ...knowledge(), weights: new TermWeights(Array.from({ length: 300 }, (_, i) => [`filler${i}`])) };
    const result = assessNeed(needText('memory safety'), large, null, [], [claimItem(PYTHON, 0.05)]);
    expect(result.topics[0].strength).toBeGreaterThanOrEqual(CERTAIN_TOPIC);
    expect(result.favours).toEqual([GO]);
  });

  it('drops a weakly matched topic\'s evidence for a technology the claims do not discuss', () => {
    const result = assessNeed(needText('chat'), knowledge(), null, [], [claimItem(GO, 0.05)]);
    expect(result.evidence.some((e) => e.technologyId === NODE)).toBe(false);
    expect(result.favours).toEqual([GO]);
  });
});

import { checkAnnotation, isHeadingLine, sectionOf, type ClaimFile, type Taxonomy } from './annotation-checker.js';

const taxonomy: Taxonomy = {
  technologies: [
    { slug: 'nodejs', name: 'Node.js', aliases: ['Node'] },
    { slug: 'python', name: 'Python', aliases: [] },
  ],
  criteria: [
    { slug: 'data-science', name: 'Data science', aliases: ['Data Science'] },
    { slug: 'real-time', name: 'Real-time applications', aliases: ['Real Time Applications'] },
    { slug: 'security', name: 'Security', aliases: [] },
    { slug: 'overall', name: 'Overall verdict', aliases: ['The verdict'] },
  ],
  useCases: [{ slug: 'chat', name: 'Chat', aliases: [] }],
};

const body = [
  'Data Science',
  'Python is the industry standard.',
  'Node.js has very limited adoption in this field.',
  'Winner',
  'Python.',
  'Real Time Applications',
  'Its event-driven architecture makes it ideal.',
  'Winner',
  'Node.js.',
  'Why is Python preferred for data science?',
  'Python has decades of statistics libraries.',
  'Security',
  'Security depends more on coding practices than the language itself.',
  'The verdict',
  'Node.js for web APIs. Python for data work.',
].join('\n');

const file = (claims: ClaimFile[]) => ({ source: { externalId: 'x' }, claims });
const rules = (claim: ClaimFile) => checkAnnotation('x.json', file([claim]), body, taxonomy).map((p) => p.rule);

describe('checkAnnotation', () => {
  it.each<[string, ClaimFile, string[]]>([
    ['a verdict naming its winner under its criterion heading', { key: 'k', kind: 'verdict', quote: 'Python is the industry standard.', criterion: 'data-science', outcome: 'win', winner: 'python' }, []],
    ['a bare name', { key: 'k', kind: 'verdict', quote: 'Python.', criterion: 'data-science', outcome: 'win', winner: 'python' }, ['verdict-not-bare']],
    ['a question', { key: 'k', kind: 'verdict', quote: 'Why is Python preferred for data science?', criterion: 'data-science', outcome: 'win', winner: 'python' }, ['verdict-not-question']],
    ['a FAQ answer under its question', { key: 'k', kind: 'verdict', quote: 'Python has decades of statistics libraries.', criterion: 'data-science', outcome: 'win', winner: 'python' }, []],
    ['a winner the quote does not name', { key: 'k', kind: 'verdict', quote: 'Its event-driven architecture makes it ideal.', criterion: 'real-time', outcome: 'win', winner: 'python' }, ['verdict-winner']],
    ['a winner across the Winner label', { key: 'k', kind: 'verdict', quote: 'Its event-driven architecture makes it ideal.\nWinner\nNode.js.', criterion: 'real-time', outcome: 'win', winner: 'nodejs' }, []],
    ['a criterion its section does not name', { key: 'k', kind: 'verdict', quote: 'Python is the industry standard.', criterion: 'security', outcome: 'win', winner: 'python' }, ['verdict-criterion', 'criterion-section']],
    ['a fact under another criterion\'s heading', { key: 'k', kind: 'fact', quote: 'Node.js has very limited adoption in this field.', criterion: 'security' }, ['criterion-section']],
    ['neither, in the security section', { key: 'k', kind: 'verdict', quote: 'Security depends more on coding practices than the language itself.', criterion: 'security', outcome: 'neither' }, []],
    ['an overall section constrains nothing', { key: 'k', kind: 'recommendation', quote: 'Python for data work.', criterion: 'data-science', technology: 'python' }, []],
    ['a quote not in the body', { key: 'k', kind: 'fact', quote: 'Python is slow.' }, ['verbatim']],
    ['an unknown technology', { key: 'k', kind: 'pro', quote: 'Python.', technology: 'cobol' }, ['resolves']],
    ['a rating word outside its quote', { key: 'k', kind: 'rating', quote: 'Python.', technology: 'python', criterion: 'data-science', rating: 'Excellent', score: 2 }, ['rating-in-quote', 'score']],
    // A rating in the source's own words needs no score; a rating needs its words all the same.
    ['a rating without a score', { key: 'k', kind: 'rating', quote: 'Python is the industry standard.', technology: 'python', criterion: 'data-science', rating: 'industry standard' }, []],
    ['a rating without its words', { key: 'k', kind: 'rating', quote: 'Python is the industry standard.', technology: 'python', criterion: 'data-science', score: 0.9 }, ['required']],
    ['a verdict without its outcome', { key: 'k', kind: 'verdict', quote: 'Python is the industry standard.', criterion: 'data-science' }, ['required']],
    // The claims API's own shape rules: what POST /api/sources would refuse, the checker reports.
    ['a winner on a pro', { key: 'k', kind: 'pro', quote: 'Python.', technology: 'python', winner: 'python' }, ['forbidden']],
    ['a pro that names no technology (the guide asks for one)', { key: 'k', kind: 'pro', quote: 'Python.' }, ['required']],
    ['a use case without its use case', { key: 'k', kind: 'use_case', quote: 'Python.', technology: 'python' }, ['required']],
    // Names are looked up as the taxonomy looks them up (NFKC): a full-width name is the same name.
    ['a full-width technology name', { key: 'k', kind: 'pro', quote: 'Python.', technology: 'Ｐｙｔｈｏｎ' }, []],
  ])('%s', (_label, claim, expected) => expect(rules(claim)).toEqual(expected));

  it('refuses a key used twice', () => {
    const claim: ClaimFile = { key: 'same', kind: 'fact', quote: 'Python.' };
    expect(checkAnnotation('x.json', file([claim, claim]), body, taxonomy).map((p) => p.rule)).toContain('unique-key');
  });
});

describe('headings and sections', () => {
  it.each([
    ['Data Science', true],
    ['Why is Python preferred for data science?', true],
    ['Python is the industry standard.', false],
    ['- Live chat', false],
    ['Winner', false],
    ['I/O performanceExcellent — non-blocking event loopGood — async with asyncioNode.js', false],
  ])('%s is a heading: %s', (line, expected) => expect(isHeadingLine(line)).toBe(expected));

  it('finds the nearest heading before a quote, skipping labels and technology names', () => {
    expect(sectionOf(body, body.indexOf('Node.js.'), new Set(['node.js', 'python'])).heading).toBe('Real Time Applications');
  });
});

import { parseVerdictSentence, parseWinnerCell, type Mention } from './verdict-phrases.js';

/** Mentions of the names given, as a technology matcher would report them. */
function mentionsOf(text: string, names: string[]): Mention[] {
  const found: Mention[] = [];
  for (const name of names) for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) found.push({ name, index: i, end: i + name.length });
  return found.sort((a, b) => a.index - b.index);
}

const NAMES = ['Django', 'Rails', 'Node.js', 'Python', 'Go', 'Rust'];

describe('verdict phrases', () => {
  it.each([
    ['Winner: Django', { outcome: 'win', winner: 'Django' }],
    ['Winner — Rails', { outcome: 'win', winner: 'Rails' }],
    ["Verdict: it's a tie", { outcome: 'tie' }],
    ["Winner: it's a tie.", { outcome: 'tie' }],
    ['Rails wins on developer productivity.', { outcome: 'win', winner: 'Rails', about: 'developer productivity' }],
    ['Node.js Has the Edge for I/O', { outcome: 'win', winner: 'Node.js', about: 'I/O' }],
    ['For raw speed, Go wins.', { outcome: 'win', winner: 'Go', about: 'speed' }],
    ['Python is the clear winner for data science.', { outcome: 'win', winner: 'Python', about: 'data science' }],
    ['Neither has a significant advantage.', { outcome: 'neither' }],
    ['Both are excellent choices.', { outcome: 'tie' }],
    ['Both have enormous communities.', { outcome: 'tie' }],
    ["It's a tie.", { outcome: 'tie' }],
    ['For CPU-bound tasks, Python can sometimes have the edge.', { outcome: 'win', winner: 'Python', about: 'CPU-bound tasks' }],
    ['On security, Rust has the clear advantage.', { outcome: 'win', winner: 'Rust', about: 'security' }],
    ['For developer tooling, Go is the better choice.', { outcome: 'win', winner: 'Go', about: 'developer tooling' }],
    ['Runtime performance is essentially identical.', { outcome: 'tie' }],
    ['In our tests the write path of the two engines is equivalent.', { outcome: 'tie' }],
    ['Both clients are largely interchangeable for day-to-day work.', { outcome: 'tie' }],
    ['Security depends more on coding practices than the language itself.', { outcome: 'neither' }],
    ['Both are excellent — the right choice depends on your use case and team.', null],
  ])('%s', (sentence, expected) => {
    expect(parseVerdictSentence(sentence, mentionsOf(sentence, NAMES))).toEqual(expected);
  });

  it.each([
    ['Python is easier for beginners.', 'Python'],
    ['Node.js typically outperforms Python in I/O-intensive applications.', 'Node.js'],
    ['Rust is much faster than Go for CPU-bound work.', 'Rust'],
  ])('comparative: %s names %s the winner', (sentence, winner) => {
    expect(parseVerdictSentence(sentence, mentionsOf(sentence, NAMES))).toMatchObject({ outcome: 'win', winner });
  });

  it.each([
    ['Django is a web framework written in Python.'],
    ['Rust programs are faster to run once compiled.'],
    ['Neither framework is built for raw speed.'],
    ['Both support async views.'],
    ['Go was created at Google in 2009.'],
  ])('no verdict: %s', (sentence) => {
    expect(parseVerdictSentence(sentence, mentionsOf(sentence, NAMES))).toBeNull();
  });

  it.each([
    ['Django', { outcome: 'win', winner: 'Django' }],
    ['Both', { outcome: 'tie' }],
    ['Tie', { outcome: 'tie' }],
    ['Neither', { outcome: 'neither' }],
    ['Depends', { outcome: 'split' }],
    ['—', null],
  ])('winner cell %s', (cell, expected) => {
    expect(parseWinnerCell(cell, mentionsOf(cell, NAMES))).toEqual(expected);
  });
});

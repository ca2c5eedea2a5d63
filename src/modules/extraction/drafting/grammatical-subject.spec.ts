import { grammaticalSubject } from './grammatical-subject.js';

/** Marks a name as "named" when the subject phrase contains it. */
const subjectOf = (clause: string, names: string[] = ['Falcon', 'Heron']) =>
  grammaticalSubject(clause, (start, end) => names.some((n) => clause.slice(start, end).includes(n)));

describe('the grammatical subject of a clause', () => {
  it.each([
    ['Falcon stores every record twice.', 'Falcon', 'named'],
    ['However, Heron keeps a single copy.', 'Heron', 'named'],
    ['This means that Heron includes a scheduler of its own.', 'Heron', 'named'],
    ['In Falcon, every worker is single-threaded.', 'every worker', 'generic'],
    ['It supports three storage engines.', 'It', 'pronoun'],
    ['This mode requires no coordination.', 'This mode', 'pronoun'],
    ['You can plug in a storage engine of your own.', 'You', 'reader'],
    ['This section compares the two schedulers.', 'This section', 'meta'],
    ['We have run both in production for years.', 'We', 'author'],
    ["Heron's query planner is smarter than most.", "Heron's query planner", 'named'],
  ])('%s -> %s (%s)', (clause, phrase, kind) => {
    const found = subjectOf(clause);
    expect(found && clause.slice(found.start, found.end)).toBe(phrase);
    expect(found?.kind).toBe(kind);
  });

  it('keeps where a leading frame stands, since it may name the topic', () => {
    const clause = 'With Heron, a deployment is one command.';
    const found = subjectOf(clause);
    expect(found?.frame && clause.slice(found.frame.start, found.frame.end)).toBe('With Heron, ');
  });

  it('gives no subject to a fragment without a finite verb', () => {
    expect(subjectOf('Fast startup and a small footprint')).toBeNull();
  });
});

describe('a first-person subject before any verb', () => {
  it('is the author, whatever verb follows', () => {
    const clause = 'I hold no grudge against Falcon or Heron.';
    const subject = grammaticalSubject(clause, () => false);
    expect(subject?.kind).toBe('author');
    expect(clause.slice(subject!.start, subject!.end)).toBe('I');
  });
});

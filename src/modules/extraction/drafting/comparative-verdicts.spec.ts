import { comparativeVerdict, evenComparison, leadingComparative } from './comparative-verdicts.js';

/** Mentions of the made-up technologies Quill and Rook (and Zephyr, a third) as the matcher would report them. */
const NAMES: Record<string, string> = { quill: 'Quill', rook: 'Rook', zephyr: 'Zephyr' };
function read(text: string, carried: string | null = null) {
  const mentions = Object.entries(NAMES)
    .flatMap(([slug, name]) => [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ name, index: m.index!, end: m.index! + name.length, slug })))
    .sort((a, b) => a.index - b.index);
  return comparativeVerdict(text, { mentions, carried, pair: ['quill', 'rook'] });
}

describe('comparatives in ordinary prose', () => {
  it.each([
    ['Quill copes with concurrency better than Rook.', 'quill'],
    ['Rook is less verbose than Quill.', 'rook'],
    ['Quill is not as flexible as Rook for nested routes.', 'rook'],
    ['Rook is not as complex as Quill.', 'rook'],
    ['For tiny teams, Quill might be a worse choice than Rook.', 'rook'],
    ['Most of us prefer Rook over Quill for side projects.', 'rook'],
    ['Quill has a shorter learning curve than Rook.', 'quill'],
    ['Rook trails Quill in write throughput.', 'quill'],
    ['Quill outperforms Rook on cold starts.', 'quill'],
    ['Unlike Quill, Rook ships a migration tool.', 'rook'],
    ['Unlike Rook, Quill does not ship a migration tool.', 'rook'],
    ['Rook uses far less memory than Quill.', 'rook'],
    ['Quill has lower latency compared to Rook.', 'quill'],
    ['Rook is more complicated to operate than Quill.', 'quill'],
    ['Quill is architecturally much simpler.', 'quill'],
    // An amount without "than": more of something is the side's, fewer troubles too; a longer history praises.
    ['Rook runs more regional mirrors worldwide.', 'rook'],
    ['Quill offers more granularity in its access rules.', 'quill'],
    ['Rook faces fewer problems with upgrades.', 'rook'],
    ['Quill enjoys greater familiarity among operators.', 'quill'],
    ['Rook boasts a longer tenure.', 'rook'],
    ['Quill has longer build times.', 'rook'],
    // A predicative "smaller" is read by the noun it is said of; names with dots stand between it and "than".
    ['On a laptop, the size of the bundle is far smaller with Quill than with Rook.', 'quill'],
    ['The latency is higher with Rook than with Quill.', 'quill'],
    ['Quill ships fewer breaking changes than Rook.', 'quill'],
    ['Most testers found Rook to be a faster, easier to use Quill.', 'rook'],
    ['Shops planning to adopt Quill for queues would do well to choose Rook instead.', 'rook'],
    // Amounts set side by side: more of a good thing wins, less of a cost or a duration.
    ['Quill lists about 1.200 plugins and 90 maintainers, while Rook lists some 400 plugins.', 'quill'],
    ['In our runs Rook booted in 900 milliseconds, whereas Quill booted in 120 milliseconds.', 'quill'],
  ])('%s -> %s', (text, winner) => {
    expect(read(text)?.winner).toBe(winner);
  });

  it('reads the criterion from what is compared, not from a heading', () => {
    expect(read('Quill is much faster than Rook.')?.about).toBe('performance');
    expect(read('Quill has a shorter learning curve than Rook.')?.about).toBe('learning curve');
    expect(read('Rook is less verbose than Quill.')?.about).toBe('verbosity');
    expect(read('Rook is easier to learn than Quill.')?.about).toBe('learning curve');
    expect(read('Quill is much faster to write than Rook.')?.about).toBe('development speed');
  });

  it('reads "Neither X nor Y …" as naming neither', () => {
    const text = 'Neither Quill nor Rook supports incremental backups.';
    const mentions = [{ name: 'Quill', index: 8, end: 13, slug: 'quill' }, { name: 'Rook', index: 18, end: 22, slug: 'rook' }];
    expect(evenComparison(text, mentions, ['quill', 'rook'])).toBe('neither');
    expect(evenComparison('Quill supports incremental backups.', mentions.slice(0, 1), ['quill', 'rook'])).toBeNull();
  });

  it('resolves "it" to the subject the text is about', () => {
    expect(read('It is much faster than Rook.', 'quill')?.winner).toBe('quill');
    // The text was just about the comparand: "it" is the other side.
    expect(read('It is often more limited compared to Rook.', 'rook')?.winner).toBe('rook');
    expect(read('It is often faster than Rook.', 'rook')?.winner).toBe('quill');
  });

  it('drafts nothing where the comparison is with something else, or explains rather than compares', () => {
    expect(read('Although slower than compiled languages, Quill is fast enough.')).toBeNull();
    expect(read('Quill is faster than Zephyr.')).toBeNull();
    expect(read('Quill favours readability, making code easier to maintain.')).toBeNull();
    expect(read('Quill and Rook both scale well.')).toBeNull();
    expect(read('Quill has more than 200 plugins.')).toBeNull();
  });

  it.each([
    // Negation turns the comparison round.
    ['Quill is not faster than Rook.', 'rook'],
    ['Rook is no slower than Quill.', 'rook'],
    ['Quill probably isn\'t any better than Rook yet.', 'rook'],
    // "superior to", "then" for "than", the subject between the comparative and "than".
    ['Rook is clearly superior to Quill for batch jobs.', 'rook'],
    ['Quill is inferior to Rook in most respects.', 'rook'],
    ['Quill is quicker then Rook at startup.', 'quill'],
    ['It is far easier to wire up a cache in Rook than in Quill.', 'rook'],
    ['I find it easier to write tests for Quill than for Rook.', 'quill'],
    // The subject is the other side when none is named before "than".
    ['Much lighter than Rook, and simpler too.', 'quill'],
    ['Quill is fine for scripts, but Rook is a lot faster.', 'rook'],
    ['Quill is handy, but the output is much cleaner with Rook.', 'rook'],
    ['I tried Quill first, but I like Rook better.', 'rook'],
    // "that" is the connective only right after the comparative; "than" may stand a few words on.
    ['Quill is better at keeping that cache warm than Rook.', 'quill'],
    ['Rook answers far quicker than the aging service we built on Quill.', 'rook'],
    ['Quill handles retries better than, say, Rook or Zephyr.', 'quill'],
    ['Rook is the leaner runtime when compared against Quill.', 'rook'],
    ['Rook starts quicker in comparison with Quill.', 'rook'],
    // Hedged ("a whole lot", "way", "so much") and in clauses joined by "and" or led by "while".
    ['Quill is not pleasant and Rook is way better.', 'rook'],
    ['The Quill client is convenient but the logs are so much clearer with Rook.', 'rook'],
    ['While Quill works, Rook seems to give better error messages.', 'rook'],
    ['While you can tune the defaults, it is often more limited compared to Rook.', 'rook'],
    // Both clauses agree: one side is faster, the other slower.
    ['Quill seems faster in most cases, and in some cases Rook can be much slower.', 'quill'],
    // "X is a better Y", "a faster version of Y", "a better alternative to Y".
    ['Rook is just a better Quill.', 'rook'],
    ['Quill is essentially a faster version of Rook.', 'quill'],
    ['Quill is a much, much leaner version of Rook.', 'quill'],
    ['Rook is not a better Quill, it is a different tool.', 'quill'],
    // Preferences: "liked X over Y", "prefer X to Y", a preference stated outright; "in contrast to Y, X …".
    ['We liked Rook over Quill for the admin screens.', 'rook'],
    ['Most operators prefer Quill to Rook.', 'quill'],
    ['Our engineers prefer and trust Rook for its defaults, while grumbling about Quill.', 'rook'],
    ['In contrast to Quill and its many editions, Rook ships as one binary.', 'rook'],
    // "X has an edge over Y", "the plugins give it an advantage over Y".
    ['Rook has a clear edge over Quill in cold starts.', 'rook'],
    ['The extra Quill plugins give it an advantage over Rook.', 'quill'],
    // "X (or even better, Y)", "as good as Y, if not better".
    ['Write the glue code in Quill (or even better, Rook).', 'rook'],
    ['Rook is just as stable as Quill, if not better.', 'rook'],
    ['Rook is every bit as clumsy as Quill, if not worse.', 'quill'],
    // The side chosen instead of the other.
    ['We wrote the billing service in Rook instead of Quill.', 'rook'],
    ['The pipeline runs better on Quill rather than Rook.', 'quill'],
    // Verbs of a race: ahead of, can't match, pales next to, hard to keep up with, catching up.
    ['Quill is well ahead of Rook on startup time.', 'quill'],
    ['Quill cannot match Rook for raw throughput.', 'rook'],
    ['Rook pales next to Quill when it comes to tooling.', 'quill'],
    ['It will be hard for Rook to keep up with the pace of Quill.', 'quill'],
    ['Rook is still catching up with Quill on observability.', 'quill'],
    ['Rook does not outperform Quill on reads.', 'quill'],
    // The other side in a part of its own before the subject.
    ['Having tried Quill last spring, we have to admit that Rook is a whole lot better.', 'rook'],
    ['Quill is clumsy, Rook is a much better tool.', 'rook'],
  ])('%s -> %s', (text, winner) => {
    expect(read(text)?.winner).toBe(winner);
  });

  it.each([
    'Is Quill faster than Rook?',
    'We cannot say whether Quill is faster than Rook.',
    'Zephyr is faster than Quill, Rook and most others.',
    'Quill, Rook and Zephyr all run faster than the old tools.',
    'Quill is the safer pick for servers, while Rook offers the smoother ride on laptops.',
    'Quill and Rook are easier to learn than most tools.',
    'Quill is faster than ever, and Rook keeps pace.',
    'It routes jobs better than Zephyr, Quill, and Rook.',
    'We ordered a laptop with a faster Rook chip.',
    'If you prefer Quill, Rook will feel odd.',
    'We prefer Quill or Rook for small services.',
    'Writers lean towards Rook, and editors often prefer Quill.',
    'The build got even slower once we used Quill instead of Rook.',
    'You can pick Zephyr or Quill instead of Rook.',
    'Quill no longer has an edge over Rook.',
    'Quill offers a lower-level API than most, and Rook wraps it.',
    'A Rook cluster needs one or more Quill gateways.',
    'Quill, Zephyr and Rook are getting better every year.',
    'Like Quill, Rook is adding hooks to better support plugins.',
    'Rook ships with Quill and the Superior Render engine.',
    'The more shards Quill has, the easier it is to lose one in Rook.',
  ])('drafts no winner: %s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('amounts side by side', () => {
  it('reads nothing from dates or versions, or from two clauses on the same side', () => {
    expect(read('Quill 2 came out in 2019, while Rook 3 shipped in 2021.')).toBeNull();
    expect(read('Quill serves 300 requests on one core, while Quill clusters serve 900 requests.')).toBeNull();
  });
});

describe('an item opening with a comparative', () => {
  it.each([
    ['More powerful plugin system, with hooks for every stage.', true, 'capabilities'],
    ['Simpler and more predictable config because every file is plain YAML.', true, 'simplicity'],
    ['Higher uptime for dashboards.', true, 'uptime'],
    ['Slower cold starts.', false, 'performance'],
  ])('%s', (text, praises, about) => {
    expect(leadingComparative(text)).toEqual({ praises, about });
  });

  it('reads nothing from a word that only ends like a comparative', () => {
    expect(leadingComparative('Docker images for every release.')).toBeNull();
    expect(leadingComparative('Other plugins are listed below.')).toBeNull();
  });
});

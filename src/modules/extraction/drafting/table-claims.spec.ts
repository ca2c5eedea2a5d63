import { extractDraft } from '../extract-article.js';
import { readKnownTaxonomy } from '../known-taxonomy-files.js';
import { fromProjectRoot } from '../../../infra/project-paths.js';
import type { DraftClaim } from '../extraction.types.js';
import type { ArticleFormat } from '../reader/reader-text.js';

const known = readKnownTaxonomy(fromProjectRoot('seeds/taxonomy'));

/** Drafts an article about two made-up message brokers, Falcon and Heron, and names each claim's technology by its name. */
function draft(content: string, format: ArticleFormat = 'markdown') {
  const result = extractDraft(content, format, known, { classifier: 'off' });
  const name = (slug: string | null | undefined) => result.taxonomy.technologies.find((t) => t.slug === slug)?.name ?? slug ?? null;
  return result.claims.map((c) => ({ ...c, name: name(c.technology) }));
}

const byQuote = (claims: (DraftClaim & { name: string | null })[], quote: string) => claims.filter((c) => c.quote === quote);
const intro = 'Falcon and Heron both move messages between services; this page sets their features side by side.';

describe('table cells: a feature matrix rates each technology in its own words', () => {
  const matrix = [
    '# Falcon vs Heron',
    '',
    intro,
    '',
    // The header names the two in the other order than the title; the alignment row mixes colons.
    '| Capability | Heron | Falcon |',
    '|:-----------|------:|:------:|',
    '| Message replay | No | Yes (from any offset) |',
    '| Largest message | 2 MB | 64 MB (configurable) |',
    '| Wire protocol | Plain TCP | HTTP/2 — or gRPC |',
    '| Ordering | Per partition | None |',
    '',
  ].join('\n');
  const claims = draft(matrix);

  it('gives a value cell a rating whose words are the cell’s leading value, and no score', () => {
    const [heron] = byQuote(claims, '2 MB');
    expect(heron).toMatchObject({ kind: 'rating', name: 'Heron', rating: '2 MB' });
    expect(heron.score).toBeUndefined();
    const [falcon] = byQuote(claims, '64 MB (configurable)');
    expect(falcon).toMatchObject({ kind: 'rating', name: 'Falcon', rating: '64 MB' });
    expect(falcon.score).toBeUndefined();
    expect(byQuote(claims, 'HTTP/2 — or gRPC')[0]).toMatchObject({ kind: 'rating', name: 'Falcon', rating: 'HTTP/2' });
  });

  it('scores a mark of availability on the shared scale', () => {
    expect(byQuote(claims, 'No')[0]).toMatchObject({ kind: 'rating', name: 'Heron', rating: 'No', score: 0.1 });
    expect(byQuote(claims, 'Yes (from any offset)')[0]).toMatchObject({ kind: 'rating', name: 'Falcon', rating: 'Yes', score: 0.9 });
  });

  it('keeps every rating’s words inside its quote and names its criterion', () => {
    const ratings = claims.filter((c) => c.kind === 'rating');
    expect(ratings.length).toBe(8);
    for (const r of ratings) {
      expect(r.quote).toContain(r.rating);
      expect(r.criterion).toBeTruthy();
    }
  });
});

describe('table cells: a table that grades keeps its descriptive rows as facts', () => {
  const graded = ['# Falcon vs Heron', '', intro, '', '| Criterion | Falcon | Heron |', '| --- | --- | --- |', '| Throughput | Excellent | Moderate |', '| Written in | Plain C | Java |', ''].join('\n');
  const claims = draft(graded);

  it('rates the graded row with its score and reads the other row as facts', () => {
    expect(byQuote(claims, 'Excellent')[0]).toMatchObject({ kind: 'rating', name: 'Falcon', score: 0.9 });
    expect(byQuote(claims, 'Plain C')[0]).toMatchObject({ kind: 'fact', name: 'Falcon' });
    expect(claims.some((c) => c.kind === 'rating' && c.score === undefined)).toBe(false);
  });
});

describe('table cells: tables as web pages publish them', () => {
  it('reads a table wrapped in a figure and divs, each item of a list in a cell a rating of its own', () => {
    const html = `<html><head><title>Falcon vs Heron</title></head><body><article><h1>Falcon vs Heron</h1><p>${intro}</p>
      <figure class="wp-block-table"><div class="scroll"><table>
        <thead><tr><th>Feature</th><th>Falcon</th><th>Heron</th></tr></thead>
        <tbody>
          <tr><td>Client libraries</td><td><ul><li>Go</li><li>Python</li></ul></td><td>Python only</td></tr>
          <tr><td>Dead-letter queue</td><td>Yes</td><td>No</td></tr>
        </tbody></table></div><figcaption>Feature by feature</figcaption></figure></article></body></html>`;
    const claims = draft(html, 'html');
    expect(byQuote(claims, 'Go')[0]).toMatchObject({ kind: 'rating', name: 'Falcon', rating: 'Go' });
    expect(byQuote(claims, 'Python')[0]).toMatchObject({ kind: 'rating', name: 'Falcon', rating: 'Python' });
    expect(byQuote(claims, 'Python only')[0]).toMatchObject({ kind: 'rating', name: 'Heron' });
    expect(byQuote(claims, 'Yes')[0]).toMatchObject({ kind: 'rating', name: 'Falcon', score: 0.9 });
  });

  it('rates the cells of a transposed table, one row per technology', () => {
    const transposed = ['# Falcon vs Heron', '', intro, '', '| Broker | Retention | Replay |', '| --- | --- | --- |', '| Falcon | 7 days | Yes |', '| Heron | Unlimited | No |', ''].join('\n');
    const claims = draft(transposed);
    expect(byQuote(claims, '7 days')[0]).toMatchObject({ kind: 'rating', name: 'Falcon', rating: '7 days' });
    expect(byQuote(claims, 'Unlimited')[0]).toMatchObject({ kind: 'rating', name: 'Heron', rating: 'Unlimited' });
    expect(byQuote(claims, 'No')[0]).toMatchObject({ kind: 'rating', name: 'Heron', score: 0.1 });
  });
});

describe('table cells: tables that do not rate', () => {
  it('reads a table mapping one side’s commands to the other’s as facts', () => {
    const mapping = ['# Falcon vs Heron', '', intro, '', '| Heron | Falcon |', '| --- | --- |', '| PUBLISH | send() |', '| SUBSCRIBE | listen() |', '| PURGE | drain() |', ''].join('\n');
    const claims = draft(mapping);
    expect(claims.filter((c) => c.kind === 'rating')).toEqual([]);
    expect(byQuote(claims, 'send()')[0]).toMatchObject({ kind: 'fact', name: 'Falcon' });
  });

  it('does not rate a table written in sentences', () => {
    const prose = [
      '# Falcon vs Heron',
      '',
      intro,
      '',
      '| Topic | Falcon | Heron |',
      '| --- | --- | --- |',
      '| Storage | Falcon writes each message to a local log before it acknowledges the send. | Heron keeps messages in memory and copies them to two peers. |',
      '| Scaling | Falcon adds partitions while the cluster runs. Operators pick the count. | Heron needs a restart to add a node to its ring. |',
      '| Tools | A web console | A command-line client |',
      '',
    ].join('\n');
    const claims = draft(prose);
    expect(claims.filter((c) => c.kind === 'rating')).toEqual([]);
  });
});

describe('a line setting each side’s value side by side', () => {
  const article = (line: string) => ['# Falcon vs Heron', '', intro, '', '## Limits', '', `- ${line}`, '- Both brokers run on a single node for testing.', ''].join('\n');

  it.each([
    ['Largest message: Falcon 2 MB / Heron 64 MB', '2 MB', '64 MB'],
    ['Replay window: Falcon — 7 days; Heron — unlimited', '7 days', 'unlimited'],
    ['Written in: Go (Falcon) vs Rust (Heron)', 'Go', 'Rust'],
  ])('%s', (line, falcon, heron) => {
    const claims = draft(article(line));
    const ratings = claims.filter((c) => c.kind === 'rating');
    expect(ratings.map((r) => [r.name, r.rating, r.score])).toEqual([
      ['Falcon', falcon, undefined],
      ['Heron', heron, undefined],
    ]);
    for (const r of ratings) expect(r.quote).toContain(r.rating);
  });

  it('scores a side’s value when a grade word fits', () => {
    const claims = draft(article('Dead-letter queue: Falcon yes / Heron no'));
    expect(claims.filter((c) => c.kind === 'rating').map((r) => [r.name, r.rating, r.score])).toEqual([
      ['Falcon', 'yes', 0.9],
      ['Heron', 'no', 0.1],
    ]);
  });

  it.each([
    ['Performance: Falcon handles far more messages per second than Heron does in our tests / Heron not'],
    ['Falcon: 2 MB / Heron 64 MB'],
    ['Largest message: Falcon 2 MB / 64 MB elsewhere'],
    ['Largest message: Falcon 2 MB / Heron 64 MB / Osprey 8 MB'],
  ])('reads no ratings off a line that is not one: %s', (line) => {
    expect(draft(article(line)).filter((c) => c.kind === 'rating')).toEqual([]);
  });
});

import { labelOf, parseCsv, partOf, scoreLabels, sentenceRows, type SentenceRow } from './sentence-eval.js';
import type { ExtractionDraft } from '../modules/extraction/extraction.types.js';

describe('sentence eval', () => {
  it('parses quoted cells with commas, quotes and line breaks', () => {
    const rows = parseCsv('a,b\n"x, ""y""","two\nlines"\n');
    expect(rows).toEqual([['a', 'b'], ['x, "y"', 'two\nlines']]);
  });

  it('reads CompSent columns and skips unknown labels', () => {
    const csv = 'id,domain,object_a,object_b,sentence,most_frequent_label\n1,compsci,quill,rook,Quill wins.,BETTER\n2,compsci,quill,rook,Hm.,MAYBE\n';
    expect(sentenceRows(csv).map((r) => [r.id, r.objectA, r.label])).toEqual([['1', 'quill', 'BETTER']]);
  });

  it('splits by id stably, about one in five to the check part', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `id${i}`);
    const check = ids.filter((id) => partOf(id) === 'check').length;
    expect(check).toBeGreaterThan(150);
    expect(check).toBeLessThan(250);
    expect(ids.map((id) => partOf(id))).toEqual(ids.map((id) => partOf(id)));
  });

  it('maps a verdict won by the first side to BETTER, by the second to WORSE, none to NONE', () => {
    const row: SentenceRow = { id: '1', objectA: 'quill', objectB: 'rook', sentence: '', label: 'NONE', domain: 'compsci' };
    const draft = (winner: string | null) =>
      ({ source: { compares: ['quill', 'rook'] }, taxonomy: { technologies: [] }, claims: winner ? [{ kind: 'verdict', outcome: 'win', winner }] : [{ kind: 'pro', technology: 'quill' }] }) as unknown as ExtractionDraft;
    expect(labelOf(draft('quill'), row)).toBe('BETTER');
    expect(labelOf(draft('rook'), row)).toBe('WORSE');
    expect(labelOf(draft(null), row)).toBe('NONE');
  });

  it('scores per class and weighs F1 by support', () => {
    const r = scoreLabels([
      { gold: 'BETTER', predicted: 'BETTER' },
      { gold: 'BETTER', predicted: 'NONE' },
      { gold: 'NONE', predicted: 'NONE' },
      { gold: 'WORSE', predicted: 'BETTER' },
    ]);
    expect(r.perClass.BETTER.precision).toBeCloseTo(0.5);
    expect(r.perClass.BETTER.recall).toBeCloseTo(0.5);
    expect(r.perClass.NONE.f1).toBeCloseTo(2 / 3);
    expect(r.weightedF1).toBeCloseTo((0.5 * 2 + (2 / 3) * 1 + 0 * 1) / 4);
    expect(r.confusion.WORSE.BETTER).toBe(1);
  });
});

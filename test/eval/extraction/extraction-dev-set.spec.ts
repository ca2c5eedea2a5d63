import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDto } from '../../../src/common/http/validate-dto.js';
import { IngestSourceInput } from '../../../src/modules/ingestion/dto/ingest-source.dto.js';
import { locateQuote } from '../../../src/modules/extraction/extract-article.js';
import { CriterionEntryDto, TechnologyEntryDto, UseCaseEntryDto } from '../../../src/modules/taxonomy/dto/taxonomy-files.dto.js';
import { readKnownTaxonomy } from '../../../src/modules/extraction/known-taxonomy-files.js';
import { devCases, evaluateSet, seedCases, unannotatedArticles } from '../../../src/cli/extraction-eval.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const known = readKnownTaxonomy(path.join(ROOT, 'seeds', 'taxonomy'));
const EVAL = path.join(ROOT, 'test', 'eval', 'extraction');
const dev = evaluateSet(devCases(path.join(EVAL, 'dev', 'house-style')), known);
const seeds = evaluateSet(seedCases(path.join(ROOT, 'seeds')), known);
// Written before the heuristics of branch extract2; tuned on since its figures were published.
const heldOut = evaluateSet(devCases(path.join(EVAL, 'dev', 'former-held-out')), known);

describe('extraction on the dev set and the seeds', () => {
  it('has at least six house-style dev articles, two per format, including the three named pairs', () => {
    const formats = dev.articles.map((a) => a.format);
    for (const format of ['html', 'markdown', 'text']) expect(formats.filter((f) => f === format).length).toBeGreaterThanOrEqual(2);
    expect(dev.articles.map((a) => a.name)).toEqual(expect.arrayContaining(['django-vs-rails.html', 'redis-vs-memcached.md', 'kafka-vs-rabbitmq.txt']));
  });

  it('every expected quote of the dev and held-out sets stands in the reader text', () => {
    expect([...dev.articles, ...heldOut.articles].flatMap((a) => a.unlocatedExpected.map((q) => `${a.name}: ${q}`))).toEqual([]);
  });

  it('has a former held-out set of at least three articles in all three formats', () => {
    const formats = heldOut.articles.map((a) => a.format);
    expect(heldOut.articles.length).toBeGreaterThanOrEqual(3);
    for (const format of ['html', 'markdown', 'text']) expect(formats).toContain(format);
  });

  // Floors a little below what the extractor reaches (dev F1 0.96; seeds precision 0.96, recall 0.84;
  // held-out precision 0.82, recall 0.68): a regression fails here.
  it('holds the dev-set floor: overall F1 >= 0.93, metadata right on every article', () => {
    const n = dev.articles.length;
    expect(dev.overall.f1).toBeGreaterThanOrEqual(0.93);
    expect(dev.metadata).toEqual({ title: n, author: n, publishedAt: n, compares: n, articles: n });
  });

  it('holds the seeds floor: precision >= 0.92, recall >= 0.8', () => {
    expect(seeds.overall.precision).toBeGreaterThanOrEqual(0.92);
    expect(seeds.overall.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('holds a loose former-held-out floor: precision >= 0.7, recall >= 0.5', () => {
    expect(heldOut.overall.precision).toBeGreaterThanOrEqual(0.7);
    expect(heldOut.overall.recall).toBeGreaterThanOrEqual(0.5);
  });

  it('every draft validates against the ingest DTO and every quote is verbatim in its body', () => {
    for (const article of [...dev.articles, ...seeds.articles, ...heldOut.articles]) {
      const { source, claims, taxonomy } = article.draft;
      expect(() => validateDto(IngestSourceInput, JSON.parse(JSON.stringify({ source, claims })), article.name)).not.toThrow();
      for (const t of taxonomy.technologies) expect(() => validateDto(TechnologyEntryDto, { ...t }, `${article.name} technology ${t.slug}`)).not.toThrow();
      for (const c of taxonomy.criteria) expect(() => validateDto(CriterionEntryDto, { ...c }, `${article.name} criterion ${c.slug}`)).not.toThrow();
      for (const u of taxonomy.useCases) expect(() => validateDto(UseCaseEntryDto, { ...u }, `${article.name} use case ${u.slug}`)).not.toThrow();
      expect(new Set(claims.map((c) => c.key)).size).toBe(claims.length);
      for (const claim of claims) {
        expect(() => locateQuote(source.body, claim.quote, claim.occurrence)).not.toThrow();
        if (claim.rating) expect(claim.quote).toContain(claim.rating);
        if (claim.question) expect(source.body).toContain(claim.question);
      }
    }
  });

  it('a body with no compared article text yields no claims from boilerplate', () => {
    const html = readFileSync(path.join(EVAL, 'dev', 'house-style', 'articles', 'django-vs-rails.html'), 'utf8');
    const article = dev.articles.find((a) => a.name === 'django-vs-rails.html')!;
    expect(html).toContain('Book a free 30-minute architecture call');
    for (const furniture of ['Book a free', 'Share this article', 'Subscribe to our newsletter', 'Related posts', 'All rights reserved', 'We use cookies', 'min read']) {
      expect(article.draft.source.body).not.toContain(furniture);
    }
  });
});

describe('the corpus of real writing', () => {
  const corpus = (split: string) => path.join(EVAL, 'corpus', split);
  const sources = JSON.parse(readFileSync(path.join(EVAL, 'corpus', 'sources.json'), 'utf8')) as { file: string; pair: string[]; split: string; licence: { spdx: string } }[];

  it('holds at least 24 articles on at least 12 pairs, in all three formats, each with its origin and licence', () => {
    expect(sources.length).toBeGreaterThanOrEqual(24);
    expect(new Set(sources.map((s) => [...s.pair].sort().join('|'))).size).toBeGreaterThanOrEqual(12);
    expect(new Set(sources.map((s) => s.file.split('.').pop()))).toEqual(new Set(['html', 'md', 'txt']));
    for (const s of sources) expect(s.licence.spdx).toMatch(/\S/);
    // The pairs kept for the independent check never enter the repository.
    const kept = [['mysql', 'postgresql'], ['angular', 'react'], ['django', 'flask']];
    for (const s of sources) {
      const pair = s.pair.map((p) => p.toLowerCase());
      for (const [a, b] of kept) expect(pair.some((p) => p.includes(a)) && pair.some((p) => p.includes(b))).toBe(false);
    }
  });

  it('has every article annotated, and every annotated quote stands in the reader text', () => {
    for (const split of ['dev', 'test']) {
      expect(unannotatedArticles(corpus(split))).toEqual([]);
      const report = evaluateSet(devCases(corpus(split)), known);
      expect(report.articles.length).toBe(sources.filter((s) => s.split === split).length);
      expect(report.articles.flatMap((a) => a.unlocatedExpected.map((q) => `${a.name}: ${q}`))).toEqual([]);
    }
  });
});

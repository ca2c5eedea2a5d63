import { readFileSync, readdirSync } from 'node:fs';
const { extractDraft } = await import('./dist/modules/extraction/extract-article.js');
const { readKnownTaxonomy } = await import('./dist/modules/extraction/known-taxonomy-files.js');
const known = readKnownTaxonomy('seeds/taxonomy');
const files = readdirSync('seeds/sources').map((f) => readFileSync('seeds/sources/' + f, 'utf8')).sort((a, b) => b.length - a.length);
const text = files[0]; console.log('words', text.split(/\s+/).length);
const on = [], off = [];
for (let i = 0; i < 9; i++) {
  let t = performance.now(); extractDraft(text, 'text', known, { classifier: 'off' }); off.push(performance.now() - t);
  t = performance.now(); const d = extractDraft(text, 'text', known); on.push(performance.now() - t);
}
const med = (a) => a.sort((x, y) => x - y)[4].toFixed(1);
console.log('off', med(off), 'on', med(on));
const { claimUnits } = await import('./dist/modules/extraction/classifier/claim-revision.js');
const { committedClaimClassifier } = await import('./dist/modules/extraction/classifier/committed-classifier.js');
const c = committedClaimClassifier();
let claims, units;
extractDraft(text, 'text', known, { classifier: 'off', onRuleClaims: (cl, u) => { claims = cl; units = u; } });
console.log('claims', claims.length);
let t = performance.now(); for (let i = 0; i < 10; i++) units.map((u) => c.features(u)); console.log('features ms', ((performance.now() - t) / 10).toFixed(1));
const fs = units.map((u) => c.features(u));
t = performance.now(); for (let i = 0; i < 10; i++) fs.map((f) => c.predict(f)); console.log('predict ms', ((performance.now() - t) / 10).toFixed(1));
const { TaxonomyMatcher } = await import('./dist/modules/extraction/taxonomy-matcher.js');
const { readArticle } = await import('./dist/modules/extraction/reader/reader-text.js');
const doc = readArticle(text, 'text'); const matcher = new TaxonomyMatcher(known);
t = performance.now(); for (let i = 0; i < 5; i++) claimUnits({ document: doc, matcher: new TaxonomyMatcher(known), compares: [] }, claims); console.log('units ms (fresh matcher)', ((performance.now() - t) / 5).toFixed(1));
t = performance.now(); for (let i = 0; i < 5; i++) new TaxonomyMatcher(known); console.log('matcher ctor ms', ((performance.now() - t) / 5).toFixed(1));

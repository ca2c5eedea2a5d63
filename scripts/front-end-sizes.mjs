// Gzipped sizes of the widget script, the explorer's first load (home page + its two
// stylesheets) and the editor desk's pages, as a running server answers them: node scripts/front-end-sizes.mjs [base-url]
import { gzipSync } from 'node:zlib';

const base = (process.argv[2] ?? 'http://localhost:3000').replace(/\/$/, '');
const get = async (path) => Buffer.from(await (await fetch(base + path)).arrayBuffer());
const gz = (buf) => gzipSync(buf, { level: 9 }).length;

const embed = await get('/embed.js');
const firstLoad = ['/', '/assets/explorer.css', '/assets/vkb.css'];
const parts = await Promise.all(firstLoad.map(get));
const comparison = ['/compare/nodejs/python', '/assets/explorer.css', '/assets/vkb.css'];
const comparisonParts = await Promise.all(comparison.map(get));
console.log(`embed.js: ${embed.length} B, ${gz(embed)} B gzipped`);
console.log(`explorer first load (${firstLoad.join(' + ')}): ${parts.reduce((n, b) => n + b.length, 0)} B, ${parts.reduce((n, b) => n + gz(b), 0)} B gzipped`);
console.log(`comparison page load (${comparison.join(' + ')}): ${comparisonParts.reduce((n, b) => n + b.length, 0)} B, ${comparisonParts.reduce((n, b) => n + gz(b), 0)} B gzipped`);

// The editor's desk: each page's shell with every stylesheet and ES module it loads.
const deskCommon = ['/assets/explorer.css', '/assets/desk.css', '/assets/desk.js', '/assets/desk-api.js'];
const deskPages = {
  '/desk': deskCommon,
  '/desk/drafts/1': [...deskCommon, '/assets/desk-review.js', '/assets/desk-offsets.js', '/assets/desk-proposals.js'],
  '/desk/stats': [...deskCommon, '/assets/desk-stats.js'],
};
for (const [page, assets] of Object.entries(deskPages)) {
  const bufs = await Promise.all([page, ...assets].map(get));
  console.log(`desk ${page} (+ ${assets.length} assets): ${bufs.reduce((n, b) => n + b.length, 0)} B, ${bufs.reduce((n, b) => n + gz(b), 0)} B gzipped`);
}

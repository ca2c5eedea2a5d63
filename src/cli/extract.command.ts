import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromProjectRoot } from '../infra/project-paths.js';
import { extractDraft, formatFromPath } from '../modules/extraction/extract-article.js';
import type { ExtractionDraft } from '../modules/extraction/extraction.types.js';
import { readKnownTaxonomy } from '../modules/extraction/known-taxonomy-files.js';
import { ARTICLE_FORMATS, type ArticleFormat } from '../modules/extraction/reader-text.js';

export const EXTRACT_USAGE = '  npm run kb -- extract <file> [--format html|markdown|text] [--slug <slug>]   print a draft annotation (JSON) for an article';

/** `kb extract <file>`: the draft for an article, from the taxonomy in seeds/taxonomy (no database). */
export function extractFile(file: string, format?: string, slug?: string): ExtractionDraft {
  const chosen = (format ?? formatFromPath(file) ?? 'text') as ArticleFormat;
  if (!ARTICLE_FORMATS.includes(chosen)) throw new Error(`--format must be one of ${ARTICLE_FORMATS.join(', ')}`);
  const known = readKnownTaxonomy(fromProjectRoot(process.env.KB_SEEDS_DIR ? `${process.env.KB_SEEDS_DIR}/taxonomy` : 'seeds/taxonomy'));
  return extractDraft(readFileSync(file, 'utf8'), chosen, known, slug ? { slug } : {});
}

export function extractCommand(file: string, format?: string, slug?: string): number {
  console.log(JSON.stringify(extractFile(file, format, slug), null, 2));
  return 0;
}

/** `kb ingest --extract <file>`: the draft written where `kb ingest` reads annotation files. */
export function writeDraftFile(file: string, format?: string, slug?: string): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'kb-extract-')), 'draft.json');
  writeFileSync(target, JSON.stringify(extractFile(file, format, slug), null, 2));
  return target;
}

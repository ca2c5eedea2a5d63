import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromProjectRoot } from '../infra/project-paths.js';
import { extractDraft, formatFromPath } from '../modules/extraction/extract-article.js';
import type { ExtractionDraft } from '../modules/extraction/extraction.types.js';
import { readKnownTaxonomy } from '../modules/extraction/known-taxonomy-files.js';
import { ARTICLE_FORMATS, type ArticleFormat } from '../modules/extraction/reader/reader-text.js';
import { UsageError, type CliCommand } from './commands.js';

export const EXTRACT_OPTIONS: CliCommand['options'] = { format: { type: 'string' }, slug: { type: 'string' } };
export const EXTRACT_HELP = { '--format <format>': `${ARTICLE_FORMATS.join('|')} (default: from the file extension)`, '--slug <slug>': "the draft source's slug (default: from the title)" };

/** `kb extract <file>`: the draft for an article, from the taxonomy in seeds/taxonomy (no database). */
export function extractFile(file: string, format?: string, slug?: string): ExtractionDraft {
  const chosen = (format ?? formatFromPath(file) ?? 'text') as ArticleFormat;
  if (!ARTICLE_FORMATS.includes(chosen)) throw new UsageError(`--format must be one of ${ARTICLE_FORMATS.join(', ')}`);
  const known = readKnownTaxonomy(fromProjectRoot(process.env.KB_SEEDS_DIR ? `${process.env.KB_SEEDS_DIR}/taxonomy` : 'seeds/taxonomy'));
  return extractDraft(readFileSync(file, 'utf8'), chosen, known, slug ? { slug } : {});
}

/** `kb extract <file>`: prints the draft (no database: the taxonomy comes from seeds/taxonomy). */
export const EXTRACT_COMMAND: CliCommand = {
  name: 'extract',
  args: '<article.html|.md|.txt>',
  summary: 'print a draft annotation (JSON, the POST /api/sources format plus taxonomy additions) for an article; stores nothing',
  options: EXTRACT_OPTIONS,
  help: EXTRACT_HELP,
  run: async ({ positionals: [file], values }) => {
    if (!file) throw new UsageError('extract needs an article file');
    if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
    console.log(JSON.stringify(extractFile(file, values.format as string | undefined, values.slug as string | undefined), null, 2));
    return 0;
  },
};

/** `kb ingest --extract <file>`: the draft written where `kb ingest` reads annotation files. */
export function writeDraftFile(file: string, format?: string, slug?: string): string {
  const draft = extractFile(file, format, slug);
  // named after the slug for the reader of the progress line; the source's identity is the draft's slug, never the file name
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'kb-extract-')), `${draft.source.slug}.json`);
  writeFileSync(target, JSON.stringify(draft, null, 2));
  return target;
}

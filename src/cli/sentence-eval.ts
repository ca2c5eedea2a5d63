import { createHash } from 'node:crypto';
import { extractDraft } from '../modules/extraction/extract-article.js';
import type { ExtractionDraft } from '../modules/extraction/extraction.types.js';
import type { KnownTaxonomy } from '../modules/extraction/taxonomy-matcher.js';

/**
 * Scoring the extractor on single comparative sentences in the CompSent-19 format (object_a,
 * object_b, sentence, most_frequent_label, domain): each sentence is drafted as a one-paragraph
 * plain-text article titled "A vs B", and the draft's comparative verdict is read as a label:
 * winner A -> BETTER, winner B -> WORSE, no comparative verdict -> NONE.
 */
export const LABELS = ['BETTER', 'WORSE', 'NONE'] as const;
export type ComparisonLabel = (typeof LABELS)[number];

export interface SentenceRow {
  id: string;
  objectA: string;
  objectB: string;
  sentence: string;
  label: ComparisonLabel;
  domain: string;
}

/** RFC 4180 records (quoted cells may hold commas, quotes and line breaks), header row first. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
}

/** The rows of a CompSent-format CSV; rows with an unknown label are skipped. */
export function sentenceRows(csv: string): SentenceRow[] {
  const [header, ...records] = parseCsv(csv);
  const col = (name: string) => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`column ${name} missing (have: ${header.join(', ')})`);
    return at;
  };
  const [a, b, s, l, d] = ['object_a', 'object_b', 'sentence', 'most_frequent_label', 'domain'].map(col);
  const idAt = header.indexOf('id');
  return records
    .map((r, i) => ({ id: idAt >= 0 ? r[idAt] : String(i), objectA: r[a], objectB: r[b], sentence: r[s], label: r[l]?.trim().toUpperCase() as ComparisonLabel, domain: r[d] ?? '' }))
    .filter((r) => (LABELS as readonly string[]).includes(r.label) && r.sentence);
}

/** A stable split by id: about one row in `parts` lands in the check part, the rest in the tune part. */
export function partOf(id: string, parts = 5): 'tune' | 'check' {
  return createHash('sha256').update(id).digest()[0] % parts === 0 ? 'check' : 'tune';
}

/** The article the independent check is understood to build: the title "A vs B", then the sentence as one paragraph. */
export function articleOf(row: SentenceRow, format: 'text' | 'markdown' = 'text'): string {
  return `${format === 'markdown' ? '# ' : ''}${row.objectA} vs ${row.objectB}\n\n${row.sentence}\n`;
}

/** The label a draft gives: its first comparative verdict naming a side of the title. */
export function labelOf(draft: ExtractionDraft, row: SentenceRow): ComparisonLabel {
  const [a, b] = draft.source.compares;
  const names = new Map(draft.taxonomy.technologies.map((t) => [t.slug, [t.name, ...t.aliases]]));
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}+#]+/gu, '');
  const side = (slug: string): 'a' | 'b' | null => {
    if (slug === a) return 'a';
    if (slug === b) return 'b';
    const all = [slug, ...(names.get(slug) ?? [])].map(key);
    if (all.includes(key(row.objectA))) return 'a';
    if (all.includes(key(row.objectB))) return 'b';
    return null;
  };
  for (const claim of draft.claims) {
    if (claim.kind !== 'verdict' || claim.outcome !== 'win' || !claim.winner) continue;
    const won = side(claim.winner);
    if (won) return won === 'a' ? 'BETTER' : 'WORSE';
  }
  return 'NONE';
}

export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface SentenceReport {
  rows: number;
  perClass: Record<ComparisonLabel, ClassScores>;
  weightedF1: number;
  accuracy: number;
  /** confusion[gold][predicted] */
  confusion: Record<ComparisonLabel, Record<ComparisonLabel, number>>;
}

export function scoreLabels(pairs: { gold: ComparisonLabel; predicted: ComparisonLabel }[]): SentenceReport {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as SentenceReport['confusion'];
  for (const { gold, predicted } of pairs) confusion[gold][predicted]++;
  const perClass = {} as SentenceReport['perClass'];
  let weighted = 0;
  for (const c of LABELS) {
    const tp = confusion[c][c];
    const predicted = LABELS.reduce((s, g) => s + confusion[g][c], 0);
    const support = LABELS.reduce((s, p) => s + confusion[c][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[c] = { precision, recall, f1, support };
    weighted += f1 * support;
  }
  const correct = LABELS.reduce((s, c) => s + confusion[c][c], 0);
  return { rows: pairs.length, perClass, weightedF1: pairs.length ? weighted / pairs.length : 0, accuracy: pairs.length ? correct / pairs.length : 0, confusion };
}

/** Drafts every row and pairs its gold label with the predicted one. */
export function labelRows(rows: SentenceRow[], known: KnownTaxonomy, format: 'text' | 'markdown' = 'text'): { row: SentenceRow; predicted: ComparisonLabel }[] {
  return rows.map((row) => ({ row, predicted: labelOf(extractDraft(articleOf(row, format), format, known), row) }));
}

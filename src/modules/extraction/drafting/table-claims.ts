import { gradeOf, isAvailabilityMark, valueWords } from './rating-scale.js';
import type { ReaderBlock } from '../reader/reader-text.js';
import { cleanLabel } from '../taxonomy-matcher.js';
import { parseWinnerCell } from './verdict-phrases.js';
import type { Drafting } from './drafting.js';
import { draftScenario } from './scenario-claims.js';
import { lowerFirst, recommendsFor } from './statement-wording.js';
import { listItems } from './text-segments.js';
import { draftVerdict } from './verdict-claims.js';
import { paragraphClaims } from './paragraph-claims.js';
import { polarityOf, statesSomething } from './sentence-claims.js';

/** The column of a decision table that names the pick. */
export const DECISION_COLUMN = /\b(?:recommend(?:ed|ation)?|approach|(?:best |our )?(?:choice|pick)|stack|best (?:fit|option|tool)|go with|solution|use this)\b/i;

/** A cell written as sentences ("Ignite supports …. It also …"), not a value ("JSON documents", "Yes"). */
const PROSE_CELL = /^(?:\S+\s+){5,}\S+.*[.!]\s*$|[.!]\s+\p{Lu}/u;

/** Criteria where more is worse: a "High" grade on them is a poor one. */
const NEGATIVE_CRITERION = /\b(?:complexity|cost|costs|price|pricing|overhead|latency|memory (?:use|usage|footprint)|learning curve|lock-in|risk|boilerplate|bundle size|binary size)\b/i;

/**
 * One table's claims: with a column per technology, a rating or fact per cell and a verdict per
 * winner cell; with a decision column, a scenario per row; transposed, a rating or fact per cell.
 * In a feature matrix (no cell judges quality) every value cell is a rating; in a table that
 * grades, the cells without a grade describe and are facts (`isFeatureMatrix`).
 */
export function tableClaims(d: Drafting, rows: ReaderBlock[]): void {
  const withCells = rows.filter((r) => r.cells && r.cells.length >= 2);
  if (withCells.length < 2) return;
  const header = withCells[0];
  const data = withCells.slice(1);
  const columns = header.cells!.map((cell) => {
    const mentions = d.compared.mentions(cell.text).filter((m) => m.index <= 2);
    if (/^(?:winner|verdict|edge|who wins|advantage|best choice|our pick|pick|better)\b/i.test(cell.text)) return { kind: 'winner' as const };
    return mentions.length === 1 ? { kind: 'technology' as const, slug: mentions[0].slug } : { kind: 'other' as const };
  });
  if (columns.some((c) => c.kind === 'technology')) {
    // "Ignite | Hazelcast" with no label column: each row's label is the one-cell row above it.
    const unlabelled = columns.every((c) => c.kind === 'technology') && rows.some((r) => r !== header && r.start > header.start && (r.cells?.length ?? 0) < 2);
    let above = '';
    // "InfluxQL | Flux" over "GROUP BY | group()": the first column is one side's own terms, not criteria; the table maps them to the other side's.
    const mapping = !unlabelled && columns[0]?.kind === 'technology';
    const matrix = !mapping && isFeatureMatrix(data.flatMap((row) => (row.cells ?? []).filter((_, i) => (unlabelled || i > 0) && columns[i]?.kind === 'technology')));
    for (const row of rows.slice(rows.indexOf(header) + 1)) {
      const cells = row.cells ?? [];
      if (unlabelled && cells.length < 2) {
        above = cleanLabel(row.text);
        continue;
      }
      if (cells.length < 2) continue;
      const label = unlabelled ? above : cleanLabel(cells[0].text);
      if (!label) continue;
      const criterion = d.matcher.criterion(label);
      // A row where one side's cell is a drawback ("X does not support joins") states the other side's plain description as its advantage.
      const criticised = cells.some((cell, i) => columns[i]?.kind === 'technology' && PROSE_CELL.test(cell.text) && polarityOf(cell.text, d.matcher.neutral) === 'con');
      cells.forEach((cell, i) => {
        const column = columns[i];
        if ((i === 0 && !unlabelled) || !column) return;
        // A cell holding a list (or lines, or paragraphs): each item is a claim of its own.
        if (column.kind === 'technology') for (const piece of cell.parts ?? [cell]) tableCell(d, piece, { technology: column.slug, label, criterion, matrix }, criticised ? 'pros' : 'plain');
        if (column.kind === 'winner') {
          const parsed = parseWinnerCell(cell.text, d.compared.mentions(cell.text));
          if (parsed) draftVerdict(d, parsed, criterion, row.text, row.start, null, label);
        }
      });
    }
    return;
  }
  // A decision table: situation | recommended approach. Each row is a scenario with its pick.
  const decision = header.cells!.findIndex((c, i) => i > 0 && DECISION_COLUMN.test(c.text));
  if (decision > 0) {
    for (const row of data) {
      const cell = row.cells![decision];
      const situation = row.cells![0];
      const pick = cell ? d.compared.mentions(cell.text)[0] : null;
      if (!pick || !situation || d.compared.mentions(situation.text).length) continue;
      draftScenario(d, { technology: pick.slug, situation: situation.text, pickedIn: cell.text, quote: row.text, at: row.start, statement: recommendsFor(situation.text, cell.text) });
    }
    return;
  }
  // Transposed: one row per technology, one column per criterion.
  const rowTech = data.map((r) => d.compared.mentions(r.cells![0].text).filter((m) => m.index <= 2));
  if (rowTech.some((m) => m.length === 1)) {
    const matrix = isFeatureMatrix(data.flatMap((row, r) => (rowTech[r].length === 1 ? row.cells!.slice(1) : [])));
    data.forEach((row, r) => {
      if (rowTech[r].length !== 1) return;
      row.cells!.forEach((cell, i) => {
        const label = header.cells![i] ? cleanLabel(header.cells![i].text) : '';
        if (i === 0 || !label) return;
        for (const piece of cell.parts ?? [cell]) tableCell(d, piece, { technology: rowTech[r][0].slug, label, criterion: d.matcher.criterion(label), matrix });
      });
    });
  }
}

/** Where a value cell stands: its technology, its row's criterion (label and taxonomy slug), and whether its table is a feature matrix. */
export interface CellPlace {
  technology: string;
  label: string;
  criterion: string;
  matrix: boolean;
  /** What states the value, for the statement: "The table" unless said ("The article", for a line setting values side by side). */
  statedBy?: string;
}

/**
 * Whether a table's cells state each technology's value on each criterion (a feature matrix:
 * "Yes", "No", "5 GB", "JSON documents", "Lock-based"), not grades of quality: no cell carries a
 * grade beyond a mark of availability, and most are values, not sentences. A table that grades
 * ("Excellent", "Moderate", "4/5") says its judgement in those grades, its other rows ("Type",
 * "Package manager") describe; a table written in sentences describes.
 */
function isFeatureMatrix(cells: { text: string; parts?: { text: string }[] }[]): boolean {
  const filled = cells.filter((cell) => cell.text && !/^[—–-]+$/.test(cell.text));
  if (!filled.length) return false;
  const graded = filled.flatMap((cell) => cell.parts ?? [cell]).some((piece) => {
    const grade = gradeOf(piece.text);
    return grade && !isAvailabilityMark(grade);
  });
  return !graded && filled.filter((cell) => isValueCell((cell.parts?.[0] ?? cell).text)).length * 2 >= filled.length;
}

/**
 * A cell that states a value, not a sentence: up to its first bracket or dash ("At-Least-Once (the
 * default)", "7 days — renewable") a dozen words at most, with no sentence ending in them.
 */
export function isValueCell(text: string): boolean {
  const trimmed = text.trim();
  const lead = (/^(.+?)(?:\s+[—–-]\s+|\s*[(;])/u.exec(trimmed)?.[1] ?? trimmed).trim();
  return lead.split(/\s+/).length <= 12 && !/[.!?:]$/.test(lead) && !/[.!?]\s+\p{Lu}/u.test(lead);
}

/**
 * A graded cell is a rating (and its listed libraries facts); a cell of prose is read as prose
 * about its column's technology; a value cell of a feature matrix is a rating in its own words,
 * with no score when no grade word puts it on the scale (none is invented); any other cell a fact.
 */
export function tableCell(d: Drafting, cell: { text: string; start: number }, place: CellPlace, role: 'plain' | 'pros' = 'plain'): void {
  const { technology, label, criterion } = place;
  if (!cell.text || cell.text === '—' || cell.text === '-') return;
  if (PROSE_CELL.test(cell.text) && statesSomething(cell.text)) {
    paragraphClaims(d, { type: 'paragraph', text: cell.text, start: cell.start }, { role, technology, label, criterion });
    return;
  }
  const name = d.matcher.technologyName(technology);
  const grade = gradeOf(cell.text);
  // "High" complexity or cost is a poor grade; "Low" latency a good one.
  if (grade && NEGATIVE_CRITERION.test(label) && /^(?:very\s+)?(?:high|low)\b/i.test(grade.rating)) grade.score = Math.round((1.1 - grade.score) * 100) / 100;
  const value = cell.text.replace(/[.]+$/, '');
  if (grade || (place.matrix && isValueCell(cell.text))) {
    d.claims.add({
      kind: 'rating',
      technology,
      criterion,
      rating: grade?.rating ?? valueWords(cell.text),
      ...(grade ? { score: grade.score } : {}),
      quote: cell.text,
      at: cell.start,
      statement: grade ? `${place.statedBy ?? 'The table'} rates ${name} on ${lowerFirst(label)} as: ${value}.` : `${place.statedBy ?? 'The table'} gives ${name}'s ${lowerFirst(label)} as: ${value}.`,
      related: d.compared.relatedIn(cell.text, technology),
      keyHint: `${label} rating ${technology}`,
    });
    if (grade) listedInCell(d, cell, technology, label);
    return;
  }
  d.claims.add({
    kind: 'fact',
    technology,
    criterion,
    quote: cell.text,
    at: cell.start,
    statement: `The table describes ${name}'s ${lowerFirst(label)} as: ${value}.`,
    related: d.compared.relatedIn(cell.text, technology),
    keyHint: `${label} ${technology}`,
  });
}

/** "Excellent (PyTorch, TensorFlow, NumPy)", "Mature — Express, Fastify": each library a graded cell lists is a fact. */
function listedInCell(d: Drafting, cell: { text: string; start: number }, technology: string, label: string): void {
  const detail = /\s[—–-]\s+(.+)$/.exec(cell.text) ?? /\((.+)\)\s*$/.exec(cell.text);
  if (!detail) return;
  const from = detail.index + detail[0].indexOf(detail[1]);
  const name = d.matcher.technologyName(technology);
  for (const piece of listItems(detail[1], from).flatMap((p) => listItems(p.text, p.index, /\s+\+\s+/g))) {
    const named = d.matcher.findTechnologies(piece.text).filter((m) => m.slug !== technology);
    if (!named.length) continue;
    d.claims.add({
      kind: 'fact',
      technology,
      quote: piece.text,
      at: cell.start + piece.index,
      statement: `The table lists ${piece.text} for ${name} on ${lowerFirst(label)}.`,
      related: [...new Set(named.map((m) => m.slug))],
    });
  }
}

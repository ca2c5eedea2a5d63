import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromProjectRoot } from '../infra/project-paths.js';
import { DomainError } from '../common/errors/domain-error.js';
import { checkAnnotation, countKinds, type AnnotationFile, type AnnotationProblem, type Taxonomy } from '../modules/annotations/annotation-checker.js';
import { readTaxonomyFiles } from '../modules/taxonomy/taxonomy-files.js';

/** Reads seeds/ (or the directory given) and checks every annotation against its source and the taxonomy. */
export function checkSeeds(seedsDir: string): { problems: AnnotationProblem[]; counts: Record<string, number>; files: number } {
  const read = <T>(p: string): T => JSON.parse(readFileSync(path.join(seedsDir, p), 'utf8')) as T;
  const problems: AnnotationProblem[] = [];
  let taxonomy: Taxonomy;
  try {
    // The seed's own reader and rules: what `kb seed` would refuse in the taxonomy files is a problem here.
    const files = readTaxonomyFiles(path.join(seedsDir, 'taxonomy'));
    taxonomy = { technologies: files.technologies.technologies, criteria: files.criteria.criteria, useCases: files.useCases.useCases };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const errors = error.errors.length ? error.errors : [{ field: 'taxonomy', message: error.message }];
    return { problems: errors.map((e) => ({ file: 'taxonomy', key: e.field, rule: 'taxonomy', message: e.message })), counts: {}, files: 0 };
  }
  const annotations: AnnotationFile[] = [];
  const files = readdirSync(path.join(seedsDir, 'claims')).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) {
    const annotation = read<AnnotationFile>(`claims/${f}`);
    annotations.push(annotation);
    const body = readFileSync(path.join(seedsDir, 'sources', `${annotation.source.externalId}.txt`), 'utf8');
    problems.push(...checkAnnotation(`claims/${f}`, annotation, body, taxonomy));
  }
  return { problems, counts: countKinds(annotations), files: files.length };
}

/** `npm run check:annotations [-- <seeds dir>]`: exit 1 when any claim breaks a rule. */
function main(): void {
  const dir = fromProjectRoot(process.argv[2] ?? 'seeds');
  const { problems, counts, files } = checkSeeds(dir);
  for (const p of problems) console.error(`${p.file} ${p.key} [${p.rule}] ${p.message}`);
  console.log(`${files} annotation files; ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}; ${problems.length} problem(s)`);
  if (problems.length) process.exit(1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fromProjectRoot('dist/cli/check-annotations.js')) main();

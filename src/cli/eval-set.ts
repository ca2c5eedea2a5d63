import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromProjectRoot } from '../infra/project-paths.js';
import type { EvalCase } from '../modules/recommendations/recommendation-eval.js';

/** Every case of every JSON file in the set's directory (`{ "cases": [...] }`), in file order. */
export function loadCases(dir: string): EvalCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { cases: EvalCase[] }).cases);
}

export function sourceText(externalId: string): string | null {
  try {
    return readFileSync(fromProjectRoot(`seeds/sources/${externalId}.txt`), 'utf8');
  } catch {
    return null;
  }
}


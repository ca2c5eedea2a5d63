import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, from src/infra (ts-jest) or dist/infra (built) alike. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'prisma', 'migrations');

export function fromProjectRoot(p: string): string {
  return path.isAbsolute(p) ? p : path.join(PROJECT_ROOT, p);
}

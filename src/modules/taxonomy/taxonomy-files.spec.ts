import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomainError } from '../../common/errors/domain-error.js';
import { readTaxonomyFiles } from './taxonomy-files.js';

const technologies = [
  { slug: 'caddy', name: 'Caddy', kind: 'tool', aliases: ['Caddy server'] },
  { slug: 'nginx', name: 'Nginx', kind: 'tool', aliases: [] },
];
const criteria = [{ slug: 'memory', name: 'Memory use', category: 'performance', aliases: [], neutralPhrases: ['no garbage collector'] }];
const useCases = [{ slug: 'reverse-proxy', name: 'Reverse proxy', aliases: [] }];

function taxonomyDirectory(techs: object[] = technologies): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'taxonomy-files-'));
  writeFileSync(path.join(dir, 'technologies.json'), JSON.stringify({ technologies: techs }));
  writeFileSync(path.join(dir, 'criteria.json'), JSON.stringify({ criteria }));
  writeFileSync(path.join(dir, 'use-cases.json'), JSON.stringify({ useCases }));
  return dir;
}

describe('readTaxonomyFiles, the one reader of seeds/taxonomy', () => {
  const dirs: string[] = [];
  const made = (techs?: object[]) => {
    const dir = taxonomyDirectory(techs);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('reads valid files with their defaults', () => {
    const files = readTaxonomyFiles(made());
    expect(files.technologies.technologies.map((t) => t.slug)).toEqual(['caddy', 'nginx']);
    expect(files.technologies.technologies[1].commonWordNames).toEqual([]);
    expect(files.criteria.criteria[0].neutralPhrases).toEqual(['no garbage collector']);
  });

  it('refuses one name for two entries, naming the file and entry', () => {
    const clash = [...technologies, { slug: 'angie', name: 'Angie', kind: 'tool', aliases: ['nginx'] }];
    expect(() => readTaxonomyFiles(made(clash))).toThrow(/technologies\.json\[2\]: 'nginx' names both 'nginx' and 'angie'/);
  });

  it('refuses an entry its input class refuses (an unknown kind)', () => {
    expect(() => readTaxonomyFiles(made([{ slug: 'caddy', name: 'Caddy', kind: 'gadget', aliases: [] }]))).toThrow(DomainError);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomainError } from '../../common/errors/domain-error.js';
import { readKnownTaxonomy } from './known-taxonomy-files.js';

function taxonomyDirectory(technologies: object[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'known-taxonomy-'));
  writeFileSync(path.join(dir, 'technologies.json'), JSON.stringify({ technologies }));
  writeFileSync(path.join(dir, 'criteria.json'), JSON.stringify({ criteria: [{ slug: 'memory', name: 'Memory use', category: 'performance', aliases: [], neutralPhrases: ['no garbage collector'] }] }));
  writeFileSync(path.join(dir, 'use-cases.json'), JSON.stringify({ useCases: [] }));
  return dir;
}

describe('readKnownTaxonomy', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const made = (technologies: object[]) => {
    const dir = taxonomyDirectory(technologies);
    dirs.push(dir);
    return dir;
  };

  it('knows what the seed would load: the same entries and neutral phrases', () => {
    const known = readKnownTaxonomy(made([{ slug: 'caddy', name: 'Caddy', kind: 'tool', aliases: ['Caddy server'] }]));
    expect(known.technologies).toEqual([{ slug: 'caddy', name: 'Caddy', aliases: ['Caddy server'] }]);
    expect(known.neutralPhrases).toEqual(['no garbage collector']);
  });

  it('refuses files the seed would refuse, instead of drafting from them', () => {
    expect(() => readKnownTaxonomy(made([{ slug: 'caddy', name: 'Caddy', kind: 'gadget', aliases: [] }]))).toThrow(DomainError);
  });
});

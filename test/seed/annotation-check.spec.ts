import { checkSeeds } from '../../src/cli/check-annotations.js';
import { fromProjectRoot } from '../../src/infra/project-paths.js';

describe('annotation checker over every seed claim', () => {
  it('finds no problem in seeds/', () => {
    const { problems, counts, files } = checkSeeds(fromProjectRoot('seeds'));
    expect(problems).toEqual([]);
    expect(files).toBeGreaterThanOrEqual(5);
    expect(counts.verdict).toBeGreaterThan(0);
  });
});

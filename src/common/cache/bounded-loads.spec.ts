import { BoundedLoads } from './bounded-loads.js';

/** A loader that records what it was asked and answers every key but 'absent' with its length, after `release`. */
function loader() {
  const asked: string[][] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const load = async (keys: string[]) => {
    asked.push(keys);
    await released;
    return new Map(keys.filter((k) => k !== 'absent').map((k) => [k, k.length]));
  };
  return { asked, release, load };
}

describe('BoundedLoads', () => {
  it('loads a key once for concurrent callers, then answers from what it kept', async () => {
    const l = loader();
    const cache = new BoundedLoads<string, number>(100, () => 1, l.load);
    const first = cache.getMany(['alpha', 'be']);
    const second = cache.getMany(['be', 'gamma']);
    l.release();
    expect(await first).toEqual(new Map([['alpha', 5], ['be', 2]]));
    expect(await second).toEqual(new Map([['be', 2], ['gamma', 5]]));
    expect(await cache.getMany(['gamma', 'alpha'])).toEqual(new Map([['gamma', 5], ['alpha', 5]]));
    expect(l.asked).toEqual([['alpha', 'be'], ['gamma']]);
  });

  it('drops the least recently used when the weights pass the bound, and keeps no key the loader did not find', async () => {
    const l = loader();
    l.release();
    const cache = new BoundedLoads<string, number>(10, (v) => v, l.load);
    await cache.getMany(['aaaa', 'bbbb', 'absent']);
    await cache.getMany(['aaaa']);
    await cache.getMany(['cccc']);
    expect(cache.weight).toBeLessThanOrEqual(10);
    expect(cache.size).toBe(2);
    await cache.getMany(['aaaa', 'cccc', 'absent']);
    expect(l.asked).toEqual([['aaaa', 'bbbb', 'absent'], ['cccc'], ['absent']]);
  });

  it('keeps nothing of a failed load: the next call loads again', async () => {
    let calls = 0;
    const cache = new BoundedLoads<string, number>(10, () => 1, async (keys) => {
      calls++;
      if (calls === 1) throw new Error('database away');
      return new Map(keys.map((k) => [k, 1]));
    });
    await expect(cache.getMany(['a'])).rejects.toThrow('database away');
    expect(await cache.getMany(['a'])).toEqual(new Map([['a', 1]]));
    expect(calls).toBe(2);
  });
});

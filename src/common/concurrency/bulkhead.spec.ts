import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { Bulkhead } from './bulkhead.js';

/** A promise and the function that settles it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('Bulkhead', () => {
  it('runs at most atOnce at a time, queues up to `queued`, and refuses the rest at once', async () => {
    const bulkhead = new Bulkhead('answers', 1, 1);
    const first = gate();
    const order: string[] = [];
    const a = bulkhead.run(async () => {
      order.push('a starts');
      await first.opened;
      order.push('a ends');
      return 'a';
    });
    const b = bulkhead.run(async () => {
      order.push('b starts');
      return 'b';
    });
    await Promise.resolve();
    expect(bulkhead.load).toEqual({ running: 1, waiting: 1 });
    const refused = await bulkhead.run(async () => 'c').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect((refused as DomainError).message).toMatch(/answers.*1 running, 1 waiting/);
    first.open();
    await expect(Promise.all([a, b])).resolves.toEqual(['a', 'b']);
    expect(order).toEqual(['a starts', 'a ends', 'b starts']);
    expect(bulkhead.load).toEqual({ running: 0, waiting: 0 });
  });

  it('frees the slot of a run that fails', async () => {
    const bulkhead = new Bulkhead('answers', 1, 0);
    await expect(bulkhead.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(bulkhead.run(async () => 'next')).resolves.toBe('next');
  });
});

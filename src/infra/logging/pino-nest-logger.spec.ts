import { pino } from 'pino';
import { PinoNestLogger } from './pino-nest-logger.js';

describe('PinoNestLogger', () => {
  const lines: Record<string, any>[] = [];
  const logger = new PinoNestLogger(pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) }));
  beforeEach(() => (lines.length = 0));

  it('maps Nest levels to pino levels and takes the trailing context', () => {
    logger.log('started', 'NestApplication');
    logger.warn('slow', 'Database');
    logger.debug('detail', 'Cache');
    logger.verbose('noise', 'Cache'); // trace: below the level, dropped
    expect(lines.map((l) => [l.level, l.msg, l.context])).toEqual([
      [30, 'started', 'NestApplication'],
      [40, 'slow', 'Database'],
      [20, 'detail', 'Cache'],
    ]);
  });

  it("keeps an error's stack and context apart", () => {
    const stack = 'Error: boom\n    at somewhere (file.ts:1:1)';
    logger.error('boom', stack, 'Errors');
    logger.error('no stack', undefined, 'Errors');
    logger.error('stack only', stack);
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, msg: 'boom', stack, context: 'Errors' }),
      expect.objectContaining({ level: 50, msg: 'no stack', context: 'Errors' }),
      expect.objectContaining({ level: 50, msg: 'stack only', stack }),
    ]);
    expect(lines[1]).not.toHaveProperty('stack');
    expect(lines[2]).not.toHaveProperty('context');
  });

  it('logs Error objects with their serialized error and objects as fields', () => {
    logger.error(new Error('kaput'), 'Errors');
    logger.log({ seeded: 5 }, 'SeedService');
    logger.log('with extras', { a: 1 }, 'Ctx');
    expect(lines[0]).toMatchObject({ msg: 'kaput', context: 'Errors', err: { type: 'Error', message: 'kaput' } });
    expect(lines[1]).toMatchObject({ seeded: 5, context: 'SeedService' });
    expect(lines[2]).toMatchObject({ msg: 'with extras', params: [{ a: 1 }], context: 'Ctx' });
  });
});

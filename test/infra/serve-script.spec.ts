import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * scripts/serve.sh is how `npm start`, `start:prod` and the Dockerfile start the server: memory
 * settings from the environment with today's defaults, given on node's command line (nothing changes
 * V8 flags after start), and `exec`, so the server is the process that was started.
 */
describe('scripts/serve.sh', () => {
  const started: ChildProcess[] = [];
  afterAll(() => started.forEach((child) => child.kill('SIGKILL')));

  /** Starts the script and reads the node process it became (same pid): its arguments and environment. */
  async function launch(env: Record<string, string>): Promise<{ args: string[]; env: Record<string, string> }> {
    const child = spawn('sh', ['scripts/serve.sh'], { env: { PATH: process.env.PATH!, LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: process.env.DATABASE_URL!, ...env }, stdio: 'ignore' });
    started.push(child);
    for (let i = 0; i < 200; i++) {
      const args = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
      if (args.at(-1)?.endsWith('dist/bundle/main.js')) {
        const environ = readFileSync(`/proc/${child.pid}/environ`, 'utf8').split('\0').filter(Boolean);
        child.kill('SIGKILL');
        return { args, env: Object.fromEntries(environ.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])) };
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('serve.sh did not become node');
  }

  it('runs node with the default memory settings and glibc settings', async () => {
    const { args, env } = await launch({});
    expect(args).toEqual(expect.arrayContaining(['--max-old-space-size=128', '--max-semi-space-size=8', '--liftoff-only']));
    expect(env).toMatchObject({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '1048576' });
  });

  it('takes the heap from KB_HEAP_MB, and leaves it to NODE_OPTIONS when that sets it', async () => {
    expect((await launch({ KB_HEAP_MB: '300', KB_SEMI_SPACE_MB: '16' })).args).toEqual(expect.arrayContaining(['--max-old-space-size=300', '--max-semi-space-size=16']));
    const fromNodeOptions = await launch({ NODE_OPTIONS: '--max-old-space-size=256' });
    expect(fromNodeOptions.args.filter((a) => a.startsWith('--max-old-space-size'))).toEqual([]);
    expect(fromNodeOptions.env.NODE_OPTIONS).toBe('--max-old-space-size=256');
    expect((await launch({ MALLOC_ARENA_MAX: '4' })).env.MALLOC_ARENA_MAX).toBe('4');
  });

  it('refuses a heap size that is not a whole number', async () => {
    const child = spawn('sh', ['scripts/serve.sh'], { env: { PATH: process.env.PATH!, KB_HEAP_MB: '128m' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // 'close', not 'exit': the exit can come before the last of stderr has been read (seen under load)
    const code = await new Promise((resolve) => child.once('close', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/KB_HEAP_MB .* whole numbers/);
  });
});

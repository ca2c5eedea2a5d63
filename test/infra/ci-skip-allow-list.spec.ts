import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * .ci/summarize.mjs, the last step of .ci/run: a skipped test fails CI unless
 * .ci/allowed-skips.json names it (file, or file and full name) for that phase, with a reason.
 * Run as CI runs it, on jest --json fixtures (test/fixtures/ci-summary, paths under /repo).
 */
const run = promisify(execFile);
const FIXTURES = 'test/fixtures/ci-summary';

async function summarize(...phases: string[]): Promise<{ code: number; lines: string[] }> {
  const args = ['.ci/summarize.mjs', '--allowed', `${FIXTURES}/allowed-skips.json`, '--root', '/repo', ...phases.map((p) => p.replace(/=(.*)$/, `=${FIXTURES}/$1`))];
  const { stdout, code } = await run(process.execPath, args).then(
    (r) => ({ stdout: r.stdout, code: 0 }),
    (e: { stdout: string; code: number }) => ({ stdout: e.stdout, code: e.code }),
  );
  return { code, lines: stdout.trim().split('\n') };
}

describe('CI summary: skipped tests need an allow-list entry', () => {
  it('passes a skip the allow-list names for that phase, and lists it with its reason', async () => {
    const { code, lines } = await summarize('postgresql=no-skips.json', 'embedded=browser-skipped.json');
    expect(lines.at(-1)).toBe('6 passed, 0 failed, 2 skipped');
    expect(lines.filter((l) => l.includes('embeds-and-explorer'))).toEqual([
      expect.stringMatching(/\[embedded\].*the widget renders \(pending\) — allowed: browser tests run in the postgresql phase/),
      expect.stringMatching(/\[embedded\].*the explorer renders \(pending\) — allowed/),
    ]);
    expect(code).toBe(0);
  });

  it('fails the same skip in a phase the entry does not name (no Chromium in the PostgreSQL phase)', async () => {
    const { code, lines } = await summarize('postgresql=browser-skipped.json', 'embedded=no-skips.json');
    expect(lines.at(-1)).toBe('6 passed, 2 failed, 2 skipped');
    expect(lines.filter((l) => l.includes('NOT ALLOWED'))).toHaveLength(2);
    expect(code).toBe(1);
  });

  it('fails an unknown skip and an unknown todo', async () => {
    const { code, lines } = await summarize('postgresql=unknown-skips.json');
    expect(lines.at(-1)).toBe('4 passed, 2 failed, 2 skipped');
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/other is flaky.*\(pending\) — NOT ALLOWED/), expect.stringMatching(/other will do more \(todo\) — NOT ALLOWED/)]));
    expect(code).toBe(1);
  });

  it('allows only the named test when an entry gives a full name', async () => {
    const { code, lines } = await summarize('postgresql=named-skip.json');
    expect(lines.at(-1)).toBe('4 passed, 1 failed, 2 skipped');
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/drift on the old server \(pending\) — allowed/), expect.stringMatching(/drift on the new server \(pending\) — NOT ALLOWED/)]));
    expect(code).toBe(1);
  });

  it('fails a phase whose results are missing', async () => {
    const { code, lines } = await summarize('postgresql=no-skips.json', 'embedded=missing.json');
    expect(lines.at(-1)).toBe('3 passed, 1 failed, 0 skipped');
    expect(code).toBe(1);
  });

  it('keeps the repository allow-list valid: existing files, known phases, a reason each', () => {
    const { skips } = JSON.parse(readFileSync('.ci/allowed-skips.json', 'utf8')) as { skips: { file: string; phases: string[]; reason: string }[] };
    expect(skips.length).toBeGreaterThan(0);
    for (const entry of skips) {
      expect({ file: entry.file, exists: existsSync(path.join(process.cwd(), entry.file)) }).toEqual({ file: entry.file, exists: true });
      expect(entry.phases.every((p) => p === 'postgresql' || p === 'embedded')).toBe(true);
      expect(entry.reason.length).toBeGreaterThan(20);
    }
    // The browser tests are skipped on purpose only in the embedded phase.
    expect(skips.find((e) => e.file === 'test/browser/embeds-and-explorer.spec.ts')?.phases).toEqual(['embedded']);
  });
});

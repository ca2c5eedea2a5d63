import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataDirInUseError, DataDirLock } from './data-dir-lock.js';

describe('DataDirLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'versus-kb-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second holder even with the same process id (two containers that are both PID 1)', async () => {
    const first = await DataDirLock.acquire(dir);
    first.announce('127.0.0.1:5433');
    const second = await DataDirLock.acquire(dir).catch((error: unknown) => error);
    expect(second).toBeInstanceOf(DataDirInUseError);
    expect((second as DataDirInUseError).serverAddress).toBe('127.0.0.1:5433');
    await first.release();
    const third = await DataDirLock.acquire(dir);
    await third.release();
  });

  it('takes over a lock nobody has refreshed for longer than it stays valid (its owner was killed)', async () => {
    const lockDir = path.join(dir, 'versus-kb.lockdir');
    mkdirSync(lockDir);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockDir, minuteAgo, minuteAgo);
    const lock = await DataDirLock.acquire(dir);
    expect(readFileSync(path.join(dir, 'versus-kb.owner'), 'utf8').trim()).toBe(String(process.pid));
    await lock.release();
  });
});

import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';

/** The data directory is held by another live process; `serverAddress` is where it serves it, once announced. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: number | null,
    readonly serverAddress: string | null,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${owner ? `process ${owner}` : 'another process'}. ` +
        'Stop it, or set KB_DATA_DIR to another directory (or DATABASE_URL to a PostgreSQL server).',
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * The owner refreshes the lock's mtime every REFRESH_MS. A lock nobody refreshed for STALE_MS is
 * stale: its owner is gone (kill -9) and the lock is taken over. STALE_MS is three refreshes, so a
 * busy event loop (PGlite runs initdb and queries on the main thread, seconds at a time) never lets
 * it go stale under a live owner.
 */
const REFRESH_MS = 5_000;
const STALE_MS = 15_000;
/** A lock refreshed this recently has a live owner: refuse at once (a CLI then joins that owner). */
const LIVE_MS = 2 * REFRESH_MS;

/**
 * PGlite takes no lock on its data directory, and a second process writing to the same directory
 * loses rows. proper-lockfile takes the lock with an atomic mkdir and keeps it fresh by its mtime,
 * so liveness does not depend on process ids (two containers that are both PID 1 on one volume
 * exclude each other) and a stale lock is taken over by the library, not by read-then-remove code
 * of ours. Beside the lock, `versus-kb.owner` says who holds it and, once it serves the database,
 * the loopback host:port of its socket server (so a CLI can join it as a client).
 */
export class DataDirLock {
  private constructor(
    private readonly ownerFile: string,
    private readonly unlock: () => Promise<void>,
  ) {}

  /**
   * Takes the lock, or throws DataDirInUseError when a live process holds it. A lock that is no
   * longer refreshed (its owner was killed) is waited out until stale, then taken over.
   */
  static async acquire(dataDir: string): Promise<DataDirLock> {
    mkdirSync(dataDir, { recursive: true });
    // The lock is a directory (made atomically by mkdir); versions before it left a plain file
    // named versus-kb.lock, hence another name.
    const lockDir = path.join(dataDir, 'versus-kb.lockdir');
    const ownerFile = path.join(dataDir, 'versus-kb.owner');
    const options = {
      realpath: false,
      lockfilePath: lockDir,
      stale: STALE_MS,
      update: REFRESH_MS,
      // Only reachable if another process took the lock from under us (the clock jumped, or the
      // directory was tampered with): say so loudly rather than end the process mid-request.
      onCompromised: (error: Error) => console.error(`The lock on ${dataDir} was compromised: ${error.message}`),
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const unlock = await lockfile.lock(dataDir, options);
        writeFileSync(ownerFile, `${process.pid}\n`);
        return new DataDirLock(ownerFile, unlock);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
        const age = lockAge(lockDir);
        if (attempt > 0 || age === null || age < LIVE_MS) {
          const { pid, address } = readOwner(ownerFile);
          throw new DataDirInUseError(dataDir, pid, address);
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, STALE_MS - age) + 250));
      }
    }
  }

  /** Records where this process serves the database (host:port on loopback). */
  announce(serverAddress: string): void {
    writeFileSync(this.ownerFile, `${process.pid}\n${serverAddress}\n`);
  }

  async release(): Promise<void> {
    rmSync(this.ownerFile, { force: true });
    // Already released (or compromised): nothing of ours is left to remove.
    await this.unlock().catch(() => undefined);
  }
}

/** Milliseconds since the lock was last refreshed; null when it is gone. */
function lockAge(lockDir: string): number | null {
  try {
    return Date.now() - statSync(lockDir).mtimeMs;
  } catch {
    return null;
  }
}

function readOwner(file: string): { pid: number | null; address: string | null } {
  try {
    const [pidLine, address] = readFileSync(file, 'utf8').split('\n');
    const pid = Number(pidLine.trim());
    return { pid: Number.isInteger(pid) && pid > 0 ? pid : null, address: address?.trim() || null };
  } catch {
    return { pid: null, address: null };
  }
}

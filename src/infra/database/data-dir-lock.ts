import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

/** The data directory is held by another live process; `serverAddress` is where it serves it, once announced. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: number,
    readonly serverAddress: string | null,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${owner}. ` +
        'Stop it, or set KB_DATA_DIR to another directory (or DATABASE_URL to a PostgreSQL server).',
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * PGlite takes no lock on its data directory, and a second process writing to the same
 * directory loses rows. One lock file with the owner's pid and, once it serves the database,
 * the loopback host:port of its socket server (so a CLI can join it as a client); a lock left
 * by a dead process (kill -9) is taken over.
 */
export class DataDirLock {
  private constructor(private readonly file: string) {}

  static acquire(dataDir: string): DataDirLock {
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'versus-kb.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        return new DataDirLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const [pidLine, address] = readFileSync(file, 'utf8').split('\n');
        const owner = Number(pidLine.trim());
        if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
          throw new DataDirInUseError(dataDir, owner, address?.trim() || null);
        }
        rmSync(file, { force: true });
      }
    }
    throw new Error(`Could not lock ${file}`);
  }

  /** Records where this process serves the database (host:port on loopback). */
  announce(serverAddress: string): void {
    writeFileSync(this.file, `${process.pid}\n${serverAddress}\n`);
  }

  release(): void {
    rmSync(this.file, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

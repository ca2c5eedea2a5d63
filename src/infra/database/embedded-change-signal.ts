import { unwatchFile, watchFile, writeFileSync } from 'node:fs';
import path from 'node:path';

/** How often the owner of the embedded database looks for a joined CLI's writes. */
const POLL_MS = 250;

/**
 * "The data changed" between the processes sharing one embedded database (the server that owns
 * it and CLIs that joined it). PostgreSQL's NOTIFY cannot carry it: PGlite's socket server
 * streams the protocol raw, so the owner's in-process listeners never see a client's NOTIFY.
 * A file in the data directory does: a joined CLI rewrites it after each write; the owner polls
 * its mtime and drops its derived caches.
 */
export class EmbeddedChangeSignal {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'versus-kb.changed');
  }

  notify(): void {
    writeFileSync(this.file, `${process.pid} ${Date.now()}\n`);
  }

  /** Calls `onChange` after each notify of another process; returns the stop function. */
  watch(onChange: () => void): () => void {
    watchFile(this.file, { interval: POLL_MS, persistent: false }, (current, previous) => {
      if (current.mtimeMs !== previous.mtimeMs) onChange();
    });
    return () => unwatchFile(this.file);
  }
}

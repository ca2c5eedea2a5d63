import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** The parts of pglite-socket's (0.2.17) internal query queue this module replaces. */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(message: Uint8Array, options: { onRawData(data: Uint8Array): void }): Promise<unknown> };
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/**
 * Frontend messages of the extended query protocol that leave a statement or portal half done:
 * Parse, Bind, Describe, Execute, Close, Flush. Sync ('S') completes the sequence.
 */
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));

/**
 * Makes each client's extended-query sequence (Parse … Sync) atomic on the shared PGlite session.
 *
 * Why: every connection of the socket server shares PGlite's one backend session, and its queue
 * runs the clients' protocol messages one at a time in arrival order. It keeps a client's
 * transaction together, but not a client's Parse, Bind and Execute: with two clients at once,
 * client A's Bind could bind the unnamed statement client B had just parsed, and A got B's rows
 * (seen as a 500 and a wrong 404 under two concurrent editors, test/api/concurrent-writers.spec.ts).
 * Here the queue, after a message of such a sequence, takes the same client's next message first,
 * as it already does inside a transaction. The rest is the library's loop as it is.
 */
export function keepExtendedQueriesWhole(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || typeof queue.processQueue !== 'function' || !Array.isArray(queue.queue)) {
    throw new Error('pglite-socket changed: its query queue is not the one keepExtendedQueriesWhole knows (see pglite-socket-queue.ts)');
  }
  let pinned: number | null = null;
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    if (pinned === handlerId) pinned = null;
    clear(handlerId);
  };
  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = this.db.isInTransaction() && this.lastHandlerId ? this.lastHandlerId : pinned;
        const at = owner === null ? 0 : this.queue.findIndex((m) => m.handlerId === owner);
        // the owner's next message has not arrived yet: wait for it (enqueue calls this again)
        if (at === -1) break;
        const [item] = this.queue.splice(at, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() => this.db.execProtocolRawStream(item.message, { onRawData: (data) => ((bytes += data.length), item.onData(data)) }));
        } catch (error) {
          pinned = null;
          item.reject(error);
          continue;
        }
        pinned = EXTENDED.has(item.message[0]) ? item.handlerId : null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(queue);
}

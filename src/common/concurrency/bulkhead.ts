import pLimit, { type LimitFunction } from 'p-limit';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

/**
 * At most `atOnce` runs of a costly operation at a time, at most `queued` more waiting their
 * turn; past that a call fails at once with SERVICE_UNAVAILABLE (503 with Retry-After on REST,
 * the same code on GraphQL), so a burst is answered instead of taking the process past its heap.
 * A waiting call holds only its input.
 */
export class Bulkhead {
  private readonly limit: LimitFunction;

  constructor(
    private readonly what: string,
    private readonly atOnce: number,
    private readonly queued: number,
  ) {
    this.limit = pLimit(atOnce);
  }

  run<T>(operation: () => Promise<T>): Promise<T> {
    // Counted together: p-limit holds a new call as pending for a tick even when a slot is free.
    if (this.limit.activeCount + this.limit.pendingCount >= this.atOnce + this.queued) {
      return Promise.reject(new DomainError(ErrorCode.SERVICE_UNAVAILABLE, `Too many ${this.what} in progress (${this.limit.activeCount} running, ${this.limit.pendingCount} waiting); retry shortly`));
    }
    return this.limit(operation);
  }

  /** Runs in progress and waiting (for tests and metrics). */
  get load(): { running: number; waiting: number } {
    return { running: this.limit.activeCount, waiting: this.limit.pendingCount };
  }
}

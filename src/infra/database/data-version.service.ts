import { Injectable } from '@nestjs/common';

/**
 * A counter bumped by every committed write. Caches of derived answers (comparison tables,
 * exports, the taxonomy index) key on it, so a write invalidates them all at once. Writes of
 * other replicas arrive through DataChangeFeed (PostgreSQL LISTEN/NOTIFY) as `bumpFromPeer`.
 * It lives beside the feed, in infra/database, so infra imports nothing of common (the response
 * cache in common/cache reads it from here).
 */
@Injectable()
export class DataVersionService {
  private version = 0;
  private readonly listeners: (() => void)[] = [];

  get current(): number {
    return this.version;
  }

  /** A write committed here: invalidate, and tell the other replicas. */
  bump(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  /** A write committed by another replica: invalidate only. */
  bumpFromPeer(): void {
    this.version++;
  }

  onLocalBump(listener: () => void): void {
    this.listeners.push(listener);
  }
}

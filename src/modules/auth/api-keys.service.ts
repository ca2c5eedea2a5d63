import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ApiKeyRole, Principal } from './api-key.types.js';
import { ApiKeysRepository } from './api-keys.repository.js';

const KEY_PATTERN = /^vkb_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest();
/** Compared against when no key has the prefix, so a miss costs the same as a mismatch. */
const DUMMY_HASH = sha256('versus-kb: no such key');

/**
 * API keys: `vkb_<prefix>_<secret>`. Only the prefix (to find the row) and the sha256 of the
 * secret are stored; the key is shown once at creation. Verification compares hashes in
 * constant time.
 */
@Injectable()
export class ApiKeysService {
  constructor(private readonly repository: ApiKeysRepository) {}

  async create(role: ApiKeyRole, name: string): Promise<{ key: string; prefix: string; role: ApiKeyRole }> {
    const prefix = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    await this.repository.create({ name, prefix, role, keyHash: sha256(secret).toString('hex') });
    return { key: `vkb_${prefix}_${secret}`, prefix, role };
  }

  /** The principal a presented key belongs to, or null for a malformed, unknown or revoked key. */
  async verify(presented: string): Promise<Principal | null> {
    const match = KEY_PATTERN.exec(presented.trim());
    if (!match) return null;
    const stored = await this.repository.findByPrefix(match[1]);
    const expected = stored ? Buffer.from(stored.keyHash, 'hex') : DUMMY_HASH;
    const same = timingSafeEqual(expected, sha256(match[2]));
    return stored && same && !stored.revoked ? { keyId: stored.id, name: stored.name, role: stored.role } : null;
  }

  revoke(prefix: string): Promise<boolean> {
    return this.repository.revoke(prefix);
  }

  list() {
    return this.repository.list();
  }
}

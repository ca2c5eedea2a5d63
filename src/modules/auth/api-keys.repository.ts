import { Injectable } from '@nestjs/common';
import type { ApiKeyRole as DbRole } from '../../generated/prisma/client.js';
import { PrismaService } from '../../infra/database/prisma.service.js';
import type { ApiKeyRole, StoredApiKey } from './api-key.types.js';

@Injectable()
export class ApiKeysRepository {
  constructor(private readonly prisma: PrismaService) {}

  async create(data: { name: string; prefix: string; keyHash: string; role: ApiKeyRole }): Promise<number> {
    const row = await this.prisma.apiKey.create({ data: { ...data, role: data.role.toUpperCase() as DbRole }, select: { id: true } });
    return row.id;
  }

  async findByPrefix(prefix: string): Promise<StoredApiKey | null> {
    const row = await this.prisma.apiKey.findUnique({ where: { prefix } });
    return row ? { id: row.id, name: row.name, keyHash: row.keyHash, role: row.role.toLowerCase() as ApiKeyRole, revoked: row.revokedAt !== null } : null;
  }

  async revoke(prefix: string): Promise<boolean> {
    const { count } = await this.prisma.apiKey.updateMany({ where: { prefix, revokedAt: null }, data: { revokedAt: new Date() } });
    return count > 0;
  }

  async list(): Promise<{ prefix: string; name: string; role: ApiKeyRole; createdAt: Date; revokedAt: Date | null }[]> {
    const rows = await this.prisma.apiKey.findMany({ orderBy: { id: 'asc' }, select: { prefix: true, name: true, role: true, createdAt: true, revokedAt: true } });
    return rows.map((r) => ({ ...r, role: r.role.toLowerCase() as ApiKeyRole }));
  }
}

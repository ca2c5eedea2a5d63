import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/database/prisma.service.js';

@Injectable()
export class SeedRepository {
  constructor(private readonly prisma: PrismaService) {}

  async hasSources(): Promise<boolean> {
    return (await this.prisma.source.findFirst({ select: { id: true } })) !== null;
  }
}

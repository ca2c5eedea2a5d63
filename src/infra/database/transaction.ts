import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from './prisma.service.js';

/** An open transaction, opaque outside repositories (Prisma's types stop there). */
export type Tx = { readonly __transaction: unique symbol };

/** Services own transactions: `transactions.run(async (tx) => repo.save(tx, ...))`. */
@Injectable()
export class TransactionRunner {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction((client) => work(client as unknown as Tx), { maxWait: 10_000, timeout: 120_000 });
  }
}

/** For repositories: the transaction's client, or the shared one outside a transaction. */
export function clientOf(prisma: PrismaService, tx?: Tx): Prisma.TransactionClient {
  return (tx as unknown as Prisma.TransactionClient | undefined) ?? prisma;
}

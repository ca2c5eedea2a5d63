import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DomainError } from '../common/errors/domain-error.js';
import { SeedService } from '../modules/seed/seed.service.js';
import { CliModule } from './cli.module.js';

/** `npm run seed`: loads seeds/ (idempotent) and prints what changed. */
async function main(): Promise<void> {
  process.env.KB_SEED_ON_START = 'false';
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    const results = await app.get(SeedService).loadAll();
    for (const r of results) {
      console.log(`${r.status.padEnd(9)} ${r.slug}  ${r.claims.total} claims (+${r.claims.created} ~${r.claims.updated} -${r.claims.deleted})`);
    }
    console.log(`${results.length} sources, ${results.reduce((n, r) => n + r.claims.total, 0)} claims`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DomainError) {
    console.error(`seed failed: ${error.message}`);
    for (const e of error.errors) console.error(`  - ${e.field}: ${e.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});

import 'reflect-metadata';
import './cli-env.js';
import { DomainError } from '../common/errors/domain-error.js';
import { SeedService } from '../modules/seed/seed.service.js';
import { withApp } from './cli-app.js';

/** `npm run seed`: loads seeds/ (idempotent) and prints what changed. */
async function main(): Promise<void> {
  process.env.KB_SEED_ON_START = 'false';
  await withApp(async (app) => {
    const results = await app.get(SeedService).loadAll();
    for (const r of results) {
      console.log(`${r.status.padEnd(9)} ${r.slug}  ${r.claims.total} claims (+${r.claims.created} ~${r.claims.updated} -${r.claims.deleted})`);
    }
    console.log(`${results.length} sources, ${results.reduce((n, r) => n + r.claims.total, 0)} claims`);
    return 0;
  });
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

import 'reflect-metadata';
import './cli-env.js';
import { DomainError } from '../common/errors/domain-error.js';
import { SeedService, seedReportLines } from '../modules/seed/seed.service.js';
import { withApp } from './cli-app.js';

/** `npm run seed`: loads seeds/ (idempotent) and prints what changed, and what it left because an editor changed it. */
async function main(): Promise<void> {
  process.env.KB_SEED_ON_START = 'false';
  await withApp(async (app) => {
    for (const line of seedReportLines(await app.get(SeedService).loadAll())) console.log(line);
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

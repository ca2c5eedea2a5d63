import { dropScratchDatabase } from '../../scripts/scratch-database.mjs';

export default async function globalTeardown() {
  const embedded = globalThis.__embedded;
  if (embedded) await embedded.stop();
  const server = process.env.KB_TEST_SERVER_URL;
  const name = process.env.KB_TEST_DATABASE;
  if (server && name) await dropScratchDatabase(server, name);
}

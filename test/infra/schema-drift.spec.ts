import { readFileSync } from 'node:fs';
// @ts-expect-error plain ESM script without types
import { diffMigrationsToSchema } from '../../scripts/migrations-diff.mjs';

// The WASM schema engine needs a server that can CREATE DATABASE (a shadow database),
// which PGlite cannot: the drift check runs in the PostgreSQL pass of the suite.
const server = process.env.KB_TEST_SERVER_URL;
const describeOnServer = server ? describe : describe.skip;

describeOnServer('prisma/migrations against schema.prisma', () => {
  it('are in sync: applying every migration yields the schema', async () => {
    expect(await diffMigrationsToSchema(server)).toBe('');
  });

  it('a model change the migrations lack is detected', async () => {
    const schema = readFileSync('prisma/schema.prisma', 'utf8').replace('model Claim {', 'model Claim {\n  driftProbe String?');
    expect(await diffMigrationsToSchema(server, schema)).toMatch(/ADD COLUMN\s+"driftProbe"/);
  });
});

// Writes the GraphQL schema the app builds (SDL, as printSchema prints it) to a file (default:
// stdout), to diff it across a change that should not alter the schema. Boots the compiled app
// like openapi-export.mjs (DATABASE_URL, or the embedded database when unset).
import { writeFileSync } from 'node:fs';
process.env.LOG_LEVEL ??= 'silent';
process.env.KB_SEED_ON_START ??= 'false';
const { createApp } = await import('../dist/app.factory.js');
const { GraphQLSchemaHost } = await import('@nestjs/graphql');
const { printSchema } = await import('graphql');
const app = await createApp({ logger: false, docsUi: false });
await app.init();
const sdl = `${printSchema(app.get(GraphQLSchemaHost).schema)}\n`;
await app.close();
if (process.argv[2]) writeFileSync(process.argv[2], sdl);
else process.stdout.write(sdl);
process.exit(0);

// Writes the OpenAPI document the app generates to a file (default: stdout), for Spectral in CI.
// Boots the compiled app on a loopback port (DATABASE_URL, or the embedded database when unset).
import { writeFileSync } from 'node:fs';
process.env.LOG_LEVEL ??= 'silent';
process.env.KB_SEED_ON_START ??= 'false';
const { createApp } = await import('../dist/app.factory.js');
const app = await createApp({ logger: false, docsUi: false });
await app.listen(0, '127.0.0.1');
const document = await (await fetch(`${await app.getUrl()}/api/openapi.json`)).text();
await app.close();
if (process.argv[2]) writeFileSync(process.argv[2], document);
else process.stdout.write(document);
process.exit(0);

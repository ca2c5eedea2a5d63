// The ceiling for Node on this machine: a bare Fastify server answering fixed bytes
// (the comparison table the app serves), with the same headers. Started by bench/run.mjs.
import Fastify from 'fastify';

const { BODY_FILE, CONTENT_TYPE, ETAG, PORT } = process.env;
const body = (await import('node:fs')).readFileSync(BODY_FILE);
const app = Fastify({ logger: false });
app.get('/table', (_request, reply) => {
  reply.header('content-type', CONTENT_TYPE).header('etag', ETAG).header('cache-control', 'public, max-age=60, must-revalidate').send(body);
});
await app.listen({ port: Number(PORT), host: '127.0.0.1' });
process.send?.('ready');

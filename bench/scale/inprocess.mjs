// bench:scale helper, forked with an IPC channel: boots the compiled app in this process (as
// test/helpers/app.ts does) so that the SQL it sends can be seen. Every statement leaves through
// pg's Client#query (Prisma's pg adapter and direct pool reads alike), so that is where they are
// recorded: text and parameters, as sent to the server.
// Receives { requests: [{name, url}], graphql: [{name, n, query}] }; answers with
//   sql:        every statement (text and parameters) each REST request sent, for EXPLAIN;
//   statements: the statements each GraphQL request sent (after one warm-up of the same request).
import 'reflect-metadata';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (file) => pathToFileURL(path.join(root, 'dist', file)).href;

let seen = null;
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function query(config, values, callback) {
  if (seen) {
    const text = typeof config === 'string' ? config : config?.text;
    const params = typeof config === 'object' && config && Array.isArray(config.values) ? config.values : Array.isArray(values) ? values : [];
    if (typeof text === 'string') seen.push({ sql: text, params, startedAt: performance.now() });
  }
  return clientQuery.call(this, config, values, callback);
};

async function run(task) {
  const { createApp } = await import(dist('app.factory.js'));
  const { PrismaService } = await import(dist('infra/database/prisma.service.js'));
  const app = await createApp({ logger: false, docsUi: false });
  try {
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const prisma = app.get(PrismaService);
    const during = async (fn) => {
      seen = [];
      try {
        const value = await fn();
        return { value, statements: seen };
      } finally {
        seen = null;
      }
    };

    const sql = {};
    for (const request of task.requests) {
      await fetch(base + request.url).then((r) => r.arrayBuffer()); // warm (taxonomy index)
      const { value: status, statements } = await during(async () => {
        const res = await fetch(base + request.url);
        await res.arrayBuffer();
        return res.status;
      });
      sql[request.name] = { url: request.url, status, statements };
    }

    const graphql = async (query) => {
      // no-cache: the GraphQL response cache would answer the repeat without any SQL at all
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'cache-control': 'no-cache' }, body: JSON.stringify({ query }) });
      return res.json();
    };
    const statements = [];
    for (const g of task.graphql) {
      await graphql(g.query); // warm caches so that every size starts alike
      const before = prisma.statementCount;
      const started = performance.now();
      const { value: body, statements: sent } = await during(() => graphql(g.query));
      const ms = performance.now() - started;
      const data = body.data ?? {};
      const items = (data.claims?.edges?.length ?? 0) + (data.criteria ?? []).reduce((n, c) => n + c.claims.length, 0);
      statements.push({
        shape: g.shape,
        requested: g.n,
        items,
        statements: sent.length,
        statementCountField: typeof before === 'number' ? prisma.statementCount - before : null,
        ms: Math.round(ms),
        errors: body.errors?.map((e) => e.message),
        sql: sent.map((s) => s.sql.replace(/\s+/g, ' ').trim().slice(0, 100)),
      });
    }
    return { sql, statements };
  } finally {
    await app.close();
  }
}

process.once('message', (task) => {
  run(task).then(
    (result) => process.send({ ok: true, result }, () => process.exit(0)),
    (error) => process.send({ ok: false, error: error.stack ?? String(error) }, () => process.exit(1)),
  );
});

// bench:scale helper: the floor under the app for one claims page. A bare node:http server
// with a pg pool of the app's size, answering every GET with the rows of one fixed statement
// (SQL and parameters from the environment) as JSON: what this machine does with that SQL
// and no framework. Forked by bench/scale.mjs; sends 'ready' when listening.
import { createServer } from 'node:http';
import pg from 'pg';

const { DATABASE_URL, PORT, FLOOR_SQL, FLOOR_PARAMS, DB_POOL_MAX = '10' } = process.env;
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: Number(DB_POOL_MAX) });
const params = JSON.parse(FLOOR_PARAMS);
const server = createServer((request, response) => {
  pool.query(FLOOR_SQL, params).then(
    ({ rows }) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ items: rows }));
    },
    (error) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(error.message);
    },
  );
});
server.listen(Number(PORT), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => server.close(() => pool.end().finally(() => process.exit(0))));

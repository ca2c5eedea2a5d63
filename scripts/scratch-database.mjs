// A throw-away database on a PostgreSQL server, for the test suite and the benchmark.
import pg from 'pg';

async function onServer(serverUrl, sql) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Creates `name` on the server; returns its URL. */
export async function createScratchDatabase(serverUrl, name) {
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops `name`, closing any connection still open to it. */
export function dropScratchDatabase(serverUrl, name) {
  return onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

import { CLI_POOL_MAX } from '../infra/database/embedded-postgres.js';

/**
 * Settings of every CLI process, set before anything reads the environment (CliModule's
 * ConfigModule.forRoot validates it when that module is first imported): import this first.
 * On the embedded database, a CLI beside a running `npm start` joins that process's loopback
 * port as a client with a small pool; its writes NOTIFY the server, whose caches reload at once.
 */
process.env.KB_SEED_ON_START ??= 'false';
process.env.KB_REINDEX_ON_START ??= 'false';
process.env.KB_JOIN_EMBEDDED ??= 'true';
process.env.DB_POOL_MAX ??= String(CLI_POOL_MAX);

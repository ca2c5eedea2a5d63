// Offline replacement for `prisma migrate diff`: the Prisma CLI needs a native schema engine
// it cannot download here, so this drives Prisma's own WASM schema engine through the pg
// driver adapter. It needs a real PostgreSQL (it creates a throw-away shadow database).
//
//   node scripts/migrations-diff.mjs check            exit 1 when migrations and schema.prisma differ
//   node scripts/migrations-diff.mjs create <name>    write prisma/migrations/<ts>_<name>/migration.sql
//
// The server comes from DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres).
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';

// The package is built for bundlers (it imports its .wasm as a module, which Node refuses):
// instantiate the WebAssembly ourselves and hand it to the generated bindings.
let engineClass;
async function loadSchemaEngine() {
  if (engineClass) return engineClass;
  const bindingsPath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(path.dirname(bindingsPath), 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': engineBindings });
  engineBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  engineClass = engineBindings.SchemaEngine;
  return engineClass;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = path.join(root, 'prisma/schema.prisma');
const migrationsDir = path.join(root, 'prisma/migrations');
const filters = { externalTables: [], externalEnums: [] };

function loadMigrationsList() {
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

function connectionConfig(url) {
  // Explicit fields, not connectionString: the adapter's shadow database is chosen by
  // overriding `database`, which a connectionString would silently win over.
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || 'postgres'),
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: u.pathname.slice(1) || 'postgres',
    max: 2,
    idleTimeoutMillis: 200,
  };
}

// The schema engine introspects catalog columns of type "char" (OID 18), which the pg
// adapter cannot map ("Column type 'char' could not be deserialized"). Report them as text
// (OID 25) in this script's process only; the values are one-character strings either way.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
function reportCharColumnsAsText(result) {
  for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return result;
}
const clientQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function query(...args) {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  if (callback) return clientQuery.call(this, ...args, (err, res) => callback(err, reportCharColumnsAsText(res)));
  const pending = clientQuery.apply(this, args);
  return typeof pending?.then === 'function' ? pending.then(reportCharColumnsAsText) : pending;
};

// The adapter's own shadow database is dropped while its pool still holds a connection
// ("is being accessed by other users"): end the pool first, then drop.
function shadowSafeFactory(config) {
  const factory = new PrismaPg(config);
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect();
    const database = `versus_kb_shadow_${randomUUID().replace(/-/g, '')}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...config, database }).connect();
    // The adapter splits a script on every ';', which cuts a function body ($$ ... $$) apart.
    // Send each migration whole, as the app's migration runner does (simple query protocol).
    shadow.executeScript = async (script) => {
      try {
        await shadow.underlyingDriver().query(script);
      } catch (error) {
        shadow.onError(error);
      }
    };
    const release = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await release();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

/** SQL that would bring a database built from the migrations up to schema.prisma ('' when in sync). */
export async function diffMigrationsToSchema(
  url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
  schema = readFileSync(schemaPath, 'utf8'),
) {
  const factory = bindMigrationAwareSqlAdapterFactory(shadowSafeFactory(connectionConfig(url)));
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, factory);
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...loadMigrationsList() },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] },
      script: true,
      exitCode: null,
      shadowDatabaseUrl: null,
      filters,
    });
    return (result.stdout ?? '').replace(/^-- This is an empty migration\.\s*$/m, '').trim();
  } finally {
    engine.free();
  }
}

async function main() {
  const [command, name] = process.argv.slice(2);
  const sql = await diffMigrationsToSchema();
  if (command === 'check') {
    if (sql) {
      console.error('schema.prisma and prisma/migrations differ; missing SQL:\n' + sql);
      process.exit(1);
    }
    console.log('migrations match schema.prisma');
  } else if (command === 'create' && name) {
    if (!sql) {
      console.log('nothing to migrate');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql + '\n');
    const lock = path.join(migrationsDir, 'migration_lock.toml');
    if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
    console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
  } else {
    console.error('usage: migrations-diff.mjs check | create <name>');
    process.exit(2);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

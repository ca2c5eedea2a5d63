import { applyDecorators } from '@nestjs/common';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync, ValidateBy } from 'class-validator';
import { isIP } from 'node:net';
import { fetchAllowHosts } from './fetch-allow-hosts.js';

/** A whole number from the environment's text, within [min, max]. */
const IntegerSetting = (min: number, max: number) => applyDecorators(Transform(({ value }) => Number(value)), IsInt(), Min(min), Max(max));

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase()) : value;

/** Every setting versus-kb reads, validated once at boot (see README "Configuration"). */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IntegerSetting(0, 65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** A PostgreSQL server; unset = the embedded PGlite database in KB_DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  KB_DATA_DIR = './data';

  /**
   * When another process (`npm start`) holds the embedded database, connect to the loopback
   * port it serves instead of failing. The CLI sets it; a server never does (two servers on
   * one data directory would tie one's life to the other's).
   */
  @Transform(toBoolean)
  @IsBoolean()
  KB_JOIN_EMBEDDED = false;

  @IntegerSetting(1, 200)
  DB_POOL_MAX = 10;

  @IntegerSetting(100, 60000)
  DB_CONNECT_TIMEOUT_MS = 2000;

  /** A query that runs longer fails (503) instead of holding a request: a cut network never hangs. */
  @IntegerSetting(100, 600000)
  DB_QUERY_TIMEOUT_MS = 10000;

  /** Load the shipped seed articles when the database holds no source. */
  @Transform(toBoolean)
  @IsBoolean()
  KB_SEED_ON_START = true;

  /** Recompute, in the background after boot, claims whose match terms are missing or of an older normaliser version (`kb reindex` does it on demand). */
  @Transform(toBoolean)
  @IsBoolean()
  KB_REINDEX_ON_START = true;

  @IsString()
  KB_SEEDS_DIR = 'seeds';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Reads without an API key; false = every request needs a key of role reader or above. */
  @Transform(toBoolean)
  @IsBoolean()
  KB_PUBLIC_READS = true;

  @IntegerSetting(1024, 64 * 1024 * 1024)
  KB_BODY_LIMIT_BYTES = 1024 * 1024;

  /** Requests per minute per client address (REST and GraphQL); 0 turns rate limiting off. */
  @IntegerSetting(0, 1_000_000)
  KB_RATE_LIMIT_PER_MINUTE = 600;

  /**
   * Which proxies in front of the app to believe about the client address (X-Forwarded-For):
   * a hop count, or comma-separated addresses / CIDRs of the proxies; unset = none (the peer is
   * the client). See trustProxySetting.
   */
  @IsOptional()
  @ValidateBy({
    name: 'trustProxy',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !(trustProxySetting(value) instanceof Error),
      defaultMessage: (args) => (trustProxySetting(String(args?.value)) as Error).message,
    },
  })
  KB_TRUST_PROXY?: string;

  /**
   * A Redis server shared by every replica: the rate limit and the persisted-query (APQ) store
   * live there, so N replicas allow the limit once, not N times. Unset: both live in the process.
   */
  @IsOptional()
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  /** Every key this app writes to Redis starts with this (several apps or test runs share one Redis). */
  @Matches(/^[\w.:-]{1,64}$/, { message: 'KB_REDIS_PREFIX must be 1-64 letters, digits or . _ : -' })
  KB_REDIS_PREFIX = 'versus-kb:';

  /**
   * Full-text claim pages first walk this many claims in id order before using the GIN index
   * (see ClaimsRepository.listMatchingText).
   */
  @IntegerSetting(1, 10_000_000)
  KB_TEXT_WALK_ROWS = 20_000;

  /**
   * Recommendations computed at once, and how many more may wait their turn; past that a request
   * gets 503 with Retry-After. One answer at 1,000,000 claims allocates ~17 MB; 32 at once took
   * the process past its heap (see RecommendationsService).
   */
  @IntegerSetting(1, 64)
  KB_RECOMMENDATIONS_AT_ONCE = 4;

  @IntegerSetting(0, 100_000)
  KB_RECOMMENDATIONS_QUEUED = 64;

  /** The public base URL of this server (absolute links in embeds and fragments); unset = the request's own origin. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, { message: 'KB_PUBLIC_URL must be an http(s) URL without query or fragment, e.g. https://kb.example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().replace(/\/+$/, '') : value))
  KB_PUBLIC_URL?: string;

  /** Who may frame the embed pages (CSP frame-ancestors): * or origins, comma-separated. */
  @IsString()
  @Matches(/^\s*(\*|https?:\/\/[^\s,/]+)(\s*,\s*https?:\/\/[^\s,/]+)*\s*$/, { message: 'KB_EMBED_ORIGINS must be * or comma-separated origins such as https://blog.example.com' })
  KB_EMBED_ORIGINS = '*';

  /** Allowed CORS origins, comma-separated, or * for any. */
  @IsString()
  KB_CORS_ORIGINS = '*';

  /**
   * Hosts an article URL (POST /api/extractions `url`) may name although they resolve to private,
   * loopback or link-local addresses: comma-separated host[:port]. Unset: only public addresses.
   */
  @IsOptional()
  @ValidateBy({
    name: 'fetchAllowHosts',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && !(fetchAllowHosts(value) instanceof Error),
      defaultMessage: (args) => (fetchAllowHosts(String(args?.value)) as Error).message,
    },
  })
  KB_FETCH_ALLOW_HOSTS?: string;

  /** Bytes of one fetched article (after decompression); a larger answer is refused (413 FETCH_TOO_LARGE). */
  @IntegerSetting(1024, 64 * 1024 * 1024)
  KB_FETCH_MAX_BYTES = 2 * 1024 * 1024;

  /** Milliseconds for fetching one article, redirects included (504 FETCH_TIMEOUT past it). */
  @IntegerSetting(100, 120_000)
  KB_FETCH_TIMEOUT_MS = 10_000;

  @IntegerSetting(2, 50)
  GRAPHQL_MAX_DEPTH = 10;

  @IntegerSetting(1, 1000)
  GRAPHQL_MAX_ALIASES = 15;

  @IntegerSetting(100, 1_000_000)
  GRAPHQL_MAX_COST = 20000;

  /** Lexical tokens in one GraphQL document; longer documents are refused before parsing ends. */
  @IntegerSetting(100, 1_000_000)
  GRAPHQL_MAX_TOKENS = 2000;

  /**
   * Bytes (UTF-8) of one GraphQL document, comments and whitespace included; a longer document is
   * refused (413) before it is parsed, hashed for APQ or stored. Comments are no tokens, so the
   * token limit alone let 100 KB documents through (issue 20 item 1).
   */
  @IntegerSetting(1024, 1024 * 1024)
  GRAPHQL_MAX_DOCUMENT_BYTES = 16 * 1024;

  /** Bytes of parsed (and compiled) GraphQL documents kept for reuse, source text included; 0 = none kept. */
  @IntegerSetting(0, 256 * 1024 * 1024)
  GRAPHQL_DOCUMENT_CACHE_BYTES = 8 * 1024 * 1024;

  /** Bytes of query texts the in-memory automatic persisted query (APQ) store keeps. */
  @IntegerSetting(64 * 1024, 256 * 1024 * 1024)
  GRAPHQL_APQ_CACHE_BYTES = 4 * 1024 * 1024;

  /** Bytes of answers the one response cache keeps (tables, exports, GraphQL results). */
  @IntegerSetting(0, 1024 * 1024 * 1024)
  KB_RESPONSE_CACHE_BYTES = 32 * 1024 * 1024;
}

/** Names proxy-addr (Fastify's trustProxy) gives to address ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * KB_TRUST_PROXY as Fastify's `trustProxy`: `false` (unset, `false`, `off`, `0`: the peer is the
 * client), a hop count `1`-`32` (trust that many proxies in front of the app), or a list of
 * proxy addresses, CIDRs and proxy-addr's ranges (`loopback`, `linklocal`, `uniquelocal`).
 * `true` (believe any X-Forwarded-For) is refused: any client could then choose its own
 * address, and with it its own rate-limit bucket. Returns an Error naming the bad part.
 */
export function trustProxySetting(text: string | undefined): false | number | string[] | Error {
  const value = (text ?? '').trim();
  if (['', 'false', 'off', '0'].includes(value.toLowerCase())) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 32 ? hops : new Error(`KB_TRUST_PROXY: ${value} hops? A hop count is 1-32`);
  }
  if (value.toLowerCase() === 'true') {
    return new Error('KB_TRUST_PROXY=true would believe any X-Forwarded-For; give the hop count (e.g. 1) or the proxies\' addresses/CIDRs');
  }
  const entries = value.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (!isProxyAddress(entry)) {
      return new Error(`KB_TRUST_PROXY: '${entry}' is not an address, a CIDR (10.0.0.0/8, fd00::/8) or one of loopback, linklocal, uniquelocal; or give a hop count`);
    }
  }
  return entries;
}

function isProxyAddress(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, cleaned, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `  - ${m}`));
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}

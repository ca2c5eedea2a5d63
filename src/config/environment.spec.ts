import { trustProxySetting, validateEnvironment } from './environment.js';
import { fetchAllowHosts, isAllowedFetchHost, type AllowedFetchHost } from './fetch-allow-hosts.js';

describe('validateEnvironment', () => {
  it('applies defaults', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, KB_DATA_DIR: './data', DB_POOL_MAX: 10, KB_SEED_ON_START: true });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('converts strings', () => {
    expect(validateEnvironment({ PORT: '8080', KB_SEED_ON_START: 'false' })).toMatchObject({ PORT: 8080, KB_SEED_ON_START: false });
  });

  it('refuses bad settings with a message naming them', () => {
    expect(() => validateEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
  });

  it.each([
    [{ KB_PUBLIC_URL: 'https://kb.example.com/' }, { KB_PUBLIC_URL: 'https://kb.example.com', KB_EMBED_ORIGINS: '*' }],
    [{ KB_PUBLIC_URL: 'http://localhost:3000/kb' }, { KB_PUBLIC_URL: 'http://localhost:3000/kb' }],
    [{ KB_EMBED_ORIGINS: 'https://a.example, https://b.example:8443' }, { KB_EMBED_ORIGINS: 'https://a.example, https://b.example:8443' }],
  ])('accepts embed settings %j', (raw, expected) => {
    expect(validateEnvironment(raw)).toMatchObject(expected);
  });

  it.each([
    [{ KB_PUBLIC_URL: 'kb.example.com' }, /KB_PUBLIC_URL/],
    [{ KB_PUBLIC_URL: 'https://kb.example.com/?x=1' }, /KB_PUBLIC_URL/],
    [{ KB_EMBED_ORIGINS: "https://a.example; script-src 'unsafe-inline'" }, /KB_EMBED_ORIGINS/],
    [{ KB_EMBED_ORIGINS: 'https://a.example/path' }, /KB_EMBED_ORIGINS/],
  ])('refuses embed setting %j', (raw, message) => {
    expect(() => validateEnvironment(raw)).toThrow(message);
  });
});

describe('KB_TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['off', false],
    ['0', false],
    ['1', 1],
    ['2', 2],
    ['10.0.0.0/8', ['10.0.0.0/8']],
    [' 127.0.0.1, fd00::/8 ,uniquelocal', ['127.0.0.1', 'fd00::/8', 'uniquelocal']],
  ])('reads %j as %j', (text, expected) => {
    expect(trustProxySetting(text)).toEqual(expected);
  });

  it.each(['true', '33', 'banana', '10.0.0.0/33', '10.0.0.1/8/2', 'fd00::/129', '10.0.0.0/8,,127.0.0.1', '256.0.0.1'])('refuses %j at boot, naming the setting', (text) => {
    expect(trustProxySetting(text)).toBeInstanceOf(Error);
    expect(() => validateEnvironment({ KB_TRUST_PROXY: text })).toThrow(/KB_TRUST_PROXY/);
  });
});

describe('Redis settings', () => {
  it('takes a redis:// URL and a key prefix', () => {
    expect(validateEnvironment({ REDIS_URL: 'redis://127.0.0.1:6379/0' })).toMatchObject({ REDIS_URL: 'redis://127.0.0.1:6379/0', KB_REDIS_PREFIX: 'versus-kb:' });
  });

  it.each([{ REDIS_URL: 'http://127.0.0.1:6379' }, { KB_REDIS_PREFIX: 'has space' }])('refuses %j', (raw) => {
    expect(() => validateEnvironment(raw)).toThrow(/REDIS_URL|KB_REDIS_PREFIX/);
  });
});

describe('article fetch settings', () => {
  it('has defaults: nothing private allowed, 2 MB, 10 s', () => {
    expect(validateEnvironment({})).toMatchObject({ KB_FETCH_MAX_BYTES: 2 * 1024 * 1024, KB_FETCH_TIMEOUT_MS: 10_000 });
    expect(validateEnvironment({}).KB_FETCH_ALLOW_HOSTS).toBeUndefined();
  });

  it('reads hosts with and without ports, canonical as URLs spell them', () => {
    expect(fetchAllowHosts(' wiki.Internal , 127.0.0.1:8080,[::1]:3000, [0:0:0:0:0:0:0:1]')).toEqual([
      { host: 'wiki.internal', port: null },
      { host: '127.0.0.1', port: 8080 },
      { host: '[::1]', port: 3000 },
      { host: '[::1]', port: null },
    ]);
    expect(validateEnvironment({ KB_FETCH_ALLOW_HOSTS: 'wiki.internal,127.0.0.1:8080' }).KB_FETCH_ALLOW_HOSTS).toBe('wiki.internal,127.0.0.1:8080');
  });

  it('matches a URL by host, and by port when the entry names one (the scheme\'s default port otherwise)', () => {
    const allowed = fetchAllowHosts('wiki.internal, 127.0.0.1:8080, [::1]:443') as AllowedFetchHost[];
    expect(isAllowedFetchHost(new URL('http://WIKI.internal:9/x'), allowed)).toBe(true);
    expect(isAllowedFetchHost(new URL('http://127.0.0.1:8080/'), allowed)).toBe(true);
    expect(isAllowedFetchHost(new URL('http://127.0.0.1:8081/'), allowed)).toBe(false);
    expect(isAllowedFetchHost(new URL('http://127.0.0.1/'), allowed)).toBe(false);
    expect(isAllowedFetchHost(new URL('https://[::1]/'), allowed)).toBe(true);
    expect(isAllowedFetchHost(new URL('http://[::1]/'), allowed)).toBe(false);
    expect(isAllowedFetchHost(new URL('http://wiki.internal.evil.example/'), allowed)).toBe(false);
  });

  it.each(['http://wiki.internal', 'wiki.internal/path', '*.internal', 'user@wiki.internal', 'wiki.internal:0', 'wiki.internal:70000', 'a,,b', 'wiki internal'])('refuses %j at boot, naming the setting', (text) => {
    expect(fetchAllowHosts(text)).toBeInstanceOf(Error);
    expect(() => validateEnvironment({ KB_FETCH_ALLOW_HOSTS: text })).toThrow(/KB_FETCH_ALLOW_HOSTS/);
  });

  it.each([{ KB_FETCH_MAX_BYTES: '10' }, { KB_FETCH_TIMEOUT_MS: '0' }, { KB_FETCH_TIMEOUT_MS: 'soon' }])('refuses %j', (raw) => {
    expect(() => validateEnvironment(raw)).toThrow(new RegExp(Object.keys(raw)[0]));
  });
});

import { validateEnvironment } from './environment.js';

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

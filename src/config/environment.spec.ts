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
});

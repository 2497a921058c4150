import { describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import { DEFAULT_STORAGE, readSettings, redactUrl } from './read-settings.js';

const CWD = '/srv/kabinet';

function refused(env: Record<string, string>): string {
  try {
    readSettings(env, CWD);
  } catch (error) {
    expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
    return (error as Error).message;
  }
  throw new Error(`expected ERR_CONFIG for ${JSON.stringify(env)}`);
}

describe('readSettings', () => {
  it('without any variable: 127.0.0.1:3000, the default storage under ./.kabinet-data, keys beside it', () => {
    const s = readSettings({}, CWD);
    expect(s).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      origin: 'http://127.0.0.1:3000',
      devOutbox: false,
      storage: DEFAULT_STORAGE,
      poolMax: 10,
    });
    expect(s.dataDir).toBe('/srv/kabinet/.kabinet-data');
    expect(s.keysFile).toBe('/srv/kabinet/.kabinet-data/keys.json');
    expect(s).not.toHaveProperty('databaseUrl');
    expect(s).not.toHaveProperty('redisUrl');
  });

  it('DATABASE_URL selects PostgreSQL, REDIS_URL the Redis counters, with their schema and prefix', () => {
    const s = readSettings(
      {
        DATABASE_URL: 'postgresql://kabinet:secret@db:5432/kabinet',
        KABINET_KEYS_FILE: '/run/secrets/kabinet-keys.json',
        REDIS_URL: 'redis://cache:6379',
        KABINET_DB_SCHEMA: 'tenant_a',
        KABINET_REDIS_PREFIX: 'tenant-a:counter:',
        KABINET_DB_POOL_MAX: '25',
      },
      CWD,
    );
    expect(s.keysFile).toBe('/run/secrets/kabinet-keys.json');
    expect(s).toMatchObject({
      storage: 'postgres',
      databaseUrl: 'postgresql://kabinet:secret@db:5432/kabinet',
      redisUrl: 'redis://cache:6379',
      schema: 'tenant_a',
      redisPrefix: 'tenant-a:counter:',
      poolMax: 25,
    });
  });

  it('KABINET_STORAGE=memory keeps everything in memory; paths may be relative or absolute', () => {
    expect(readSettings({ KABINET_STORAGE: 'memory' }, CWD).storage).toBe('memory');
    expect(readSettings({ KABINET_STORAGE: 'pglite' }, CWD).storage).toBe('pglite');
    const s = readSettings(
      { KABINET_DATA_DIR: 'var/data', KABINET_KEYS_FILE: '/etc/kabinet/keys.json' },
      CWD,
    );
    expect(s.dataDir).toBe('/srv/kabinet/var/data');
    expect(s.keysFile).toBe('/etc/kabinet/keys.json');
  });

  it('refuses contradictions and malformed values instead of ignoring them', () => {
    expect(
      refused({
        KABINET_STORAGE: 'memory',
        DATABASE_URL: 'postgres://db/k',
        KABINET_KEYS_FILE: 'k.json',
      }),
    ).toContain('contradicts DATABASE_URL');
    // Instances on one database must read one keys file: no per-host default next to a shared database.
    expect(refused({ DATABASE_URL: 'postgres://db/k' })).toContain(
      'DATABASE_URL needs KABINET_KEYS_FILE',
    );
    expect(refused({ KABINET_STORAGE: 'postgres' })).toContain('needs DATABASE_URL');
    expect(refused({ KABINET_STORAGE: 'sqlite' })).toContain('KABINET_STORAGE');
    expect(refused({ DATABASE_URL: 'mysql://db/k', KABINET_KEYS_FILE: 'k.json' })).toContain(
      'postgres://',
    );
    expect(refused({ REDIS_URL: 'http://cache' })).toContain('REDIS_URL');
    expect(refused({ KABINET_REDIS_PREFIX: 'x:' })).toContain('needs REDIS_URL');
    expect(refused({ REDIS_URL: 'redis://c', KABINET_REDIS_PREFIX: '{x}:' })).toContain(
      'KABINET_REDIS_PREFIX',
    );
    expect(refused({ KABINET_DB_SCHEMA: 'Robert"); DROP' })).toContain('KABINET_DB_SCHEMA');
    expect(refused({ KABINET_STORAGE: 'memory', KABINET_DB_SCHEMA: 'a' })).toContain('no effect');
    expect(refused({ PORT: '3000x' })).toContain('PORT');
    expect(refused({ PORT: '70000' })).toContain('PORT');
    expect(refused({ KABINET_DB_POOL_MAX: '0' })).toContain('KABINET_DB_POOL_MAX');
    expect(refused({ KABINET_DB_POOL_MAX: '1' })).toContain('KABINET_DB_POOL_MAX');
    expect(refused({ PUBLIC_ORIGIN: 'lk.example.ru' })).toContain('PUBLIC_ORIGIN');
  });

  it('the dev outbox is on only for exactly KABINET_DEV_OUTBOX=1', () => {
    expect(readSettings({ KABINET_DEV_OUTBOX: '1' }, CWD).devOutbox).toBe(true);
    expect(readSettings({ KABINET_DEV_OUTBOX: 'true' }, CWD).devOutbox).toBe(false);
  });
});

describe('redactUrl', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUrl('postgresql://kabinet:s3cret@db:5432/kabinet')).toBe(
      'postgresql://kabinet:***@db:5432/kabinet',
    );
    expect(redactUrl('redis://cache:6379')).toBe('redis://cache:6379');
    expect(redactUrl('not a url')).toBe('(unparsable URL)');
  });
});

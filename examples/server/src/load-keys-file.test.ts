import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import { createKabinet, createStaticKeyProvider } from 'kabinet';
import { generateKeysFile, KEYS_FILE_FORMAT, loadKeysFile } from './load-keys-file.js';
import { inMemoryPorts } from 'kabinet/testing';

const NOW = Date.UTC(2026, 11, 6, 12, 0, 0);
let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kabinet-keys-'));
  path = join(dir, 'data', 'keys.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function configError(run: () => unknown): KabinetError {
  try {
    run();
  } catch (error) {
    if (KabinetError.isInstance(error)) {
      expect(error.code).toBe('ERR_CONFIG');
      return error;
    }
    throw error;
  }
  throw new Error('expected ERR_CONFIG');
}

function writeKeys(data: unknown, mode = 0o600): void {
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data), { mode });
  chmodSync(path, mode);
}

interface Child {
  readonly ready: Promise<void>;
  readonly result: Promise<{ created: boolean; currentKids: string[] }>;
  go(): void;
}

/** A process that loads the keys file when told to go (test/fixtures/load-keys-child.ts). */
function startChild(keysPath: string): Child {
  const script = fileURLToPath(new URL('../test/fixtures/load-keys-child.ts', import.meta.url));
  const p = spawn(
    process.execPath,
    ['--conditions=@kabinet/source', '--import', 'tsx', script, keysPath],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  let onReady!: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  const result = new Promise<{ created: boolean; currentKids: string[] }>((resolve, reject) => {
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n')) onReady();
    });
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('error', reject);
    p.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.slice('ready\n'.length)))
        : reject(new Error(`child exited ${code}: ${err}`)),
    );
  });
  return { ready, result, go: () => p.stdin.write('go\n') };
}

describe('loadKeysFile', () => {
  it('creates the file with fresh keys on first start: mode 0600, in a 0700 folder, nothing left behind', () => {
    const first = loadKeysFile({ path, now: () => NOW });
    expect(first.created).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'data')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(dir, 'data'))).toEqual(['keys.json']);
    const stored = JSON.parse(readFileSync(path, 'utf8'));
    expect(stored).toMatchObject({
      format: KEYS_FILE_FORMAT,
      createdAt: '2026-12-06T12:00:00.000Z',
    });
    expect(first.currentKids).toHaveLength(5);
    expect(first.currentKids[0]).toMatch(/^sig-20261206-[0-9a-f]{8}$/);
    // The keys are usable as they are.
    expect(() => createKabinet({ ...inMemoryPorts(), keys: first.keys })).not.toThrow();
  });

  it('a restart reads the same keys back instead of making new ones', () => {
    const first = loadKeysFile({ path });
    const before = readFileSync(path, 'utf8');
    const again = loadKeysFile({ path });
    expect(again.created).toBe(false);
    expect(again.currentKids).toEqual(first.currentKids);
    expect(again.keys).toEqual(first.keys);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('two loads of one file sign and verify for each other (what two instances rely on)', async () => {
    const a = createStaticKeyProvider(loadKeysFile({ path }).keys);
    const b = createStaticKeyProvider(loadKeysFile({ path }).keys);
    const { sign, verify } = await import('node:crypto');
    const signature = sign(null, Buffer.from('token'), a.currentSigningKey().privateKey);
    expect(verify(null, Buffer.from('token'), b.verificationKeys()[0]!.publicKey, signature)).toBe(
      true,
    );
    expect(Buffer.from(b.currentSecret('pii-encryption').key)).toEqual(
      Buffer.from(a.currentSecret('pii-encryption').key),
    );
  });

  it('processes starting at once on a missing file agree on one set of keys, and exactly one creates it', async () => {
    const children = Array.from({ length: 4 }, () => startChild(path));
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.go();
    const results = await Promise.all(children.map((c) => c.result));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.currentKids.join()))).toEqual(
      new Set([loadKeysFile({ path }).currentKids.join()]),
    );
    expect(readdirSync(join(dir, 'data'))).toEqual(['keys.json']);
  }, 60_000);

  it('refuses a file that group or others may read or write, naming the fix', () => {
    loadKeysFile({ path });
    for (const mode of [0o644, 0o640, 0o604, 0o620]) {
      chmodSync(path, mode);
      expect(configError(() => loadKeysFile({ path })).message).toContain(`chmod 600 ${path}`);
    }
    chmodSync(path, 0o400);
    expect(loadKeysFile({ path }).created).toBe(false);
  });

  it('with creating refused, a missing file is an error and no file appears', () => {
    const error = configError(() =>
      loadKeysFile({ path, create: false, refuseCreateReason: 'the database already holds data' }),
    );
    expect(error.message).toContain('does not exist, and the database already holds data');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses malformed files instead of starting with other keys', () => {
    const good = generateKeysFile(NOW);
    loadKeysFile({ path });
    const cases: [unknown, RegExp][] = [
      ['{ not json', /not valid JSON/],
      [[], /JSON object/],
      [{ ...good, format: 'kabinet-keys/2' }, /"format"/],
      [{ ...good, secret: {} }, /unknown field\(s\) secret/],
      [{ ...good, signing: [] }, /"signing"/],
      [
        {
          ...good,
          signing: [{ kid: 'sig', alg: 'RS256', privateKey: good.signing[0]!.privateKey }],
        },
        /EdDSA or ES256/,
      ],
      [
        { ...good, signing: [{ kid: 'sig', alg: 'EdDSA', privateKey: 'not a pem' }] },
        /not a private key/,
      ],
      [{ ...good, secrets: { ...good.secrets, 'otp-pepper': [] } }, /secrets\.otp-pepper/],
      [
        { ...good, secrets: { ...good.secrets, 'pii-encryption': [{ kid: 'pii', key: 'abcd' }] } },
        /32 bytes/,
      ],
      [{ ...good, secrets: { ...good.secrets, extra: [] } }, /unknown secret purpose/],
    ];
    for (const [data, message] of cases) {
      writeKeys(data);
      expect(configError(() => loadKeysFile({ path })).message).toMatch(message);
    }
  });

  it('keeps retired keys after the current one (rotation): the first of each list is current', () => {
    const old = generateKeysFile(NOW - 86_400_000);
    const fresh = generateKeysFile(NOW);
    const rotated = {
      ...fresh,
      signing: [...fresh.signing, ...old.signing],
      secrets: Object.fromEntries(
        Object.entries(fresh.secrets).map(([p, list]) => [
          p,
          [...list, ...old.secrets[p as keyof typeof old.secrets]],
        ]),
      ),
    };
    loadKeysFile({ path });
    writeKeys(rotated);
    const loaded = loadKeysFile({ path });
    const provider = createStaticKeyProvider(loaded.keys);
    expect(provider.currentSigningKey().kid).toBe(fresh.signing[0]!.kid);
    expect(
      provider.secretById('pii-encryption', old.secrets['pii-encryption'][0]!.kid),
    ).toBeDefined();
  });
});

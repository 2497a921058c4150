// The server's keys live in one JSON file (KABINET_KEYS_FILE): the token and checkpoint signing
// key, and the symmetric keys of personal data, blind indexes, code peppers and the journal.
// Every instance and every restart reads the same file, so tokens, encrypted data and the
// journal stay readable. The file is created with fresh random keys when it is absent.
import {
  closeSync,
  fstatSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { KabinetError } from '@kabinet/core';
import { createStaticKeyProvider, type StaticKeysConfig } from 'kabinet';

/** The `format` field of a keys file this server reads and writes. */
export const KEYS_FILE_FORMAT = 'kabinet-keys/1';

const PURPOSES = ['pii-encryption', 'otp-pepper', 'blind-index', 'journal-payload'] as const;
const SHORT: Record<(typeof PURPOSES)[number], string> = {
  'pii-encryption': 'pii',
  'otp-pepper': 'otp',
  'blind-index': 'bi',
  'journal-payload': 'jp',
};
const TOP_LEVEL = new Set(['format', 'createdAt', 'signing', 'secrets']);

/** A keys file as stored: {@link StaticKeysConfig} with PEM and hex strings, the first key of each list current. */
export interface KeysFile {
  readonly format: typeof KEYS_FILE_FORMAT;
  /** When the file was created (ISO 8601), for the operator. */
  readonly createdAt?: string;
  readonly signing: readonly {
    readonly kid: string;
    readonly alg: 'EdDSA' | 'ES256';
    readonly privateKey: string;
    readonly publicKey?: string;
  }[];
  readonly secrets: Readonly<
    Record<(typeof PURPOSES)[number], readonly { readonly kid: string; readonly key: string }[]>
  >;
}

/** Options of {@link loadKeysFile}. */
export interface LoadKeysFileOptions {
  /** The keys file. */
  readonly path: string;
  /**
   * Create the file with fresh keys when it is absent (default `true`). The server passes
   * `false` when the database already holds data: new keys could not read it.
   */
  readonly create?: boolean;
  /** Why creating is refused, appended to the error (with `create: false`). */
  readonly refuseCreateReason?: string;
  /** The time written into `createdAt` and the key ids (default `Date.now()`). */
  readonly now?: () => number;
}

/** What {@link loadKeysFile} found. */
export interface LoadedKeys {
  /** The keys, for `createKabinet({ keys })`. */
  readonly keys: StaticKeysConfig;
  /** True when this call created the file. */
  readonly created: boolean;
  /** The current key ids (not secret), to tell at start which key set an instance uses. */
  readonly currentKids: readonly string[];
}

function configError(message: string, cause?: unknown): KabinetError {
  return new KabinetError(
    'ERR_CONFIG',
    `keys file: ${message}`,
    cause === undefined ? {} : { cause },
  );
}

/**
 * Fresh random keys in the keys-file format: an Ed25519 signing key and one 32-byte key per
 * purpose, with key ids `<purpose>-<yyyymmdd>-<random>`.
 *
 * @param now - the creation time (default `Date.now()`)
 * @returns the file's content, usable as `createKabinet({ keys })` as it is
 * @example
 * ```ts
 * const kabinet = createKabinet({ keys: generateKeysFile() }); // keys that die with the process: tests only
 * ```
 */
export function generateKeysFile(now: number = Date.now()): KeysFile {
  const stamp = new Date(now).toISOString().slice(0, 10).replaceAll('-', '');
  const suffix = randomBytes(4).toString('hex');
  const kid = (name: string) => `${name}-${stamp}-${suffix}`;
  const { privateKey } = generateKeyPairSync('ed25519');
  const secret = (purpose: (typeof PURPOSES)[number]) => [
    { kid: kid(SHORT[purpose]), key: randomBytes(32).toString('hex') },
  ];
  const secrets: KeysFile['secrets'] = {
    'pii-encryption': secret('pii-encryption'),
    'otp-pepper': secret('otp-pepper'),
    'blind-index': secret('blind-index'),
    'journal-payload': secret('journal-payload'),
  };
  return {
    format: KEYS_FILE_FORMAT,
    createdAt: new Date(now).toISOString(),
    signing: [
      {
        kid: kid('sig'),
        alg: 'EdDSA',
        privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      },
    ],
    secrets,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the file's shape (the key material itself is checked by `createStaticKeyProvider`). */
function parseKeysFile(text: string, path: string): StaticKeysConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw configError(`${path} is not valid JSON`, cause);
  }
  if (!isObject(data)) throw configError(`${path} must hold a JSON object`);
  if (data.format !== KEYS_FILE_FORMAT)
    throw configError(`${path}: "format" must be "${KEYS_FILE_FORMAT}"`);
  const unknown = Object.keys(data).filter((k) => !TOP_LEVEL.has(k));
  if (unknown.length > 0) throw configError(`${path}: unknown field(s) ${unknown.join(', ')}`);
  const { signing, secrets } = data;
  if (!Array.isArray(signing) || signing.length === 0)
    throw configError(`${path}: "signing" must be a non-empty list`);
  for (const key of signing) {
    if (
      !isObject(key) ||
      typeof key.kid !== 'string' ||
      (key.alg !== 'EdDSA' && key.alg !== 'ES256') ||
      typeof key.privateKey !== 'string' ||
      (key.publicKey !== undefined && typeof key.publicKey !== 'string')
    ) {
      throw configError(
        `${path}: each signing key needs "kid", "alg" (EdDSA or ES256) and "privateKey" (PEM)`,
      );
    }
  }
  if (!isObject(secrets)) throw configError(`${path}: "secrets" must be an object`);
  const extra = Object.keys(secrets).filter((k) => !(PURPOSES as readonly string[]).includes(k));
  if (extra.length > 0) throw configError(`${path}: unknown secret purpose(s) ${extra.join(', ')}`);
  for (const purpose of PURPOSES) {
    const list = secrets[purpose];
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      !list.every((k) => isObject(k) && typeof k.kid === 'string' && typeof k.key === 'string')
    ) {
      throw configError(
        `${path}: "secrets.${purpose}" must be a non-empty list of { "kid", "key" }`,
      );
    }
  }
  const keys = { signing, secrets } as unknown as StaticKeysConfig;
  try {
    createStaticKeyProvider(keys);
  } catch (error) {
    throw configError(`${path}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  return keys;
}

/** Reads the file if it exists (`undefined` when it does not), refusing one that others may read. */
function readIfPresent(path: string): StaticKeysConfig | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw configError(`cannot open ${path}: ${(error as Error).message}`, error);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw configError(`${path} is not a regular file`);
    if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0) {
      const mode = (stat.mode & 0o777).toString(8).padStart(4, '0');
      throw configError(
        `${path} is readable or writable by group or others (mode ${mode}); run: chmod 600 ${path}`,
      );
    }
    return parseKeysFile(readFileSync(fd, 'utf8'), path);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes fresh keys to `path` unless it exists: the keys go to a temporary file (mode 0600,
 * flushed), which is then hard-linked to `path`. The link fails when `path` exists, so of two
 * processes creating at once exactly one wins and the other reads the winner's file, which is
 * complete the moment it appears.
 */
function createIfAbsent(path: string, now: number): boolean {
  const temp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(generateKeysFile(now), null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw configError(`cannot create ${path}: ${(error as Error).message}`, error);
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Loads the server's keys from a JSON keys file, creating it with fresh random keys (mode
 * 0600, atomically: concurrent first starts end up with one file) when it is absent.
 *
 * @param options - the path, whether creating is allowed, and the clock for new key ids
 * @returns the keys, whether they were created, and the current key ids
 * @throws `KabinetError` `ERR_CONFIG` when the file is malformed, holds unusable keys, is
 *   readable by group or others, or is absent while creating is refused
 * @example
 * ```ts
 * const { keys, created } = loadKeysFile({ path: process.env.KABINET_KEYS_FILE ?? './.kabinet-data/keys.json' });
 * const kabinet = createKabinet({ keys });
 * ```
 */
export function loadKeysFile(options: LoadKeysFileOptions): LoadedKeys {
  const { path } = options;
  let keys = readIfPresent(path);
  let created = false;
  if (keys === undefined) {
    if (options.create === false) {
      throw configError(
        `${path} does not exist${options.refuseCreateReason === undefined ? '' : `, and ${options.refuseCreateReason}`}`,
      );
    }
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    created = createIfAbsent(path, (options.now ?? Date.now)());
    keys = readIfPresent(path);
    if (keys === undefined) throw configError(`${path} vanished while it was being created`);
  }
  const currentKids = [keys.signing[0]!.kid, ...PURPOSES.map((p) => keys.secrets[p][0]!.kid)];
  return { keys, created, currentKids };
}

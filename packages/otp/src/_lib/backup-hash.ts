import { scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { hmacSha256, type Random } from '@kabinet/core';
import type { ScryptParams } from '../backup-codes/backup-code-policy.js';

const PREFIX = 'bc1';
const MAXMEM = 288 * 1024 * 1024;

/** A parsed stored backup-code hash. */
export interface ParsedBackupHash {
  readonly kid: string;
  readonly tag: string;
  readonly params: ScryptParams;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

function scrypt(input: Buffer, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(
      input,
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: MAXMEM },
      (error, key) => {
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

/** The peppered pre-hash that goes into scrypt: a store dump without the pepper is useless. */
function preHash(pepper: Uint8Array, code: string): Buffer {
  return hmacSha256(pepper, `kabinet.otp.backup.v1\0${code}`, 'raw');
}

/** A one-byte pepper-keyed bucket tag, so verification runs scrypt on about one stored hash, not all. */
export function backupTag(pepper: Uint8Array, code: string): string {
  return hmacSha256(pepper, `kabinet.otp.backup.tag.v1\0${code}`, 'raw')
    .subarray(0, 1)
    .toString('hex');
}

/** Hashes a normalised code into the self-describing string `bc1$kid$tag$N.r.p$salt$hash`. */
export async function hashBackupCode(
  pepper: { kid: string; key: Uint8Array },
  code: string,
  params: ScryptParams,
  random: Random,
): Promise<string> {
  const salt = Buffer.from(random.bytes(16));
  const hash = await scrypt(preHash(pepper.key, code), salt, params);
  return [
    PREFIX,
    encodeURIComponent(pepper.kid),
    backupTag(pepper.key, code),
    `${params.N}.${params.r}.${params.p}`,
    salt.toString('base64url'),
    hash.toString('base64url'),
  ].join('$');
}

/** Parses a stored hash; `undefined` when malformed. */
export function parseBackupHash(value: unknown): ParsedBackupHash | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return undefined;
  const [, kid, tag, cost, salt, hash] = parts as [string, string, string, string, string, string];
  const numbers = cost.split('.').map(Number);
  const [N, r, p] = numbers;
  if (
    numbers.length !== 3 ||
    !numbers.every((n) => Number.isSafeInteger(n) && n > 0) ||
    N === undefined ||
    r === undefined ||
    p === undefined
  )
    return undefined;
  if ((N & (N - 1)) !== 0 || 128 * N * r > 256 * 1024 * 1024 || p > 16) return undefined;
  if (!/^[0-9a-f]{2}$/u.test(tag)) return undefined;
  let decodedKid: string;
  try {
    decodedKid = decodeURIComponent(kid);
  } catch {
    return undefined;
  }
  const saltBytes = Buffer.from(salt, 'base64url');
  const hashBytes = Buffer.from(hash, 'base64url');
  if (saltBytes.length < 4 || hashBytes.length !== 32) return undefined;
  return { kid: decodedKid, tag, params: { N, r, p }, salt: saltBytes, hash: hashBytes };
}

/** Whether a normalised code matches a parsed hash (scrypt, constant-time compare). */
export async function backupHashMatches(
  pepper: Uint8Array,
  code: string,
  parsed: ParsedBackupHash,
): Promise<boolean> {
  const candidate = await scrypt(preHash(pepper, code), parsed.salt, parsed.params);
  return timingSafeEqual(candidate, parsed.hash);
}

/** Runs one scrypt of the given cost on throwaway input, so a miss costs about as much as a hit. */
export async function burnScrypt(params: ScryptParams): Promise<void> {
  await scrypt(Buffer.alloc(32), Buffer.alloc(16), params);
}

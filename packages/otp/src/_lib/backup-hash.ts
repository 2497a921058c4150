import { hmacSha256, scrypt, scryptMatches, type Random, type ScryptCost } from '@kabinet/core';

const PREFIX = 'bc1';
const KEY_LENGTH = 32;

/** A parsed stored backup-code hash. */
export interface ParsedBackupHash {
  readonly kid: string;
  readonly tag: string;
  readonly cost: ScryptCost;
  readonly salt: Buffer;
  readonly hash: Buffer;
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

/** Hashes a normalized code into the self-describing string `bc1$kid$tag$N.r.p$salt$hash`. */
export async function hashBackupCode(
  pepper: { kid: string; key: Uint8Array },
  code: string,
  cost: ScryptCost,
  random: Random,
): Promise<string> {
  const salt = Buffer.from(random.bytes(16));
  const hash = await scrypt(preHash(pepper.key, code), salt, KEY_LENGTH, cost);
  return [
    PREFIX,
    encodeURIComponent(pepper.kid),
    backupTag(pepper.key, code),
    `${cost.cost}.${cost.blockSize}.${cost.parallelization}`,
    salt.toString('base64url'),
    hash.toString('base64url'),
  ].join('$');
}

/** Parses a stored hash; `undefined` when malformed. */
export function parseBackupHash(value: unknown): ParsedBackupHash | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = value.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return undefined;
  const [, kid, tag, costs, salt, hash] = parts as [string, string, string, string, string, string];
  const numbers = costs.split('.').map(Number);
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
  if (saltBytes.length < 4 || hashBytes.length !== KEY_LENGTH) return undefined;
  return {
    kid: decodedKid,
    tag,
    cost: { cost: N, blockSize: r, parallelization: p },
    salt: saltBytes,
    hash: hashBytes,
  };
}

/** Whether a normalized code matches a parsed hash (scrypt, constant-time compare). */
export function backupHashMatches(
  pepper: Uint8Array,
  code: string,
  parsed: ParsedBackupHash,
): Promise<boolean> {
  return scryptMatches(preHash(pepper, code), parsed.salt, parsed.hash, parsed.cost);
}

/** Runs one scrypt of the given cost on throwaway input, so a miss costs about as much as a hit. */
export async function burnScrypt(cost: ScryptCost): Promise<void> {
  await scrypt(Buffer.alloc(KEY_LENGTH), Buffer.alloc(16), KEY_LENGTH, cost);
}

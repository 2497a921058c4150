import { KabinetError, cryptoRandom, scrypt, scryptMatches, type Random } from '@kabinet/core';
import type { PasswordHasher } from '@kabinet/ports';
import { defaultScryptParams, type ScryptParams } from './scrypt-params.js';

const PREFIX = '$scrypt$';
const FORMAT =
  /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,3}),p=(\d{1,3})\$([A-Za-z0-9_-]{16,})\$([A-Za-z0-9_-]{16,})$/;

function checkParams(params: ScryptParams): void {
  const { cost, blockSize, parallelization, keyLength, saltLength } = params;
  const problems: string[] = [];
  if (!Number.isInteger(cost) || cost < 2 || (cost & (cost - 1)) !== 0 || cost > 2 ** 24)
    problems.push('cost must be a power of two in 2..2^24');
  if (!Number.isInteger(blockSize) || blockSize < 1 || blockSize > 64)
    problems.push('blockSize must be an integer in 1..64');
  if (!Number.isInteger(parallelization) || parallelization < 1 || parallelization > 16)
    problems.push('parallelization must be an integer in 1..16');
  if (!Number.isInteger(keyLength) || keyLength < 16 || keyLength > 128)
    problems.push('keyLength must be an integer in 16..128');
  if (!Number.isInteger(saltLength) || saltLength < 16 || saltLength > 64)
    problems.push('saltLength must be an integer in 16..64');
  if (problems.length > 0)
    throw new KabinetError('ERR_CONFIG', `scrypt parameters: ${problems.join('; ')}`);
}

interface Parsed {
  readonly params: ScryptParams;
  readonly salt: Buffer;
  readonly digest: Buffer;
}

function parse(hash: string): Parsed | undefined {
  const m = FORMAT.exec(hash);
  if (m === null) return undefined;
  const ln = Number(m[1]);
  const salt = Buffer.from(m[4]!, 'base64url');
  const digest = Buffer.from(m[5]!, 'base64url');
  if (ln < 1 || ln > 24 || salt.length < 16 || digest.length < 16) return undefined;
  return {
    params: {
      cost: 2 ** ln,
      blockSize: Number(m[2]),
      parallelization: Number(m[3]),
      keyLength: digest.length,
      saltLength: salt.length,
    },
    salt,
    digest,
  };
}

/**
 * A `PasswordHasher` on scrypt from `node:crypto` (S-2). Hashes are self-describing
 * PHC-style strings `$scrypt$ln=17,r=8,p=1$<salt>$<digest>` (base64url), so verification
 * uses the parameters a hash was made with, and `needsRehash` tells when the current
 * parameters are stronger and the hash should be replaced at the next login.
 *
 * @param params - cost parameters (default {@link defaultScryptParams}: N = 2^17, r = 8, p = 1)
 * @param random - the salt source (default: the CSPRNG)
 * @returns the hasher
 * @throws `KabinetError` `ERR_CONFIG` for parameters out of range
 * @example
 * ```ts
 * const hasher = createScryptHasher();
 * const hash = await hasher.hash('Correct-Horse-7');
 * await hasher.verify(hash, 'Correct-Horse-7'); // true
 * createScryptHasher({ cost: 2 ** 18 }).needsRehash(hash); // true
 * ```
 */
export function createScryptHasher(
  params: Partial<ScryptParams> = {},
  random: Random = cryptoRandom,
): PasswordHasher {
  const current: ScryptParams = { ...defaultScryptParams, ...params };
  checkParams(current);
  const ln = Math.log2(current.cost);
  return {
    async hash(secret) {
      const salt = random.bytes(current.saltLength);
      const digest = await scrypt(secret, salt, current.keyLength, current);
      return `${PREFIX}ln=${ln},r=${current.blockSize},p=${current.parallelization}$${Buffer.from(salt).toString('base64url')}$${digest.toString('base64url')}`;
    },
    async verify(hash, secret) {
      const parsed = parse(hash);
      return (
        parsed !== undefined && scryptMatches(secret, parsed.salt, parsed.digest, parsed.params)
      );
    },
    needsRehash(hash) {
      const parsed = parse(hash);
      if (parsed === undefined) return true;
      const p = parsed.params;
      return (
        p.cost < current.cost ||
        p.blockSize < current.blockSize ||
        p.parallelization < current.parallelization ||
        p.keyLength < current.keyLength ||
        p.saltLength < current.saltLength
      );
    },
  };
}

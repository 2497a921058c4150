import { SignJWT, decodeProtectedHeader, jwtVerify } from 'jose';
import {
  KabinetError,
  createId,
  fail,
  issue,
  ok,
  type Clock,
  type Random,
  cryptoRandom,
  type Result,
} from '@kabinet/core';
import { ACCOUNT_LEVELS, type AccountLevel, type KeyProvider } from '@kabinet/ports';

/** The claims Kabinet puts in an access token. */
export interface AccessTokenClaims {
  /** The account id (`sub`). */
  readonly accountId: string;
  /** The server-side session id (`sid`). */
  readonly sessionId: string;
  /** The account level when issued (`lvl`). */
  readonly level: AccountLevel;
  /** Issued at, epoch ms (from `iat`, second precision). */
  readonly issuedAt: number;
  /** Expires at, epoch ms (from `exp`). */
  readonly expiresAt: number;
}

/** Options of {@link createAccessTokens}. */
export interface AccessTokenOptions {
  /** Where the signing keys come from (S-10). */
  readonly keys: KeyProvider;
  /** The clock `iat`, `nbf` and `exp` are judged by. */
  readonly clock: Clock;
  /** `iss`, e.g. `https://lk.example.ru`. */
  readonly issuer: string;
  /** `aud`, e.g. `kabinet-api`. */
  readonly audience: string;
  /** Lifetime of a token in ms. */
  readonly ttlMs: number;
  /** Randomness for `jti` (default: the CSPRNG). */
  readonly random?: Random;
}

/** Signs and verifies access tokens. */
export interface AccessTokens {
  /** Signs a token for a session with the current signing key. */
  sign(claims: Pick<AccessTokenClaims, 'accountId' | 'sessionId' | 'level'>): Promise<string>;
  /** Verifies signature, algorithm, `typ`, `iss`, `aud`, `exp`; returns the claims or `session.invalid_token`. */
  verify(token: string): Promise<Result<AccessTokenClaims, 'session.invalid_token'>>;
}

const TYP = 'at+jwt';
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * Whether a compact-JWS part is canonical base64url: its alphabet only, no padding, and the
 * unused low bits of its last character zero — i.e. exactly what encoding its bytes gives.
 * A decoder ignores those bits, so without this one signature has several spellings and a
 * token could be altered without breaking it (S-10).
 */
function isCanonicalBase64url(part: string): boolean {
  return (
    BASE64URL.test(part) &&
    part.length % 4 !== 1 &&
    Buffer.from(part, 'base64url').toString('base64url') === part
  );
}
const LEVELS: readonly string[] = ACCOUNT_LEVELS;

/**
 * Access tokens as short JWTs signed with jose (S-10): EdDSA or ES256 from the key
 * provider, the algorithm pinned to the key named by `kid` (keys rotate: retired keys still
 * verify), `typ` `at+jwt`, and `iss`, `aud`, `exp`, `nbf` checked against the injected
 * clock. A token is three parts of canonical base64url: a signature spelled another way (unused
 * low bits set in its last character, which decoders ignore) is refused, so a token cannot be
 * altered and still verify. The token only names a server-side session; the session record decides whether
 * it is still live.
 *
 * @param options - keys, clock, issuer, audience and lifetime
 * @returns the signer and verifier
 * @throws `KabinetError` `ERR_CONFIG` for a missing issuer or audience or a non-positive lifetime
 * @example
 * ```ts
 * const tokens = createAccessTokens({ keys, clock, issuer: 'https://lk.example.ru', audience: 'kabinet', ttlMs: 15 * 60_000 });
 * const jwt = await tokens.sign({ accountId: 'acc_1', sessionId: 'ses_1', level: 'standard' });
 * const claims = await tokens.verify(jwt); // { success: true, data: { accountId: 'acc_1', … } }
 * ```
 */
export function createAccessTokens(options: AccessTokenOptions): AccessTokens {
  const { keys, clock, issuer, audience, ttlMs } = options;
  const random = options.random ?? cryptoRandom;
  if (typeof issuer !== 'string' || issuer === '')
    throw new KabinetError('ERR_CONFIG', 'tokens: issuer is required');
  if (typeof audience !== 'string' || audience === '')
    throw new KabinetError('ERR_CONFIG', 'tokens: audience is required');
  if (!(ttlMs > 0)) throw new KabinetError('ERR_CONFIG', 'tokens: ttlMs must be positive');
  const invalid = fail(issue('session.invalid_token', []));
  return {
    async sign({ accountId, sessionId, level }) {
      const key = keys.currentSigningKey();
      const now = clock.now();
      const iat = Math.floor(now / 1000);
      return new SignJWT({ sid: sessionId, lvl: level })
        .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: TYP })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(accountId)
        .setIssuedAt(iat)
        .setNotBefore(iat)
        .setExpirationTime(Math.floor((now + ttlMs) / 1000))
        .setJti(createId('jti', now, random))
        .sign(key.privateKey);
    },
    async verify(token) {
      if (typeof token !== 'string' || token.length > 4096) return invalid;
      // One token, one spelling: every part (the signature above all) must be canonical base64url.
      const parts = token.split('.');
      if (parts.length !== 3 || !parts.every(isCanonicalBase64url)) return invalid;
      let kid: string | undefined;
      try {
        kid = decodeProtectedHeader(token).kid;
      } catch {
        return invalid;
      }
      const key = keys.verificationKeys().find((k) => k.kid === kid);
      if (key === undefined) return invalid;
      try {
        const { payload } = await jwtVerify(token, key.publicKey, {
          algorithms: [key.alg],
          issuer,
          audience,
          typ: TYP,
          currentDate: new Date(clock.now()),
          clockTolerance: 5,
          requiredClaims: ['sub', 'sid', 'lvl', 'exp', 'iat'],
        });
        const { sub, sid, lvl, iat, exp } = payload;
        if (
          typeof sub !== 'string' ||
          typeof sid !== 'string' ||
          typeof lvl !== 'string' ||
          !LEVELS.includes(lvl)
        )
          return invalid;
        return ok({
          accountId: sub,
          sessionId: sid,
          level: lvl as AccountLevel,
          issuedAt: (iat ?? 0) * 1000,
          expiresAt: (exp ?? 0) * 1000,
        });
      } catch {
        return invalid;
      }
    },
  };
}

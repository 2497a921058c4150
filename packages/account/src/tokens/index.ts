/**
 * Access tokens: short EdDSA/ES256 JWTs via jose, algorithm pinned, `kid` rotation (S-10).
 *
 * @example
 * ```ts
 * import { createAccessTokens } from '@kabinet/account/tokens';
 * ```
 *
 * @module @kabinet/account/tokens
 */
export {
  createAccessTokens,
  type AccessTokens,
  type AccessTokenClaims,
  type AccessTokenOptions,
} from './create-access-tokens.js';

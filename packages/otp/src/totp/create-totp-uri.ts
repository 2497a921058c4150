import { KabinetError } from '@kabinet/core';
import { generateURI } from 'otplib';
import { defaultTotpPolicy, type TotpPolicy } from './totp-policy.js';

/** Input of {@link createTotpUri}. */
export interface TotpUriInput {
  /** The service name the app shows, e.g. `Госуслуги`. */
  readonly issuer: string;
  /** The account label, e.g. a masked login; avoid raw personal data where possible. */
  readonly label: string;
  /** The base32 secret from `generateTotpSecret`. */
  readonly secret: string;
  /** Digits, period and algorithm to announce (default {@link defaultTotpPolicy}). */
  readonly policy?: TotpPolicy;
}

/**
 * The `otpauth://totp/…` URI authenticator apps read from a QR code (via otplib's
 * `generateURI`); parameters equal to the app defaults are left out.
 *
 * @param input - issuer, label, secret and policy
 * @returns the URI
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when issuer, label or secret is empty, or the issuer contains `:`
 * @example
 * ```ts
 * createTotpUri({ issuer: 'Госуслуги', label: 'a***@example.org', secret });
 * // 'otpauth://totp/%D0%93…:a***%40example.org?secret=…&issuer=%D0%93…'
 * ```
 */
export function createTotpUri(input: TotpUriInput): string {
  const policy = input.policy ?? defaultTotpPolicy;
  if (
    typeof input.issuer !== 'string' ||
    input.issuer.trim() === '' ||
    input.issuer.includes(':')
  ) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      'a TOTP issuer must be a non-empty string without ":"',
    );
  }
  if (typeof input.label !== 'string' || input.label.trim() === '')
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'a TOTP label must be a non-empty string');
  if (typeof input.secret !== 'string' || !/^[A-Z2-7]+=*$/u.test(input.secret)) {
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'a TOTP secret must be base32');
  }
  return generateURI({
    issuer: input.issuer,
    label: input.label,
    secret: input.secret,
    algorithm: policy.algorithm,
    digits: policy.digits,
    period: policy.periodSeconds,
  });
}

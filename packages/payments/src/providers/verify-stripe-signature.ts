import { verifyHmacHex } from '../_lib/hmac.js';

/**
 * Verifies a Stripe-style webhook signature: the `Stripe-Signature` header
 * `t=<unix seconds>,v1=<hex>[,v1=…]` must carry at least one HMAC-SHA256 of `<t>.<raw body>`
 * under the endpoint secret, and `t` must be within the tolerance of `now` (replay window).
 *
 * @param body - the raw body, exactly as received
 * @param header - the `Stripe-Signature` header value
 * @param secret - the endpoint's signing secret
 * @param now - epoch ms
 * @param toleranceMs - the allowed age (default 5 minutes, Stripe's default)
 * @returns whether the signature is valid and fresh
 * @example
 * ```ts
 * verifyStripeSignature(body, request.headers['stripe-signature'], secret, clock.now()); // true | false
 * ```
 */
export function verifyStripeSignature(
  body: string,
  header: string | undefined,
  secret: string,
  now: number,
  toleranceMs = 300_000,
): boolean {
  if (header === undefined || header.length > 2048) return false;
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) return false;
  if (Math.abs(now - timestamp * 1000) > toleranceMs) return false;
  const signed = `${timestamp}.${body}`;
  let valid = false;
  for (const signature of signatures) if (verifyHmacHex(secret, signed, signature)) valid = true;
  return valid;
}

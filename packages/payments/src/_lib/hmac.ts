import { hmacSha256, timingSafeEqualStrings } from '@kabinet/core';

/** Hex HMAC-SHA256 of `data` under `secret`. */
export function hmacSha256Hex(secret: string, data: string): string {
  return hmacSha256(secret, data, 'hex');
}

/** Whether `signature` (hex) is the HMAC-SHA256 of `data`, compared in constant time. */
export function verifyHmacHex(secret: string, data: string, signature: string): boolean {
  return timingSafeEqualStrings(hmacSha256Hex(secret, data), signature.toLowerCase());
}

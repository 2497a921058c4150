import { createHmac } from 'node:crypto';
import { timingSafeEqualStrings } from '@kabinet/core';

/** Hex HMAC-SHA256 of `data` under `secret`. */
export function hmacSha256Hex(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data, 'utf8').digest('hex');
}

/** Whether `signature` (hex) is the HMAC-SHA256 of `data`, compared in constant time. */
export function verifyHmacHex(secret: string, data: string, signature: string): boolean {
  return timingSafeEqualStrings(hmacSha256Hex(secret, data), signature.toLowerCase());
}

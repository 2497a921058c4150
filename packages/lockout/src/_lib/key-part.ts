import { createHash } from 'node:crypto';
import { KabinetError } from '@kabinet/core';

/** A key part: strings as they are (long ones hashed to keep keys bounded); anything else is misuse. */
export function keyPart(value: unknown, name: string): string {
  if (typeof value !== 'string')
    throw new KabinetError('ERR_INVALID_ARGUMENT', `${name} must be a string`);
  return value.length > 256
    ? `sha256:${createHash('sha256').update(value, 'utf8').digest('base64url')}`
    : value;
}

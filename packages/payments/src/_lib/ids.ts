import { createHash } from 'node:crypto';

/** Hex SHA-256 of a JSON value: the fingerprint of a request's parameters. */
export function fingerprint(value: unknown): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(value)).digest('hex')}`;
}

const ID = /^[A-Za-z0-9_.:-]{1,128}$/;

/** Whether a value is an opaque id the service accepts from callers. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

const KEY = /^[A-Za-z0-9_.:-]{8,64}$/;

/** Whether a value is a client idempotency key. */
export function isIdempotencyKey(value: unknown): value is string {
  return typeof value === 'string' && KEY.test(value);
}

import { KabinetError, UnavailableError } from '@kabinet/core';

/** SQLSTATE classes and codes that mean "the database is not there right now", not a bug. */
const UNAVAILABLE_STATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '53400',
  '57014',
  '55P03',
  '40P01',
  '40001',
]);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /Client has encountered a connection error/i,
  /Client was closed/i,
  /Cannot use a pool after calling end/i,
  /connection is closed/i,
  /Query read timeout/i,
];

/** Seconds a client is told to wait when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Tells whether a driver error means the database is unreachable, overloaded, restarting or
 * too slow (connection refused or lost, pool exhausted, statement timeout, admin shutdown,
 * serialization or deadlock retry): the request may succeed later.
 */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_STATES.has(code) || code.startsWith('08') || UNAVAILABLE_NODE_CODES.has(code))
  )
    return true;
  return (
    typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
  );
}

/**
 * Rethrows a driver error as a `KabinetError`: `ERR_UNAVAILABLE` (with `retryAfterSeconds`)
 * when the database cannot answer now, `ERR_STORE` otherwise. Kabinet errors pass through.
 */
export function storeError(error: unknown, operation: string): KabinetError {
  if (KabinetError.isInstance(error)) return error;
  const code =
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : 'unknown';
  if (isUnavailable(error)) {
    return new UnavailableError(`PostgreSQL unavailable during ${operation}`, {
      cause: error,
      details: { operation, sqlState: code, retryAfterSeconds: RETRY_AFTER_SECONDS },
    });
  }
  return new KabinetError('ERR_STORE', `PostgreSQL failed during ${operation}`, {
    cause: error,
    details: { operation, sqlState: code },
  });
}

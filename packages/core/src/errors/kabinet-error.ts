import type { KabinetErrorCode } from './kabinet-error-codes.js';

const MARKER = Symbol.for('kabinet.error');

/** Options of {@link KabinetError}. */
export interface KabinetErrorOptions {
  /** The error that caused this one. */
  readonly cause?: unknown;
  /** Non-personal details for logs. */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * The base of every error Kabinet throws (misuse and infrastructure faults; invalid input is
 * returned as issues instead). Recognise it with {@link KabinetError.isInstance}, which works
 * across the ESM and CJS copies of the package where `instanceof` does not. Its `code` is a
 * closed {@link KabinetErrorCode}; a code that belongs to one kind of failure has a subclass
 * whose own `isInstance` checks it ({@link ConflictError}, `UnavailableError`, `SendError`,
 * …).
 *
 * @example
 * ```ts
 * try {
 *   createKabinet({ keys: {} });
 * } catch (e) {
 *   if (KabinetError.isInstance(e) && e.code === 'ERR_CONFIG') console.error(e.message);
 * }
 * ```
 */
export class KabinetError extends Error {
  /** The default code of this class. */
  static readonly code: KabinetErrorCode = 'ERR_INTERNAL';
  /** The stable code of this error. */
  readonly code: KabinetErrorCode;
  /** Non-personal details for logs. */
  readonly details: Readonly<Record<string, string | number | boolean>>;

  /**
   * @param code - the stable code
   * @param message - a developer-facing message (never shown to end users)
   * @param options - cause and details
   */
  constructor(code: KabinetErrorCode, message: string, options: KabinetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.details = options.details ?? {};
    // Set here, not as a class field: a computed field key keeps the class in every bundle.
    Object.defineProperty(this, MARKER, { value: true });
    Error.captureStackTrace?.(this, new.target);
  }

  /**
   * Tells whether a value is a Kabinet error, from any copy of the package: it carries the
   * global `Symbol.for('kabinet.error')` brand. A subclass's own `isInstance` adds its code
   * (see {@link ConflictError.isInstance}), so it never matches a sibling.
   *
   * @param value - anything caught
   * @returns `true` for a Kabinet error
   * @example
   * ```ts
   * KabinetError.isInstance(new KabinetError('ERR_CONFIG', 'no keys')); // true
   * ```
   */
  static isInstance(value: unknown): value is KabinetError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[MARKER] === true
    );
  }
}

/**
 * Thrown when a versioned write meets a newer version (S-15): the caller re-reads and retries.
 *
 * @example
 * ```ts
 * throw new ConflictError('account', 'acc_1', 3);
 * ```
 */
export class ConflictError extends KabinetError {
  static override readonly code = 'ERR_CONFLICT';
  declare readonly code: 'ERR_CONFLICT';

  /**
   * Tells whether a value is a conflict, from any copy of the package: the Kabinet brand and
   * the code `ERR_CONFLICT` (S-15). Any other Kabinet error (`ERR_STORE`, …) is not a conflict.
   *
   * @param value - anything caught
   * @returns `true` for a conflict
   * @example
   * ```ts
   * ConflictError.isInstance(new ConflictError('account', 'acc_1', 3)); // true
   * ConflictError.isInstance(new KabinetError('ERR_STORE', 'socket closed')); // false
   * ```
   */
  static override isInstance(value: unknown): value is ConflictError {
    return KabinetError.isInstance(value) && value.code === ConflictError.code;
  }

  /**
   * @param entity - what was written (e.g. `account`)
   * @param id - its id
   * @param expectedVersion - the version the writer read
   */
  constructor(
    readonly entity: string,
    readonly id: string,
    readonly expectedVersion: number,
  ) {
    super('ERR_CONFLICT', `${entity} ${id} changed since version ${expectedVersion}`, {
      details: { entity, id, expectedVersion },
    });
  }
}

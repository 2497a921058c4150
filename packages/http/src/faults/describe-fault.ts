/** A thrown value described for a log line without personal data. */
export interface FaultDescription {
  /** `KabinetError` code (`ERR_…`), else the error's class name, else its `typeof`. */
  readonly kind: string;
  /** A Kabinet error's message (developer-facing, never personal by convention). */
  readonly message?: string;
  /** A Kabinet error's non-personal details. */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
  /** The stack frames (`at …` lines) without the message, which may echo input. */
  readonly stack?: string;
}

interface KabinetErrorLike {
  readonly code: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

function isKabinetError(value: unknown): value is KabinetErrorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[Symbol.for('kabinet.error')] === true
  );
}

/**
 * Describes what a request threw for a log line, leaving out anything that may carry personal
 * data (S-12): a Kabinet error's code, message and details (written by Kabinet, never personal);
 * for any other error only its class name and stack frames — its message may quote the input
 * (a JSON parser's does) and is dropped.
 *
 * @param error - whatever was thrown
 * @returns the description
 * @example
 * ```ts
 * describeFault(new TypeError('Unexpected token in "+7 916…"')); // { kind: 'TypeError', stack: '    at …' }
 * ```
 */
export function describeFault(error: unknown): FaultDescription {
  const frames = (stack: unknown): string | undefined => {
    if (typeof stack !== 'string') return undefined;
    const lines = stack.split('\n').filter((line) => /^\s+at /.test(line));
    return lines.length === 0 ? undefined : lines.slice(0, 20).join('\n');
  };
  if (isKabinetError(error)) {
    const stack = frames((error as { stack?: unknown }).stack);
    return {
      kind: error.code,
      message: error.message,
      ...(error.details === undefined || Object.keys(error.details).length === 0
        ? {}
        : { details: error.details }),
      ...(stack === undefined ? {} : { stack }),
    };
  }
  if (error instanceof Error) {
    const stack = frames(error.stack);
    return stack === undefined ? { kind: error.name } : { kind: error.name, stack };
  }
  return { kind: error === null ? 'null' : typeof error };
}

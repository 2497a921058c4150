// Tolerant readers over untrusted JSON: a provider body is `unknown` until proven otherwise.

export type JsonObject = Readonly<Record<string, unknown>>;

/** Parses JSON text into an object, or `undefined` (invalid JSON, or not an object). */
export function parseJsonObject(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return asObject(value);
  } catch {
    return undefined;
  }
}

/** The value as a plain object, or `undefined`. */
export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/** A non-empty string field (at most `max` characters, default 256), or `undefined`. */
export function stringField(
  object: JsonObject | undefined,
  key: string,
  max = 256,
): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' && value.length > 0 && value.length <= max ? value : undefined;
}

/** A safe-integer field ≥ 0, or `undefined`. */
export function integerField(object: JsonObject | undefined, key: string): number | undefined {
  const value = object?.[key];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

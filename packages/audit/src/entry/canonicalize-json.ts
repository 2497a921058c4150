import { KabinetError } from '@kabinet/core';

function fault(message: string, path: string): KabinetError {
  return new KabinetError('ERR_INVALID_ARGUMENT', `not canonicalisable (RFC 8785): ${message}`, {
    details: { path },
  });
}

// Node 20 has String.prototype.isWellFormed (ES2024); the ES2023 lib does not declare it.
const wellFormed = (s: string): boolean =>
  (s as string & { isWellFormed(): boolean }).isWellFormed();

function serialize(value: unknown, path: string, seen: Set<object>): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw fault(`${value} is not a finite number`, path);
      // ECMAScript Number-to-String is the JCS number form; -0 becomes "0".
      return String(value);
    case 'string':
      if (!wellFormed(value)) throw fault('lone surrogate in a string', path);
      return JSON.stringify(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      throw fault('BigInt is not a JSON number', path);
    default:
      break;
  }
  const object = value as { toJSON?: () => unknown };
  if (seen.has(object)) throw fault('circular reference', path);
  seen.add(object);
  try {
    return serializeObject(object, path, seen);
  } finally {
    seen.delete(object);
  }
}

function serializeObject(
  value: object & { toJSON?: () => unknown },
  path: string,
  seen: Set<object>,
): string | undefined {
  if (typeof value.toJSON === 'function') return serialize(value.toJSON(), path, seen);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += serialize(value[i], `${path}[${i}]`, seen) ?? 'null';
    }
    return out + ']';
  }
  // Object keys sort by UTF-16 code units, which is the default string order in JavaScript.
  const record = value as unknown as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = serialize(record[key], `${path}.${key}`, seen);
    if (member === undefined) continue;
    if (!wellFormed(key)) throw fault('lone surrogate in a key', path);
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + member;
    first = false;
  }
  return out + '}';
}

/**
 * RFC 8785 (JCS) canonical JSON of a JSON-compatible value: object keys sorted by UTF-16 code
 * units, ECMAScript number and string forms, no whitespace. Members that are `undefined`
 * are dropped and `toJSON` is honoured, as in `JSON.stringify`. Carry money as integer
 * kopecks (safe integers) or strings.
 *
 * @param value - the value to canonicalise
 * @returns the canonical JSON text
 * @throws KabinetError `ERR_INVALID_ARGUMENT` on BigInt, NaN, ±Infinity, lone surrogates or a
 *   top-level value that has no JSON form
 * @example
 * ```ts
 * canonicalizeJson({ b: 1, a: [true, null, -0] }); // '{"a":[true,null,0],"b":1}'
 * ```
 */
export function canonicalizeJson(value: unknown): string {
  const out = serialize(value, '$', new Set());
  if (out === undefined) throw fault(`${typeof value} has no JSON form`, '$');
  return out;
}

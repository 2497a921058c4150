// The one zod → issue mapping of the SDK: the services (`@kabinet/account`, …) and the HTTP layer
// both read untrusted input with `readInput`, so a field gets the same code wherever it is checked.
// Typed by shape, not by importing zod: `@kabinet/core` has no dependencies.
import type { InputIssueCode } from '../messages/core-messages.js';
import { issue, type Issue, type IssueParam, type IssuePath } from './issue.js';
import { fail, ok, type Result } from './result.js';

/** The fields of a zod 4 issue (`z.core.$ZodIssue`) this mapping reads. */
export interface SchemaIssue {
  /** zod's issue code: `invalid_type`, `too_big`, `custom`, … */
  readonly code: string;
  /** Path of the field in the input. */
  readonly path: readonly PropertyKey[];
  /** The offending value (zod reports it with `reportInput: true`; absent for a missing field). */
  readonly input?: unknown;
  /** `invalid_type`: the expected type (`string`, `number`, `int`, `object`, …). */
  readonly expected?: string | undefined;
  /** `too_big` / `too_small`: what was measured (`string`, `number`, `int`, `array`, …). */
  readonly origin?: string | undefined;
  /** `too_big`: the limit. */
  readonly maximum?: number | bigint | undefined;
  /** `too_small`: the limit. */
  readonly minimum?: number | bigint | undefined;
  /** `too_big` / `too_small`: whether the limit itself is allowed. */
  readonly inclusive?: boolean | undefined;
  /** `invalid_value`: the allowed values. */
  readonly values?: readonly unknown[] | undefined;
  /** `unrecognized_keys`: the unknown keys. */
  readonly keys?: readonly string[] | undefined;
  /** `invalid_union`: the issues of each branch. */
  readonly errors?: readonly (readonly SchemaIssue[])[] | undefined;
  /** `custom`: the params; a Kabinet schema puts its issue code in `params.code`. */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
}

/** What zod's `safeParse` answers for an input it accepts. */
export interface InputAccepted<T> {
  /** Accepted. */
  readonly success: true;
  /** The parsed value. */
  readonly data: T;
}

/** What zod's `safeParse` answers for an input it refuses. */
export interface InputRefused {
  /** Refused. */
  readonly success: false;
  /** zod's error. */
  readonly error: {
    /** Its issues. */
    readonly issues: readonly SchemaIssue[];
  };
}

/** The options `readInput` passes to `safeParse`. */
export interface InputParseOptions {
  /** Have zod report the value at each issue (to tell a wrong type from a missing field). */
  readonly reportInput?: boolean;
}

/** The part of a zod 4 schema `readInput` uses: `safeParse`. */
export interface InputSchema<T> {
  /** zod's `safeParse`. */
  safeParse(input: unknown, params?: InputParseOptions): InputAccepted<T> | InputRefused;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function isMissing(value: unknown): boolean {
  // JSON has no `undefined`: a form sends `null` for a field it leaves empty.
  return value === undefined || value === null;
}

function limitOf(value: number | bigint | undefined): number {
  return Number(value ?? 0);
}

function typeOfExpected(expected: string): string {
  return expected === 'int' ? 'integer' : expected;
}

/** `invalid_type` on a present value: a string, an integer, or some other type was wanted. */
function wrongType(raw: SchemaIssue, path: IssuePath): Issue<InputIssueCode> {
  const expected = raw.expected ?? 'unknown';
  if (expected === 'string') return issue('input.not_a_string', path);
  if (expected === 'int' && typeof raw.input === 'number' && Number.isFinite(raw.input))
    return issue('input.not_an_integer', path);
  return issue('input.wrong_type', path, { expected: typeOfExpected(expected) });
}

/** A union whose every branch wanted another type says which types; otherwise the format is wrong. */
function wrongUnion(raw: SchemaIssue, path: IssuePath): Issue<InputIssueCode> {
  const expected: string[] = [];
  for (const branch of raw.errors ?? []) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only?.code !== 'invalid_type' || only.path.length > 0 || only.expected === undefined)
      return issue('input.wrong_format', path);
    expected.push(typeOfExpected(only.expected));
  }
  return expected.length > 0
    ? issue('input.wrong_type', path, { expected: [...new Set(expected)].join(' | ') })
    : issue('input.wrong_format', path);
}

function tooBig(raw: SchemaIssue, path: IssuePath): Issue<InputIssueCode> {
  const max = limitOf(raw.maximum);
  switch (raw.origin) {
    case 'string':
      return issue('input.too_long', path, { max });
    case 'array':
    case 'set':
      return issue('input.too_many', path, { max });
    case 'number':
    case 'int':
    case 'bigint':
      if (max === MAX_SAFE) return issue('input.not_safe_integer', path, { max: MAX_SAFE });
      return raw.inclusive === false
        ? issue('input.not_less_than', path, { max })
        : issue('input.too_large', path, { max });
    default:
      return issue('input.wrong_format', path);
  }
}

function tooSmall(raw: SchemaIssue, path: IssuePath): Issue<InputIssueCode> {
  const min = limitOf(raw.minimum);
  switch (raw.origin) {
    case 'string':
      // An empty string is a field left blank.
      return min === 1 ? issue('input.required', path) : issue('input.too_short', path, { min });
    case 'array':
    case 'set':
      return issue('input.too_few', path, { min });
    case 'number':
    case 'int':
    case 'bigint':
      if (min === -MAX_SAFE) return issue('input.not_safe_integer', path, { max: MAX_SAFE });
      return raw.inclusive === false
        ? issue('input.not_greater_than', path, { min })
        : issue('input.too_small', path, { min });
    default:
      return issue('input.not_enough_data', path);
  }
}

// A custom issue's code is the schema's own (`params.code`): `readInput`'s caller names the codes
// its schema can raise, since zod's types do not carry them.
function fromParams(params: Readonly<Record<string, unknown>> | undefined, path: IssuePath): Issue {
  const code = typeof params?.['code'] === 'string' ? params['code'] : 'input.wrong_format';
  const rest: Record<string, IssueParam> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (
      key !== 'code' &&
      (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    )
      rest[key] = value;
  }
  return issue(code, path, Object.keys(rest).length > 0 ? rest : undefined);
}

function issueOf(raw: SchemaIssue): Issue {
  const path = raw.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (
    isMissing(raw.input) &&
    (raw.code === 'invalid_type' || raw.code === 'invalid_value' || raw.code === 'invalid_union')
  ) {
    return issue('input.required', path);
  }
  switch (raw.code) {
    case 'invalid_type':
      return wrongType(raw, path);
    case 'invalid_union':
      return wrongUnion(raw, path);
    case 'invalid_value':
      return issue('input.not_one_of', path, {
        allowed: (raw.values ?? []).map(String).join(', '),
      });
    case 'too_big':
      return tooBig(raw, path);
    case 'too_small':
      return tooSmall(raw, path);
    case 'unrecognized_keys':
      return issue('input.unknown', path, { keys: (raw.keys ?? []).join(', ') });
    case 'custom':
      return fromParams(raw.params, path);
    default:
      return issue('input.wrong_format', path);
  }
}

/**
 * Checks an untrusted input against a zod 4 schema and reports what is wrong as Kabinet issues,
 * one per field and code, each saying what is wrong: a missing or blank field
 * `input.required`; a value of another type `input.not_a_string` or `input.wrong_type`
 * (`{ expected }`); `1.5` for an integer `input.not_an_integer`; a number beyond ±2^53−1
 * `input.not_safe_integer`; a limit `input.too_long` / `input.too_short` (characters),
 * `input.too_large` / `input.too_small` / `input.not_greater_than` / `input.not_less_than`
 * (numbers), `input.too_many` / `input.too_few` (items), each with the limit as a param; a
 * value outside an enum `input.not_one_of` (`{ allowed }`); an unknown key of a strict object
 * `input.unknown`; a schema built on a Kabinet parser (`schemaFromParse`) its own code
 * (`snils.checksum`, …). Never throws. Every service and every HTTP route reads its input
 * with it.
 *
 * The codes are {@link InputIssueCode} and, for a schema whose custom issues carry their own
 * (`params.code`, e.g. a `schemaFromParse` schema), the `Custom` codes its caller names:
 * `readInput<Snils, ValidatorIssueCode>(snils, input)`. Left out, the result promises only the
 * `input.*` codes, so `switch (issue.code)` narrows over them.
 *
 * @typeParam T - the parsed value
 * @typeParam Custom - the codes the schema's custom issues carry (none by default)
 * @param schema - a zod 4 schema (anything with zod's `safeParse`)
 * @param input - the untrusted input
 * @returns the parsed value, or the issues
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { readInput } from '@kabinet/core/result';
 * const login = z.object({ login: z.string().min(1).max(320), password: z.string().min(1) });
 * readInput(login, { login: '', password: 123 });
 * // { success: false, issues: [{ code: 'input.required', path: ['login'] }, { code: 'input.not_a_string', path: ['password'] }] }
 * ```
 */
export function readInput<T, Custom extends string = never>(
  schema: InputSchema<T>,
  input: unknown,
): Result<T, InputIssueCode | Custom> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  // zod runs a field's length and size checks on a value of the wrong type too (an array's
  // length for a string's `min(1)`): the type is what is wrong there, said once.
  const pathOf = (raw: SchemaIssue) => raw.path.map(String).join('\u0000');
  const wrongTyped = new Set(
    parsed.error.issues.filter((raw) => raw.code === 'invalid_type').map(pathOf),
  );
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const raw of parsed.error.issues) {
    if (raw.code !== 'invalid_type' && wrongTyped.has(pathOf(raw))) continue;
    const item = issueOf(raw);
    const key = `${item.code}\u0000${item.path.join('.')}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(item);
    }
  }
  // The custom codes are the ones the caller declared its schema raises (`Custom`).
  const found = issues as Issue<InputIssueCode | Custom>[];
  return fail(found.length > 0 ? found : [issue('input.wrong_format')]);
}

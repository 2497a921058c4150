import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readInput, type InputSchema, type SchemaIssue } from './read-input.js';

// `@kabinet/core` has no zod; these are the issues zod 4.6 reports (with `reportInput: true`)
// for the inputs named in each case. The same cases run through real zod schemas in
// `@kabinet/account` (read-input.test.ts) and `@kabinet/http` (create-kabinet-http.test.ts).
function failing(...issues: SchemaIssue[]): InputSchema<never> {
  return { safeParse: () => ({ success: false, error: { issues } }) };
}
const codesOf = (...issues: SchemaIssue[]) => {
  const r = readInput(failing(...issues), {});
  return r.success ? [] : r.issues;
};

describe('readInput: one zod → issue mapping with honest codes', () => {
  it('DOC-11: a missing or blank field is input.required', () => {
    expect(codesOf({ code: 'invalid_type', expected: 'string', path: ['login'] })).toEqual([
      { code: 'input.required', path: ['login'] },
    ]);
    expect(codesOf({ code: 'invalid_type', expected: 'object', path: ['c'], input: null })).toEqual(
      [{ code: 'input.required', path: ['c'] }],
    );
    expect(codesOf({ code: 'invalid_value', values: ['p', 'q'], path: ['d'] })).toEqual([
      { code: 'input.required', path: ['d'] },
    ]);
    expect(
      codesOf({
        code: 'too_small',
        origin: 'string',
        minimum: 1,
        inclusive: true,
        path: ['login'],
        input: '',
      }),
    ).toEqual([{ code: 'input.required', path: ['login'] }]);
  });

  it('a value of another type is a wrong-type code, never input.required', () => {
    expect(
      codesOf({ code: 'invalid_type', expected: 'string', path: ['password'], input: 123 }),
    ).toEqual([{ code: 'input.not_a_string', path: ['password'] }]);
    expect(
      codesOf({ code: 'invalid_type', expected: 'object', path: ['address'], input: [] }),
    ).toEqual([{ code: 'input.wrong_type', path: ['address'], params: { expected: 'object' } }]);
    expect(codesOf({ code: 'invalid_type', expected: 'int', path: ['n'], input: '1' })).toEqual([
      { code: 'input.wrong_type', path: ['n'], params: { expected: 'integer' } },
    ]);
    const union: SchemaIssue = {
      code: 'invalid_union',
      path: ['g'],
      input: true,
      errors: [
        [{ code: 'invalid_type', expected: 'string', path: [], input: true }],
        [{ code: 'invalid_type', expected: 'number', path: [], input: true }],
      ],
    };
    expect(codesOf(union)).toEqual([
      { code: 'input.wrong_type', path: ['g'], params: { expected: 'string | number' } },
    ]);
  });

  it('numbers: 1.5 for an integer, 2^53+2, bounds with their limit', () => {
    expect(
      codesOf({ code: 'invalid_type', expected: 'int', path: ['amount'], input: 1.5 }),
    ).toEqual([{ code: 'input.not_an_integer', path: ['amount'] }]);
    expect(
      codesOf({
        code: 'too_big',
        origin: 'int',
        maximum: Number.MAX_SAFE_INTEGER,
        inclusive: true,
        path: ['amount'],
        input: 2 ** 53 + 2,
      }),
    ).toEqual([
      {
        code: 'input.not_safe_integer',
        path: ['amount'],
        params: { max: Number.MAX_SAFE_INTEGER },
      },
    ]);
    expect(
      codesOf({
        code: 'too_small',
        origin: 'int',
        minimum: Number.MIN_SAFE_INTEGER,
        inclusive: true,
        path: ['a'],
        input: -(2 ** 53) - 2,
      }),
    ).toEqual([
      { code: 'input.not_safe_integer', path: ['a'], params: { max: Number.MAX_SAFE_INTEGER } },
    ]);
    expect(
      codesOf({
        code: 'too_big',
        origin: 'number',
        maximum: 10,
        inclusive: true,
        path: ['j'],
        input: 11,
      }),
    ).toEqual([{ code: 'input.too_large', path: ['j'], params: { max: 10 } }]);
    expect(
      codesOf({
        code: 'too_small',
        origin: 'number',
        minimum: 3,
        inclusive: true,
        path: ['j'],
        input: 1,
      }),
    ).toEqual([{ code: 'input.too_small', path: ['j'], params: { min: 3 } }]);
    expect(
      codesOf({
        code: 'too_small',
        origin: 'number',
        minimum: 0,
        inclusive: false,
        path: ['order'],
        input: 0,
      }),
    ).toEqual([{ code: 'input.not_greater_than', path: ['order'], params: { min: 0 } }]);
    expect(
      codesOf({
        code: 'too_big',
        origin: 'number',
        maximum: 5,
        inclusive: false,
        path: ['x'],
        input: 5,
      }),
    ).toEqual([{ code: 'input.not_less_than', path: ['x'], params: { max: 5 } }]);
  });

  it('lengths, item counts, enums, unknown keys', () => {
    expect(
      codesOf({
        code: 'too_big',
        origin: 'string',
        maximum: 320,
        inclusive: true,
        path: ['login'],
        input: 'x',
      }),
    ).toEqual([{ code: 'input.too_long', path: ['login'], params: { max: 320 } }]);
    expect(
      codesOf({
        code: 'too_small',
        origin: 'string',
        minimum: 3,
        inclusive: true,
        path: ['i'],
        input: 'a',
      }),
    ).toEqual([{ code: 'input.too_short', path: ['i'], params: { min: 3 } }]);
    expect(
      codesOf({
        code: 'too_big',
        origin: 'array',
        maximum: 1,
        inclusive: true,
        path: ['f'],
        input: [1, 2],
      }),
    ).toEqual([{ code: 'input.too_many', path: ['f'], params: { max: 1 } }]);
    expect(
      codesOf({
        code: 'too_small',
        origin: 'array',
        minimum: 1,
        inclusive: true,
        path: ['f'],
        input: [],
      }),
    ).toEqual([{ code: 'input.too_few', path: ['f'], params: { min: 1 } }]);
    expect(
      codesOf({ code: 'invalid_value', values: ['sms', 'email'], path: ['method'], input: 'fax' }),
    ).toEqual([{ code: 'input.not_one_of', path: ['method'], params: { allowed: 'sms, email' } }]);
    expect(codesOf({ code: 'unrecognized_keys', keys: ['k', 'l'], path: [], input: {} })).toEqual([
      { code: 'input.unknown', path: [], params: { keys: 'k, l' } },
    ]);
  });

  it('a Kabinet schema keeps its own code and params; one issue per field and code', () => {
    expect(
      codesOf({
        code: 'custom',
        path: ['snils'],
        input: '1',
        params: { code: 'snils.checksum', expected: '52', nested: {} },
      }),
    ).toEqual([{ code: 'snils.checksum', path: ['snils'], params: { expected: '52' } }]);
    expect(
      codesOf({ code: 'custom', path: ['x'], input: 1 }, { code: 'custom', path: ['x'], input: 1 }),
    ).toEqual([{ code: 'input.wrong_format', path: ['x'] }]);
  });

  it('a field of the wrong type is reported once, by its type (zod also measures the array given for a string)', () => {
    expect(
      codesOf(
        { code: 'invalid_type', expected: 'string', path: ['login'], input: [] },
        {
          code: 'too_small',
          origin: 'array',
          minimum: 1,
          inclusive: true,
          path: ['login'],
          input: [],
        },
        {
          code: 'too_small',
          origin: 'string',
          minimum: 1,
          inclusive: true,
          path: ['password'],
          input: '',
        },
      ),
    ).toEqual([
      { code: 'input.not_a_string', path: ['login'] },
      { code: 'input.required', path: ['password'] },
    ]);
  });

  it('passes the parsed value through and asks zod for the input', () => {
    let asked: unknown;
    const schema: InputSchema<number> = {
      safeParse: (input, params) => {
        asked = params;
        return { success: true, data: Number(input) };
      },
    };
    expect(readInput(schema, '7')).toEqual({ success: true, data: 7 });
    expect(asked).toEqual({ reportInput: true });
  });

  const present = fc.jsonValue().filter((v) => v !== null);
  const path = fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 4 });
  const expected = fc.constantFrom(
    'string',
    'number',
    'int',
    'boolean',
    'object',
    'array',
    'bigint',
  );
  test.prop([present, path, expected])(
    'S-17: a present value of the wrong type gets a wrong-type code at its path, never input.required',
    (input, at, wanted) => {
      const [found] = codesOf({ code: 'invalid_type', expected: wanted, path: at, input });
      expect(found?.path).toEqual(at);
      expect(['input.not_a_string', 'input.wrong_type', 'input.not_an_integer']).toContain(
        found?.code,
      );
    },
  );
});

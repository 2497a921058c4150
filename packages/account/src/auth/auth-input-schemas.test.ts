import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readInput } from '@kabinet/core';
import { z } from 'zod';
import { authInputSchemas } from './auth-input-schemas.js';

// readInput (`@kabinet/core`) through real zod schemas: the service inputs and a schema with
// every kind of field.
const schema = z.object({
  name: z.string().min(1).max(5),
  age: z.number().optional(),
  kind: z.enum(['a', 'b']),
});
const shapes = z.object({
  amount: z.number().int().positive(),
  address: z.object({ city: z.string() }),
  tags: z.array(z.string()).max(2),
  flag: z.boolean(),
});

describe('readInput over zod schemas', () => {
  it('DOC-11: names the field and the reason', () => {
    expect(readInput(schema, {})).toEqual({
      success: false,
      issues: [
        { code: 'input.required', path: ['name'] },
        { code: 'input.required', path: ['kind'] },
      ],
    });
    expect(readInput(schema, { name: 7, kind: 'a' })).toEqual({
      success: false,
      issues: [{ code: 'input.not_a_string', path: ['name'] }],
    });
    expect(readInput(schema, { name: 'toolong', kind: 'c' })).toEqual({
      success: false,
      issues: [
        { code: 'input.too_long', path: ['name'], params: { max: 5 } },
        { code: 'input.not_one_of', path: ['kind'], params: { allowed: 'a, b' } },
      ],
    });
    expect(readInput(schema, { name: 'ok', kind: 'b', extra: 1 })).toEqual({
      success: true,
      data: { name: 'ok', kind: 'b' },
    });
  });

  it('wrong types, 1.5, 2^53+2, an array for an object: each with its own code', () => {
    expect(
      readInput(shapes, { amount: 1.5, address: [], tags: ['a', 'b', 'c'], flag: 'yes' }),
    ).toEqual({
      success: false,
      issues: [
        { code: 'input.not_an_integer', path: ['amount'] },
        { code: 'input.wrong_type', path: ['address'], params: { expected: 'object' } },
        { code: 'input.too_many', path: ['tags'], params: { max: 2 } },
        { code: 'input.wrong_type', path: ['flag'], params: { expected: 'boolean' } },
      ],
    });
    expect(
      readInput(shapes, { amount: 2 ** 53 + 2, address: { city: 1 }, tags: [], flag: true }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: 'input.not_safe_integer',
          path: ['amount'],
          params: { max: Number.MAX_SAFE_INTEGER },
        },
        { code: 'input.not_a_string', path: ['address', 'city'] },
      ],
    });
    expect(
      readInput(shapes, { amount: 0, address: { city: 'Казань' }, tags: [], flag: false }),
    ).toEqual({
      success: false,
      issues: [{ code: 'input.not_greater_than', path: ['amount'], params: { min: 0 } }],
    });
    expect(readInput(shapes, [])).toEqual({
      success: false,
      issues: [{ code: 'input.wrong_type', path: [], params: { expected: 'object' } }],
    });
  });

  it('S-17: the login input refuses empty strings and other types with the codes of the service', () => {
    expect(readInput(authInputSchemas.login, { login: '', password: '' })).toEqual({
      success: false,
      issues: [
        { code: 'input.required', path: ['login'] },
        { code: 'input.required', path: ['password'] },
      ],
    });
    expect(readInput(authInputSchemas.login, { login: 'user@example.com', password: 123 })).toEqual(
      { success: false, issues: [{ code: 'input.not_a_string', path: ['password'] }] },
    );
  });

  test.prop([fc.anything()])('S-17: never throws, whatever the input', (input) => {
    const r = readInput(schema, input);
    if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
  });

  const FIELDS = { amount: 'number', address: 'object', tags: 'object', flag: 'boolean' } as const;
  const valid = { amount: 5, address: { city: 'Казань' }, tags: ['a'], flag: true };
  const wrongFor = (field: keyof typeof FIELDS) =>
    fc
      .jsonValue()
      .filter(
        (v) =>
          v !== null &&
          (field === 'tags'
            ? !Array.isArray(v)
            : field === 'address'
              ? typeof v !== 'object' || Array.isArray(v)
              : typeof v !== FIELDS[field]),
      );
  test.prop([
    fc
      .constantFrom(...(Object.keys(FIELDS) as (keyof typeof FIELDS)[]))
      .chain((field) => fc.tuple(fc.constant(field), wrongFor(field))),
  ])(
    'S-17: any JSON value of the wrong type gets a wrong-type code at its path, never input.required',
    ([field, value]) => {
      const r = readInput(shapes, { ...valid, [field]: value });
      expect(r.success).toBe(false);
      if (r.success) return;
      expect(r.issues).toHaveLength(1);
      expect(r.issues[0]?.path).toEqual([field]);
      expect(['input.wrong_type', 'input.not_an_integer']).toContain(r.issues[0]?.code);
    },
  );

  test.prop([
    fc.jsonValue().filter((v) => v !== null && typeof v !== 'string'),
    fc.constantFrom('login', 'password'),
  ])(
    'S-17: a login or password of any other JSON type is input.not_a_string, never input.required',
    (value, field) => {
      const r = readInput(authInputSchemas.login, {
        login: 'user@example.com',
        password: 'secret',
        [field]: value,
      });
      expect(r).toEqual({
        success: false,
        issues: [{ code: 'input.not_a_string', path: [field] }],
      });
    },
  );
});

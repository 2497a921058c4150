import { describe, expect, it } from 'vitest';
import { fail, issue, ok, type IssuePath, type Result } from '@kabinet/core';
import { schemaFromParse } from './schema-from-parse.js';

const parseEven = (input: unknown, path: IssuePath): Result<number> =>
  typeof input === 'number' && input % 2 === 0
    ? ok(input / 2)
    : fail(issue('even.odd', path, { got: String(input) }));

describe('schemaFromParse', () => {
  const schema = schemaFromParse<number, number>(parseEven);

  it('gives the parse value on success', () => {
    expect(schema.safeParse(8)).toEqual({ success: true, data: 4 });
  });

  it('DOC-11: reports each issue as a zod custom issue with our code and params, and no message of its own', () => {
    const r = schema.safeParse(3);
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ code: 'custom', path: [], params: { got: '3', code: 'even.odd' } }),
    ]);
  });
});

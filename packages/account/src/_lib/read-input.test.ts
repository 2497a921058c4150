import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { z } from 'zod';
import { readInput } from './read-input.js';

const schema = z.object({ name: z.string().min(1).max(5), age: z.number().optional(), kind: z.enum(['a', 'b']) });

describe('readInput', () => {
  it('DOC-11: names the field and the reason', () => {
    expect(readInput(schema, {})).toEqual({
      success: false,
      issues: [
        { code: 'input.required', path: ['name'] },
        { code: 'input.required', path: ['kind'] },
      ],
    });
    expect(readInput(schema, { name: 7, kind: 'a' })).toEqual({ success: false, issues: [{ code: 'input.not_a_string', path: ['name'] }] });
    expect(readInput(schema, { name: 'toolong', kind: 'c' })).toEqual({
      success: false,
      issues: [
        { code: 'input.too_long', path: ['name'], params: { max: 5 } },
        { code: 'input.wrong_format', path: ['kind'] },
      ],
    });
    expect(readInput(schema, { name: 'ok', kind: 'b', extra: 1 })).toEqual({ success: true, data: { name: 'ok', kind: 'b' } });
  });

  test.prop([fc.anything()])('S-17: never throws, whatever the input', (input) => {
    const r = readInput(schema, input);
    if (!r.success) expect(r.issues.length).toBeGreaterThan(0);
  });
});

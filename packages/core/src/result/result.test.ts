import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { issue } from './issue.js';
import { fail, ok, type Result } from './result.js';

describe('ok', () => {
  test.prop([fc.anything()])('wraps any value as a success without warnings', (value) => {
    const result = ok(value);
    expect(result.success).toBe(true);
    expect(result.data).toBe(value);
    expect('warnings' in result).toBe(false);
  });

  it('leaves out an empty warnings list', () => {
    expect(ok(1, [])).toStrictEqual({ success: true, data: 1 });
  });

  it('carries warnings beside the data', () => {
    const warning = issue('passport.unusual_format', ['number']);
    expect(ok('4510 123456', [warning])).toStrictEqual({
      success: true,
      data: '4510 123456',
      warnings: [warning],
    });
  });
});

describe('fail', () => {
  it('turns one issue into a list of one', () => {
    const problem = issue('input.required', ['phone']);
    expect(fail(problem)).toStrictEqual({ success: false, issues: [problem] });
  });

  it('keeps a list of issues as it is', () => {
    const problems = [issue('input.required', ['phone']), issue('input.required', ['email'])];
    const result = fail(problems);
    expect(result.success).toBe(false);
    expect(result.issues).toStrictEqual(problems);
  });

  it('narrows a Result on `success`', () => {
    const check = (value: string): Result<number> =>
      /^\d+$/.test(value) ? ok(Number(value)) : fail(issue('input.wrong_format', ['value']));
    const good = check('42');
    const bad = check('4x');
    expect(good.success && good.data).toBe(42);
    expect(!bad.success && bad.issues.map((i) => i.code)).toStrictEqual(['input.wrong_format']);
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { issue, prefixIssues, type Issue } from './issue.js';

const segment = fc.oneof(fc.string({ maxLength: 8 }), fc.nat({ max: 50 }));
const path = fc.array(segment, { maxLength: 4 });
const params = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6 }),
  fc.oneof(fc.string(), fc.integer(), fc.boolean()),
  {
    maxKeys: 3,
    noNullPrototype: true,
  },
);
const anIssue: fc.Arbitrary<Issue> = fc
  .record({
    code: fc.stringMatching(/^[a-z]+\.[a-z_]+$/),
    path,
    params: fc.option(params, { nil: undefined }),
  })
  .map(({ code, path, params }) => issue(code, path, params));

describe('issue', () => {
  it('defaults to the whole input and leaves out params that were not given', () => {
    const built = issue('input.required');
    expect(built).toStrictEqual({ code: 'input.required', path: [] });
    expect('params' in built).toBe(false);
  });

  it('keeps the path and the params it is given', () => {
    expect(issue('input.too_long', ['name'], { max: 100 })).toStrictEqual({
      code: 'input.too_long',
      path: ['name'],
      params: { max: 100 },
    });
  });
});

describe('prefixIssues', () => {
  test.prop([path, fc.array(anIssue, { maxLength: 5 })])(
    'prepends the prefix and changes nothing else',
    (prefix, issues) => {
      const before = structuredClone(issues);
      const prefixed = prefixIssues(prefix, issues);
      expect(prefixed).toHaveLength(issues.length);
      prefixed.forEach((item, i) => {
        const original = issues[i]!;
        expect(item.path).toStrictEqual([...prefix, ...original.path]);
        expect(item.code).toBe(original.code);
        expect(item.params).toStrictEqual(original.params);
      });
      // the input issues are left as they were
      expect(issues).toStrictEqual(before);
    },
  );

  it('names the place of a nested issue in the outer input', () => {
    expect(prefixIssues(['documents', 0], [issue('passport.format', ['number'])])).toStrictEqual([
      { code: 'passport.format', path: ['documents', 0, 'number'] },
    ]);
  });
});

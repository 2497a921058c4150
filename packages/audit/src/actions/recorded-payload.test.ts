import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { withoutUndefined } from './recorded-payload.js';

const json = fc.jsonValue();

test.prop([
  fc.dictionary(
    fc.oneof(fc.string(), fc.constant('__proto__')),
    fc.option(json, { nil: undefined }),
    {
      noNullPrototype: false,
    },
  ),
])('withoutUndefined keeps exactly the defined fields, with their values', (payload) => {
  const written = withoutUndefined(payload);
  const defined = Object.entries(payload).filter(([, v]) => v !== undefined);
  expect(Object.entries(written)).toEqual(defined);
  expect(Object.values(written)).not.toContain(undefined);
});

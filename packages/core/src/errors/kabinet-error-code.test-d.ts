// KabinetErrorCode is closed: a switch over it narrows, and a code nobody throws does not compile.
import { expectTypeOf } from 'vitest';
import type { KabinetErrorCode } from './kabinet-error-codes.js';
import { KabinetError } from './kabinet-error.js';
import { UnavailableError } from './unavailable-error.js';

declare const caught: unknown;

if (UnavailableError.isInstance(caught))
  expectTypeOf(caught.code).toEqualTypeOf<'ERR_UNAVAILABLE'>();

if (KabinetError.isInstance(caught)) {
  switch (caught.code) {
    case 'ERR_CONFIG':
      expectTypeOf(caught.code).toEqualTypeOf<'ERR_CONFIG'>();
      break;
    default:
      expectTypeOf(caught.code).toEqualTypeOf<Exclude<KabinetErrorCode, 'ERR_CONFIG'>>();
  }
  // @ts-expect-error: no Kabinet error has this code
  if (caught.code === 'ERR_SESSION_EXPIRED') throw caught;
}

// @ts-expect-error: a code outside the union does not compile
new KabinetError('ERR_WHATEVER', 'made up');

expectTypeOf<'ERR_UNAVAILABLE'>().toMatchTypeOf<KabinetErrorCode>();

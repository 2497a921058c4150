// Type-level tests of RecordedPayload: checked by `tsc --noEmit` (`pnpm typecheck`), never run by
// vitest. An unused `@ts-expect-error` fails the typecheck.
import type { RecordedPayload } from './recorded-payload.js';

// An optional field may be given as undefined (withoutUndefined drops it before writing).
export const given: RecordedPayload<'account.login.failed'> = {
  ip: '10.0.0.1',
  method: 'password',
  userAgent: undefined,
};
// @ts-expect-error — a required field is missing
export const missing: RecordedPayload<'account.login.failed'> = { method: 'password' };
// @ts-expect-error — a field the action's payload does not have
export const unknown: RecordedPayload<'account.login.failed'> = { ip: '10.0.0.1', nope: 1 };
// @ts-expect-error — a required field may not be undefined
export const undefinedRequired: RecordedPayload<'account.login.failed'> = { ip: undefined };

// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The auth
// service's public methods take the input types of `authInputSchemas`, so a misspelled or
// mistyped field fails to compile (and is still refused at run time by `readInput`).
import { expectTypeOf } from 'vitest';
import type { AuthContext } from '../context/auth-context.js';
import type { AuthService } from './create-auth-service.js';

declare const auth: AuthService;
declare const session: AuthContext;

expectTypeOf(auth.login).parameter(0).toEqualTypeOf<{ login: string; password: string }>();
void auth.login({ login: '+998901234567', password: 'secret' }, { ip: '203.0.113.7' });
// @ts-expect-error — `pasword` is not a field of the login input
void auth.login({ login: '+998901234567', pasword: 'secret' });
// @ts-expect-error — the password is a string
void auth.login({ login: '+998901234567', password: 123 });

void auth.completeLogin({ loginToken: 't', method: 'totp', code: '123456' });
// @ts-expect-error — `voice` is not a second factor
void auth.completeLogin({ loginToken: 't', method: 'voice', code: '123456' });
// @ts-expect-error — `logintoken` is misspelled
void auth.sendLoginCode({ logintoken: 't', method: 'sms' });

void auth.changePassword(session, {
  currentPassword: 'old',
  newPassword: 'new',
  endOtherSessions: false,
});
void auth.changePassword(session, {
  currentPassword: 'old',
  newPassword: 'new',
  // @ts-expect-error — `endOtherSession` is misspelled
  endOtherSession: false,
});
// @ts-expect-error — `metod` is misspelled
void auth.setSecondFactor(session, { metod: 'sms' });
void auth.requestUnlock({ login: 'aziz@example.uz' });
// @ts-expect-error — `telegram` is not an unlock channel
void auth.requestUnlock({ login: 'aziz@example.uz', channel: 'telegram' });
// @ts-expect-error — `tokn` is misspelled
void auth.recoverAccess({ tokn: 'acc_1.x', newPassword: 'new' });

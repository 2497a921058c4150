// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// identity service's public methods take the input types of `identityInputSchemas`, so a
// misspelled or mistyped field fails to compile (and is still refused at run time by `readInput`).
import type { AuthContext } from '../context/auth-context.js';
import type { IdentityService } from './create-identity-service.js';

declare const identity: IdentityService;
declare const auth: AuthContext;

void identity.startConfirmation(auth, {
  method: 'bank',
  evidence: { bankId: 'sber', attestationId: 'att-42' },
});
// @ts-expect-error — `passport` is not a confirmation method (ACC-7)
void identity.startConfirmation(auth, { method: 'passport' });
// @ts-expect-error — `evidense` is misspelled
void identity.startConfirmation(auth, { method: 'bank', evidense: {} });
void identity.enterCode(auth, { checkId: 'chk_1', code: '123456' });
// @ts-expect-error — `checkID` is misspelled
void identity.enterCode(auth, { checkID: 'chk_1', code: '123456' });
// @ts-expect-error — `tokn` is misspelled
void identity.activate({ tokn: 'acc_1.secret' });
// @ts-expect-error — `documents` belongs to answerClarification; addDocument takes one `document`
void identity.addDocument(auth, { documents: [{ kind: 'snils' }] });

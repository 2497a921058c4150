// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// contacts service's public methods take the input types of `contactInputSchemas`.
import type { AuthContext } from '../context/auth-context.js';
import type { ContactsService } from './create-contacts-service.js';

declare const contacts: ContactsService;
declare const auth: AuthContext;

void contacts.requestChange(auth, { channel: 'email', value: 'new@example.uz' });
// @ts-expect-error — `sms` is a code channel; a contact is a `phone` or an `email`
void contacts.requestChange(auth, { channel: 'sms', value: '+998901234567' });
// @ts-expect-error — `cod` is misspelled
void contacts.confirmChange(auth, { channel: 'phone', cod: '123456' });
// @ts-expect-error — `icq` is not a messenger
void contacts.setMessenger(auth, { kind: 'icq', value: '12345' });
// @ts-expect-error — the history version is a number
void contacts.restore(auth, { channel: 'phone', seq: '2' });

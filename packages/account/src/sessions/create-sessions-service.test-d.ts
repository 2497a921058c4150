// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// sessions service's public methods take the input types of `sessionInputSchemas`.
import type { AuthContext } from '../context/auth-context.js';
import type { SessionsService } from './create-sessions-service.js';

declare const sessions: SessionsService;
declare const auth: AuthContext;

void sessions.refresh({ refreshToken: 'ses_1.secret' });
// @ts-expect-error — `refresh_token` is not the field's name
void sessions.refresh({ refresh_token: 'ses_1.secret' });
// @ts-expect-error — `sessionID` is misspelled
void sessions.end(auth, { sessionID: 'ses_1' });
// @ts-expect-error — the password is a string
void sessions.reauthenticate(auth, { password: 1234 });
void sessions.blockIp(auth, { ip: '203.0.113.7' });

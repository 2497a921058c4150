import type { AuthContext, Kabinet, TokenPair } from 'kabinet';
import { generate } from 'otplib';
import { must } from './must.js';
import type { Printer, WalkthroughLocale } from './printer.js';
import { passportScan } from './scan.js';
import type { FakeClock } from '@kabinet/core/testing';

/** What every scenario works with. */
export interface Stage {
  readonly kabinet: Kabinet;
  readonly clock: FakeClock;
  readonly print: Printer;
}

/** Personal data as registration takes it. */
export type PersonalInput = Parameters<Kabinet['registration']['savePersonalData']>[0]['personal'];
/** A document as registration takes it. */
export type DocumentInput = Parameters<Kabinet['registration']['addDocument']>[0]['document'];

/** A person as the scenarios need them. */
export interface Person {
  readonly userType: 'foreign_citizen' | 'residence_permit_holder';
  readonly phone: string;
  readonly email: string;
  readonly password: string;
  readonly personal: PersonalInput;
}

/** The E.164 form of a phone as typed (the outbox files messages under it). */
export const e164 = (phone: string): string => phone.replace(/[\s()-]/g, '');

const levelNames: Readonly<Record<string, string>> = {
  none: 'нет',
  simplified: 'упрощённая',
  standard: 'стандартная',
  confirmed: 'подтверждённая',
};

/** A level as the portal names it (in Russian, with the code), or its code alone in English. */
export const levelName = (level: string, locale: WalkthroughLocale = 'ru'): string =>
  locale === 'en' ? level : `${levelNames[level] ?? level} (${level})`;

/** The code the last message to an address carried, as the person reads it. */
export function codeFor(stage: Stage, address: string): string {
  const code = stage.kabinet.dev.outbox!.lastCode(address);
  if (code === undefined) throw new Error(`no code was sent to ${address}`);
  return code;
}

/** The registration steps of ACC-3, with the codes read from the outbox; returns the draft access. */
export async function startRegistration(
  stage: Stage,
  person: Person,
  documents: readonly DocumentInput[],
) {
  const { kabinet, print } = stage;
  const started = must('start', await kabinet.registration.start({ userType: person.userType }));
  const access = { draftId: started.draftId, resumeToken: started.resumeToken };
  const days = kabinet.policy.draftTtlMs / 86_400_000;
  print.step({
    ru: `Черновик регистрации ${started.draftId} (тип: ${person.userType}); черновик живёт ${days} дней (ACC-4)`,
    en: `Registration draft ${started.draftId} (type: ${person.userType}); a draft lives ${days} days (ACC-4)`,
  });
  must(
    'personal data',
    await kabinet.registration.savePersonalData({ ...access, personal: person.personal }),
  );
  const fullName = `${String(person.personal.surname)} ${String(person.personal.givenNames)}`;
  print.step({
    ru: `Паспортные данные сохранены (зашифрованы, ACC-10): ${fullName}`,
    en: `Passport data saved (encrypted, ACC-10): ${fullName}`,
  });
  for (const document of documents) {
    const files =
      document.kind === 'foreign_passport'
        ? [{ bytes: passportScan(), name: 'passport.png' }]
        : undefined;
    const view = must(
      `document ${String(document.kind)}`,
      await kabinet.registration.addDocument({ ...access, document, ...(files ? { files } : {}) }),
    );
    const added = view.documents.find((d) => d.kind === document.kind)!;
    print.step({
      ru: `Документ ${added.kind} ${added.masked}${added.expiresOn ? `, действует до ${added.expiresOn}` : ''}${files ? ', скан 300 dpi проверен и загружен (FILE-2, FILE-4)' : ''}`,
      en: `Document ${added.kind} ${added.masked}${added.expiresOn ? `, valid until ${added.expiresOn}` : ''}${files ? ', 300-dpi scan checked and uploaded (FILE-2, FILE-4)' : ''}`,
    });
  }
  must(
    'contacts',
    await kabinet.registration.setContacts({ ...access, phone: person.phone, email: person.email }),
  );
  for (const [channel, address] of [
    ['phone', e164(person.phone)],
    ['email', person.email],
  ] as const) {
    const sent = must(
      `code ${channel}`,
      await kabinet.registration.requestCode({ ...access, channel }),
    );
    const code = codeFor(stage, address);
    print.step({
      ru: `Код отправлен на ${sent.sentTo}; из ${channel === 'phone' ? 'SMS' : 'письма'}: ${code}`,
      en: `Code sent to ${sent.sentTo}; from the ${channel === 'phone' ? 'SMS' : 'e-mail'}: ${code}`,
    });
    must(
      `confirm ${channel}`,
      await kabinet.registration.confirmCode({ ...access, channel, code }),
    );
    print.note({
      ru: `${channel === 'phone' ? 'Телефон' : 'E-mail'} подтверждён (CONTACT-3)`,
      en: `${channel === 'phone' ? 'Phone' : 'E-mail'} confirmed (CONTACT-3)`,
    });
  }
  const withPassword = await kabinet.registration.setPassword({
    ...access,
    password: person.password,
  });
  must('password', withPassword);
  print.step({
    ru: `Пароль задан (scrypt, политика «${kabinet.policy.passwordPreset}»)`,
    en: `Password set (scrypt, policy "${kabinet.policy.passwordPreset}")`,
  });
  must(
    'terms',
    await kabinet.registration.acceptTerms({
      ...access,
      termsVersion: kabinet.policy.termsVersion,
    }),
  );
  print.step({
    ru: `Условия приняты (редакция ${kabinet.policy.termsVersion})`,
    en: `Terms accepted (version ${kabinet.policy.termsVersion})`,
  });
  return access;
}

/** Password and an SMS code: a new session. */
export async function loginWithSms(
  stage: Stage,
  person: Person,
  ip: string,
): Promise<{ tokens: TokenPair; auth: AuthContext }> {
  const { kabinet, print, clock } = stage;
  clock.advance(2 * 60_000);
  const first = must(
    'login',
    await kabinet.auth.login(
      { login: e164(person.phone), password: person.password },
      { ip, userAgent: 'walkthrough' },
    ),
  );
  if (first.status !== 'second_factor_required') throw new Error('a second factor was expected');
  const code = codeFor(stage, e164(person.phone));
  print.step({
    ru: `Вход: пароль верен, второй фактор — SMS на ${first.codeSentTo}; код ${code}`,
    en: `Login: password correct, second factor by SMS to ${first.codeSentTo}; code ${code}`,
  });
  const done = must(
    'complete login',
    await kabinet.auth.completeLogin({ loginToken: first.loginToken, method: 'sms', code }, { ip }),
  );
  const auth = must('authenticate', await kabinet.sessions.authenticate(done.tokens.accessToken));
  print.note({
    ru: `Сессия ${done.tokens.sessionId}: уровень ${levelName(auth.level)}, IP ${ip}`,
    en: `Session ${done.tokens.sessionId}: level ${levelName(auth.level, 'en')}, IP ${ip}`,
  });
  return { tokens: done.tokens, auth };
}

/** After a level change the access token no longer fits: refresh gets a session with a new id (S-10). */
export async function refreshAfterLevelChange(
  stage: Stage,
  tokens: TokenPair,
): Promise<{ tokens: TokenPair; auth: AuthContext }> {
  const { kabinet, print } = stage;
  const stale = await kabinet.sessions.authenticate(tokens.accessToken);
  const next = must(
    'refresh',
    await kabinet.sessions.refresh({ refreshToken: tokens.refreshToken }),
  );
  const auth = must('authenticate', await kabinet.sessions.authenticate(next.accessToken));
  print.note({
    ru: `Старый токен: ${stale.success ? 'принят' : stale.issues[0]!.code}; новая сессия ${next.sessionId} (было ${tokens.sessionId}), уровень ${levelName(auth.level)}`,
    en: `Old token: ${stale.success ? 'accepted' : stale.issues[0]!.code}; new session ${next.sessionId} (was ${tokens.sessionId}), level ${levelName(auth.level, 'en')}`,
  });
  return { tokens: next, auth };
}

/** TOTP enrolment (OTP-6, S-6): the secret, a first code, the backup codes. Returns the secret. */
export async function enrollTotp(stage: Stage, auth: AuthContext): Promise<string> {
  const { kabinet, print, clock } = stage;
  const begun = must('totp', await kabinet.auth.beginTotpEnrollment(auth));
  print.step({
    ru: `Приложение-аутентификатор: секрет ${begun.secret.slice(0, 4)}…, ${begun.uri.slice(0, 38)}…`,
    en: `Authenticator app: secret ${begun.secret.slice(0, 4)}…, ${begun.uri.slice(0, 38)}…`,
  });
  const code = await generate({ secret: begun.secret, epoch: Math.floor(clock.now() / 1000) });
  const confirmed = must('totp confirm', await kabinet.auth.confirmTotpEnrollment(auth, { code }));
  print.note({
    ru: `Код из приложения ${code} принят; TOTP — основной второй фактор; резервных кодов: ${confirmed.backupCodes.length} (например ${confirmed.backupCodes[0]})`,
    en: `App code ${code} accepted; TOTP is the preferred second factor; backup codes: ${confirmed.backupCodes.length} (e.g. ${confirmed.backupCodes[0]})`,
  });
  return begun.secret;
}

/** Password and a TOTP code (OTP-6). */
export async function loginWithTotp(
  stage: Stage,
  person: Person,
  secret: string,
  ip: string,
): Promise<{ tokens: TokenPair; auth: AuthContext }> {
  const { kabinet, print, clock } = stage;
  clock.advance(60_000);
  const first = must(
    'login',
    await kabinet.auth.login(
      { login: person.email, password: person.password },
      { ip, userAgent: 'walkthrough' },
    ),
  );
  if (first.status !== 'second_factor_required') throw new Error('a second factor was expected');
  const code = await generate({ secret, epoch: Math.floor(clock.now() / 1000) });
  print.step({
    ru: `Вход по e-mail и паролю; второй фактор: ${first.preferred} (доступно: ${first.methods.join(', ')}); код из приложения ${code}`,
    en: `Login with e-mail and password; second factor: ${first.preferred} (available: ${first.methods.join(', ')}); app code ${code}`,
  });
  const done = must(
    'complete login',
    await kabinet.auth.completeLogin(
      { loginToken: first.loginToken, method: 'totp', code },
      { ip },
    ),
  );
  const auth = must('authenticate', await kabinet.sessions.authenticate(done.tokens.accessToken));
  print.note({
    ru: `Сессия ${done.tokens.sessionId}, уровень ${levelName(auth.level)}`,
    en: `Session ${done.tokens.sessionId}, level ${levelName(auth.level, 'en')}`,
  });
  const replay = await kabinet.auth.login(
    { login: person.email, password: person.password },
    { ip },
  );
  if (replay.success && replay.data.status === 'second_factor_required') {
    const again = await kabinet.auth.completeLogin(
      { loginToken: replay.data.loginToken, method: 'totp', code },
      { ip },
    );
    print.note({
      ru: `Тот же код ещё раз: ${again.success ? 'принят (ошибка!)' : again.issues[0]!.code} — повтор отклонён (S-6)`,
      en: `The same code again: ${again.success ? 'accepted (a bug!)' : again.issues[0]!.code}, the replay is refused (S-6)`,
    });
  }
  return { tokens: done.tokens, auth };
}

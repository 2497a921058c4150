// Wires the account services on the in-memory adapters for tests (a fake clock, an outbox, a
// scripted registry, cheap scrypt) and offers the steps most tests repeat.
import { crc32 } from 'node:zlib';
import { createJournal, type Journal } from '@kabinet/audit';
import { createLockoutService, defaultLockoutPolicy, type LockoutPolicy } from '@kabinet/lockout';
import {
  createMemoryBlobStore,
  createMemoryCounterStore,
  createMemoryIdentityRegistry,
  createMemoryJournalStore,
  createMemoryVersionedStore,
  createOutbox,
  type MemoryIdentityRegistry,
  type MemoryVersionedStore,
  type Outbox,
} from '@kabinet/memory';
import {
  createBackupCodeService,
  createOtpService,
  createTotpVerifier,
  defaultBackupCodePolicy,
} from '@kabinet/otp';
import type {
  AccountRecord,
  DraftRecord,
  KeyProvider,
  PasswordHasher,
  PendingLoginRecord,
  SessionRecord,
} from '@kabinet/ports';
import { createAccountServices } from '../src/context/create-account-services.js';
import type { AccountContext } from '../src/context/account-context.js';
import type { RegistrationInput } from '../src/registration/registration-input-schemas.js';
import type { AccountPolicy } from '../src/policy/account-policy.js';
import {
  createStaticKeyProvider,
  type StaticKeysConfig,
} from '../src/crypto/create-static-key-provider.js';
import { generateDevelopmentKeys } from '../src/crypto/generate-development-keys.js';
import { createScryptHasher } from '../src/password/create-scrypt-hasher.js';
import type { AuthService } from '../src/auth/create-auth-service.js';
import type { RegistrationService } from '../src/registration/create-registration-service.js';
import type { SessionsService } from '../src/sessions/create-sessions-service.js';
import type { ContactsService } from '../src/contacts/create-contacts-service.js';
import type { IdentityService } from '../src/identity/create-identity-service.js';
import type { SupportService } from '../src/support/create-support-service.js';
import type { MaintenanceService } from '../src/maintenance/create-maintenance-service.js';
import type { AuthContext, TokenPair } from '../src/context/auth-context.js';
import { createFakeClock, type FakeClock } from '@kabinet/core/testing';

export interface Kit {
  readonly ctx: AccountContext;
  /** The account policy in force, as `createAccountServices` reports it. */
  readonly policy: AccountPolicy;
  readonly clock: FakeClock;
  readonly outbox: Outbox;
  readonly registry: MemoryIdentityRegistry;
  readonly journal: Journal;
  readonly accounts: MemoryVersionedStore<AccountRecord>;
  readonly drafts: MemoryVersionedStore<DraftRecord>;
  readonly sessionStore: MemoryVersionedStore<SessionRecord>;
  readonly registration: RegistrationService;
  readonly auth: AuthService;
  readonly sessions: SessionsService;
  readonly contacts: ContactsService;
  readonly identity: IdentityService;
  readonly support: SupportService;
  readonly maintenance: MaintenanceService;
  /** Replaces the keys every service uses from now on (a key rotation). */
  useKeys(config: StaticKeysConfig): void;
}

export const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const keysConfig = generateDevelopmentKeys('test');

/** The kit with cheap hashing; `policy` overrides the account policy. */
export function createKit(
  policy: Partial<AccountPolicy> = {},
  lockoutPolicy: LockoutPolicy = defaultLockoutPolicy,
  hasher: PasswordHasher = createScryptHasher({ cost: 2 ** 10 }),
): Kit {
  const clock = createFakeClock(START);
  let active = createStaticKeyProvider(keysConfig);
  // Delegates to whichever keys are active, so a test can rotate them under running services.
  const keys: KeyProvider = {
    currentSigningKey: () => active.currentSigningKey(),
    verificationKeys: () => active.verificationKeys(),
    currentSecret: (purpose) => active.currentSecret(purpose),
    secretById: (purpose, kid) => active.secretById(purpose, kid),
    secrets: (purpose) => active.secrets?.(purpose) ?? [active.currentSecret(purpose)],
  };
  const outbox = createOutbox({ clock });
  const registry = createMemoryIdentityRegistry();
  const journal = createJournal({ store: createMemoryJournalStore(), keys, clock });
  const accounts = createMemoryVersionedStore<AccountRecord>({ clock, entity: 'account' });
  const drafts = createMemoryVersionedStore<DraftRecord>({ clock, entity: 'draft' });
  const sessionStore = createMemoryVersionedStore<SessionRecord>({ clock, entity: 'session' });
  const account = createAccountServices({
    stores: {
      accounts,
      drafts,
      sessions: sessionStore,
      pendingLogins: createMemoryVersionedStore<PendingLoginRecord>({
        clock,
        entity: 'pending-login',
      }),
      blobs: createMemoryBlobStore(),
    },
    otp: createOtpService({ challenges: createMemoryVersionedStore({ clock }), keys, clock }),
    totp: createTotpVerifier({ steps: createMemoryVersionedStore({ clock }), clock }),
    backupCodes: createBackupCodeService({
      sets: createMemoryVersionedStore({ clock }),
      keys,
      clock,
      policy: {
        ...defaultBackupCodePolicy,
        scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 },
      },
    }),
    lockout: createLockoutService({
      counters: createMemoryCounterStore({ clock }),
      clock,
      policy: lockoutPolicy,
    }),
    journal,
    registry,
    senders: outbox,
    hasher,
    keys,
    clock,
    tokens: { issuer: 'https://lk.test', audience: 'kabinet-test' },
    serviceName: 'Госуслуги',
    scanFile: async () => 'clean',
    policy: {
      scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1, keyLength: 32, saltLength: 16 },
      ...policy,
    },
  });
  return {
    ctx: account.context,
    policy: account.policy,
    clock,
    outbox,
    registry,
    journal,
    accounts,
    drafts,
    sessionStore,
    registration: account.registration,
    auth: account.auth,
    sessions: account.sessions,
    contacts: account.contacts,
    identity: account.identity,
    support: account.support,
    maintenance: account.maintenance,
    useKeys: (config) => {
      active = createStaticKeyProvider(config);
    },
  };
}

/** The keys every kit starts with. */
export const testKeys: StaticKeysConfig = keysConfig;
const freshKeys = generateDevelopmentKeys('new');

/**
 * The test keys after a rotation of the `pii-encryption` and `blind-index` keys: new current
 * keys (kids `new-pii`, `new-bi`), the old ones kept as retired keys unless `retire`.
 */
export function rotatedKeys(retire = false): StaticKeysConfig {
  const keep = (purpose: 'pii-encryption' | 'blind-index') =>
    retire
      ? freshKeys.secrets[purpose]
      : [...freshKeys.secrets[purpose], ...keysConfig.secrets[purpose]];
  return {
    signing: keysConfig.signing,
    secrets: {
      ...keysConfig.secrets,
      'pii-encryption': keep('pii-encryption'),
      'blind-index': keep('blind-index'),
    },
  };
}

const be32 = (n: number): number[] => [
  (n >>> 24) & 0xff,
  (n >>> 16) & 0xff,
  (n >>> 8) & 0xff,
  n & 0xff,
];
function chunk(type: string, data: number[]): number[] {
  const body = Uint8Array.from([...[...type].map((c) => c.charCodeAt(0)), ...data]);
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}

/** A small, well-formed PNG "scan", 300 dpi by default (FILE-2; 11811 px/m ≈ 300 dpi, 2835 ≈ 72). */
export function scanPng(pixelsPerMetre = 11811): Uint8Array {
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', [...be32(1600), ...be32(1100), 8, 2, 0, 0, 0]),
    ...chunk('pHYs', [...be32(pixelsPerMetre), ...be32(pixelsPerMetre), 1]),
    ...chunk('IDAT', [0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]),
    ...chunk('IEND', []),
  ]);
}

export const PASSWORD = 'Samarqand-2026!';

/** A person of each user type, with valid documents. */
export const people = {
  foreign_citizen: {
    personal: {
      surname: 'Каримов',
      givenNames: 'Азиз',
      latinSurname: 'KARIMOV',
      latinGivenNames: 'AZIZ',
      birthDate: '17.05.1990',
      citizenship: 'UZB',
      sex: 'male',
    },
    documents: [
      {
        kind: 'foreign_passport',
        number: 'AA1234567',
        country: 'UZB',
        issueDate: '10.01.2020',
        expiryDate: '09.01.2030',
      },
      {
        kind: 'migration_card',
        number: '4012 3057841',
        entryDate: '15.02.2026',
        stayUntil: '14.05.2026',
      },
    ],
  },
  residence_permit_holder: {
    personal: {
      surname: 'Исмаилова',
      givenNames: 'Дильноза',
      latinSurname: 'ISMAILOVA',
      latinGivenNames: 'DILNOZA',
      birthDate: '03.11.1988',
      citizenship: 'TJK',
      sex: 'female',
      address: {
        postalIndex: '101000',
        city: 'г. Москва',
        street: 'ул. Мясницкая',
        house: '7',
        apartment: '12',
      },
    },
    documents: [
      {
        kind: 'foreign_passport',
        number: '400123456',
        country: 'TJK',
        issueDate: '01.06.2019',
        expiryDate: '31.05.2029',
      },
      { kind: 'residence_permit', series: '82', number: '1234567', issueDate: '15.03.2021' },
      { kind: 'snils', number: '112-233-445 95' },
    ],
  },
} as const;

let counter = 0;

/** A fresh phone and e-mail, so tests never collide. */
export function contacts(): { phone: string; email: string } {
  counter++;
  return {
    phone: `+99890${String(1000000 + counter).slice(-7)}`,
    email: `user${counter}@example.uz`,
  };
}

/** A valid SNILS for a 9-digit body (the check digits computed as DOC-5 says). */
function snilsFor(body: number): string {
  const digits = String(100_000_000 + (body % 800_000_000))
    .padStart(9, '0')
    .slice(-9);
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (9 - i), 0);
  const check =
    sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101 === 100 ? 0 : sum % 101;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${String(check).padStart(2, '0')}`;
}

/**
 * The documents of a person with numbers of their own: one person, one account, so every
 * account a test registers needs its own passport, permit, card and SNILS.
 */
export function documentsOf(
  userType: keyof typeof people,
  n: number,
): readonly Record<string, string>[] {
  const seven = String(1_000_000 + (n % 9_000_000)).slice(-7);
  return people[userType].documents.map((document) => {
    const d: Record<string, string> = { ...document };
    switch (d['kind']) {
      case 'foreign_passport':
        return { ...d, number: d['country'] === 'UZB' ? `AC${seven}` : `40${seven}` };
      case 'migration_card':
        return { ...d, number: `4012 ${seven}` };
      case 'residence_permit':
        return { ...d, number: seven };
      case 'snils':
        return { ...d, number: snilsFor(200_000_000 + n) };
      default:
        return d;
    }
  });
}

/** Registers and activates an account of a user type; returns ids and contacts. */
export async function registerActive(
  kit: Kit,
  userType: keyof typeof people = 'foreign_citizen',
  meta: { ip?: string } = {},
): Promise<{ accountId: string; phone: string; email: string }> {
  const person = people[userType];
  const { phone, email } = contacts();
  const started = await kit.registration.start({ userType });
  if (!started.success) throw new Error(JSON.stringify(started.issues));
  const access = { draftId: started.data.draftId, resumeToken: started.data.resumeToken };
  const must = <T>(r: { success: boolean; issues?: unknown; data?: T }): T => {
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    return r.data as T;
  };
  must(await kit.registration.savePersonalData({ ...access, personal: person.personal }));
  for (const document of documentsOf(userType, counter))
    must(
      await kit.registration.addDocument({
        ...access,
        document: document as RegistrationInput<'addDocument'>['document'],
        ...(document['kind'] === 'foreign_passport'
          ? { files: [{ bytes: scanPng(), name: 'passport.png' }] }
          : {}),
      }),
    );
  must(await kit.registration.setContacts({ ...access, phone, email }));
  must(await kit.registration.requestCode({ ...access, channel: 'phone' }, meta));
  must(
    await kit.registration.confirmCode({
      ...access,
      channel: 'phone',
      code: kit.outbox.lastCode(phone)!,
    }),
  );
  must(await kit.registration.requestCode({ ...access, channel: 'email' }, meta));
  must(
    await kit.registration.confirmCode({
      ...access,
      channel: 'email',
      code: kit.outbox.lastCode(email)!,
    }),
  );
  must(await kit.registration.setPassword({ ...access, password: PASSWORD }));
  must(
    await kit.registration.acceptTerms({ ...access, termsVersion: kit.ctx.policy.termsVersion }),
  );
  const created = must<{ accountId: string }>(await kit.registration.create(access));
  // Past the resend cooldown (S-5) of the registration codes.
  kit.clock.advance(2 * 60_000);
  return { accountId: created.accountId, phone, email };
}

/** Logs in with password and SMS code; returns the tokens and the authenticated context. */
export async function login(
  kit: Kit,
  phone: string,
  options: { ip?: string; password?: string } = {},
): Promise<{ tokens: TokenPair; auth: AuthContext }> {
  const meta = { ip: options.ip ?? '203.0.113.7', userAgent: 'test-agent' };
  const first = await kit.auth.login(
    { login: phone, password: options.password ?? PASSWORD },
    meta,
  );
  if (!first.success || first.data.status !== 'second_factor_required')
    throw new Error(JSON.stringify(first));
  const code = kit.outbox.lastCode(phone);
  const done = await kit.auth.completeLogin(
    { loginToken: first.data.loginToken, method: 'sms', code: code! },
    meta,
  );
  if (!done.success) throw new Error(JSON.stringify(done.issues));
  const auth = await kit.sessions.authenticate(done.data.tokens.accessToken);
  if (!auth.success) throw new Error(JSON.stringify(auth.issues));
  kit.clock.advance(61_000);
  return { tokens: done.data.tokens, auth: auth.data };
}

/** Registers, logs in and passes the documents check: an account at the standard level. */
export async function standardAccount(
  kit: Kit,
  userType: keyof typeof people = 'foreign_citizen',
  ip?: string,
) {
  const registered = await registerActive(kit, userType, ip === undefined ? {} : { ip });
  const session = await login(kit, registered.phone, ip === undefined ? {} : { ip });
  const checked = await kit.identity.checkDocuments(session.auth);
  if (!checked.success || checked.data.state !== 'confirmed')
    throw new Error(JSON.stringify(checked));
  const refreshed = await kit.sessions.refresh({ refreshToken: session.tokens.refreshToken });
  if (!refreshed.success) throw new Error(JSON.stringify(refreshed.issues));
  const auth = await kit.sessions.authenticate(refreshed.data.accessToken);
  if (!auth.success) throw new Error(JSON.stringify(auth.issues));
  return { ...registered, tokens: refreshed.data, auth: auth.data };
}

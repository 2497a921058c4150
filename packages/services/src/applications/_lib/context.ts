import { KabinetError, readInput, type InputSchema, type Result } from '@kabinet/core';
import {
  withoutUndefined,
  type JournalPayloadOf,
  type KnownJournalAction,
  type JsonValue,
  type RecordedPayload,
} from '@kabinet/audit';
import type { JournaledUnit } from '@kabinet/audit/units';
import type { Stored, VersionedStore } from '@kabinet/ports';
import type { FileScanner } from '@kabinet/validators/file';
import type { ServicesDeps } from '../../context/services-deps.js';
import type { AgencyGateway } from '../agency-gateway.js';
import type { ApplicationRecord, CertificateRecord } from '../application-record.js';
import type { ApplicationsPolicy } from '../applications-policy.js';
import type { DutyLedger } from '../duty-ledger.js';
import type { FieldCipher } from '../field-cipher.js';
import type {} from './application-journal-actions.js';
import { sealedStore } from './sealed-store.js';
import type { ServiceDefinition } from '../service-definition.js';
import type { ApplicationIssueCode } from '../application-messages.js';

export const APPLICATIONS = 'applications';
export const CERTIFICATES = 'application_certificates';

/** Everything the use cases read. */
export interface AppContext {
  readonly deps: ServicesDeps;
  readonly policy: ApplicationsPolicy;
  readonly services: ReadonlyMap<string, ServiceDefinition>;
  readonly catalogue: readonly ServiceDefinition[];
  readonly agency: AgencyGateway;
  /** Whether a real gateway was given (callbacks cannot be authenticated without one). */
  readonly agencyConfigured: boolean;
  readonly duties: DutyLedger;
  readonly scanFile: FileScanner | undefined;
  /** Seals forms at rest (S-12), when given. */
  readonly fieldCipher: FieldCipher | undefined;
}

export type Party = { readonly type: 'account' | 'system' | 'agency'; readonly id: string };
export const SYSTEM: Party = { type: 'system', id: 'applications' };
export const AGENCY: Party = { type: 'agency', id: 'agency' };
export const accountParty = (id: string): Party => ({ type: 'account', id });

export const applications = (ctx: AppContext): VersionedStore<ApplicationRecord> =>
  sealedStore(ctx.deps.versioned<ApplicationRecord>(APPLICATIONS), ctx.fieldCipher);

/** The applications collection inside a unit (forms sealed as outside). */
export const unitApplications = (
  ctx: AppContext,
  unit: JournaledUnit,
): VersionedStore<ApplicationRecord> =>
  sealedStore(unit.versioned<ApplicationRecord>(APPLICATIONS), ctx.fieldCipher);
export const certificates = (ctx: AppContext): VersionedStore<CertificateRecord> =>
  ctx.deps.versioned<CertificateRecord>(CERTIFICATES);

/** The journal actions of applications (`application-journal-actions.ts`). */
export type ApplicationAction = Extract<KnownJournalAction, `application.${string}`>;

/** Journals an `application.*` action about an account inside a unit, with exactly its payload. */
export async function journal<A extends ApplicationAction>(
  unit: JournaledUnit,
  actor: Party,
  action: A,
  accountId: string,
  payload: RecordedPayload<A>,
): Promise<void> {
  await write(unit, actor, action, accountId, withoutUndefined(payload));
}

/** The actions about one application (their payloads name it): the ones a change may write. */
export type ChangeAction = {
  [A in ApplicationAction]: JournalPayloadOf<A> extends { readonly applicationId: string }
    ? A
    : never;
}[ApplicationAction];

/** A change's own payload: the action's without the application's id (an empty one takes no field). */
type ChangePayload<A extends ChangeAction> = keyof Omit<
  RecordedPayload<A>,
  'applicationId'
> extends never
  ? Readonly<Record<string, never>>
  : Omit<RecordedPayload<A>, 'applicationId'>;

/** A change's journal entry: an action with exactly its payload but the application's id. */
export type ChangeJournal = {
  readonly [A in ChangeAction]: { readonly action: A; readonly payload: ChangePayload<A> };
}[ChangeAction];

/** Journals a change of the application inside a unit (its id added to the payload). */
export async function journalChange(
  unit: JournaledUnit,
  actor: Party,
  app: { readonly id: string; readonly ownerId: string },
  entry: ChangeJournal,
): Promise<void> {
  const payload = withoutUndefined({ applicationId: app.id, ...entry.payload });
  await write(unit, actor, entry.action, app.ownerId, payload);
}

async function write(
  unit: JournaledUnit,
  actor: Party,
  action: ApplicationAction,
  accountId: string,
  payload: Record<string, JsonValue>,
): Promise<void> {
  // The callers' types paired the payload with the action; a union or generic one cannot show it.
  await unit.append<string>({
    actor,
    action,
    subject: { type: 'account', id: accountId },
    payload,
  });
}

/** Reads a use case's input: a non-object is misuse (thrown), anything else is checked by the schema. */
export function read<T>(
  schema: InputSchema<T>,
  input: unknown,
  operation: string,
): Result<T, ApplicationIssueCode> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new KabinetError(
      'ERR_INVALID_ARGUMENT',
      `applications.${operation}: the input must be an object`,
    );
  }
  return readInput(schema, input);
}

/** The record without the store-managed version. */
export function unstore<T extends { readonly version: number }>(stored: T): Omit<T, 'version'> {
  const { version: _version, ...rest } = stored;
  return rest;
}

/** The account's application, or `undefined` (another account's reads the same as a missing one). */
export async function loadOwned(
  ctx: AppContext,
  accountId: string,
  applicationId: string,
): Promise<Stored<ApplicationRecord> | undefined> {
  const found = await applications(ctx).get(applicationId);
  return found !== undefined && found.ownerId === accountId ? found : undefined;
}

import { KabinetError, readInput, type InputSchema, type Result } from '@kabinet/core';
import type { JournaledUnit } from '@kabinet/audit/units';
import type { Stored, VersionedStore } from '@kabinet/ports';
import type { FileScanner } from '@kabinet/validators/file';
import type { ServicesDeps } from '../../context/services-deps.js';
import type { AgencyGateway } from '../agency-gateway.js';
import type { ApplicationRecord, CertificateRecord } from '../application-record.js';
import type { ApplicationsPolicy } from '../applications-policy.js';
import type { DutyLedger } from '../duty-ledger.js';
import type { FieldCipher } from '../field-cipher.js';
import { sealedStore } from './sealed-store.js';
import type { ServiceDefinition } from '../service-definition.js';

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

type Json = string | number | boolean | null | readonly Json[] | { readonly [k: string]: Json };

/** Journals an `application.*` action about an account inside a unit. */
export async function journal(
  unit: JournaledUnit,
  actor: Party,
  action: string,
  accountId: string,
  payload: Record<string, Json | undefined>,
): Promise<void> {
  const clean: Record<string, Json> = {};
  for (const [k, v] of Object.entries(payload)) if (v !== undefined) clean[k] = v;
  await unit.append({ actor, action, subject: { type: 'account', id: accountId }, payload: clean });
}

/** Reads a use case's input: a non-object is misuse (thrown), anything else is checked by the schema. */
export function read<T>(schema: InputSchema<T>, input: unknown, operation: string): Result<T> {
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

import { KabinetError } from '@kabinet/core';
import type { FileScanner } from '@kabinet/validators/file';
import type { ServicesDeps } from '../context/services-deps.js';
import type { AgencyGateway } from './agency-gateway.js';
import { defaultApplicationsPolicy, type ApplicationsPolicy } from './applications-policy.js';
import type { ApplicationsService } from './applications-service.js';
import { defaultServiceCatalogue } from './default-service-catalogue.js';
import { defineApplicationsPolicy } from './define-applications-policy.js';
import type { DutyLedger } from './duty-ledger.js';
import type { FieldCipher } from './field-cipher.js';
import type { ServiceDefinition } from './service-definition.js';
import type { AppContext } from './_lib/context.js';
import { answer, submit, withdraw } from './_lib/use-submit.js';
import { attach, createDraft, edit, removeAttachment } from './_lib/use-drafts.js';
import { handleAgencyCallback, receiveAgencyUpdate } from './_lib/use-agency.js';
import { passDue } from './_lib/use-pass.js';
import { resealForms } from './_lib/use-reseal.js';
import {
  getApplication,
  listApplications,
  listCertificates,
  readCertificate,
} from './_lib/use-queries.js';

/** What the applications service needs besides {@link ServicesDeps}. */
export interface ApplicationsOptions {
  /**
   * The authority's gateway (`createSimulatedAgency` for demos and tests). Without one, drafts
   * and submits work, and the hand-over and callbacks throw `ERR_CONFIG` (never a simulated default).
   */
  readonly agency?: AgencyGateway;
  /** Whether a duty is paid (kabinet wires it to payments). */
  readonly duties: DutyLedger;
  /** The antivirus hook every upload passes (FILE-4); uploads throw `ERR_CONFIG` without it. */
  readonly scanFile?: FileScanner;
  /** Seals forms at rest (S-12); `kabinet` passes the account's PII cipher. */
  readonly fieldCipher?: FieldCipher;
  /** The policy (checked by `defineApplicationsPolicy`). */
  readonly policy?: ApplicationsPolicy;
  /** The catalogue (default {@link defaultServiceCatalogue}). */
  readonly catalogue?: readonly ServiceDefinition[];
}

const missing = (): never => {
  throw new KabinetError(
    'ERR_CONFIG',
    'applications: no agency gateway configured (pass `agency`)',
  );
};
const unconfigured: AgencyGateway = {
  submit: async () => missing(),
  supplement: async () => missing(),
  parseCallback: async () => missing(),
  fetchDocument: async () => missing(),
};

/**
 * Builds the applications service (SVC-1) over the services' deps: records in the
 * `applications` collection (owner = account, due = the hand-over), certificates in
 * `application_certificates`, every change journaled (`application.*`) and notified (kind
 * `application`) in the same unit.
 *
 * @param deps - storage, units, notices, clock, randomness
 * @param options - the gateway, the duty ledger, the scanner, the policy and the catalogue
 * @returns the service
 * @throws KabinetError `ERR_CONFIG` for a bad policy or a catalogue with a repeated code or field
 * @example
 * ```ts
 * const agency = createSimulatedAgency({ clock, random, secret: 'agency-secret' });
 * const applications = createApplicationsService(deps, { agency, duties: async () => ({ paymentId: 'pay_1' }), scanFile: async () => 'clean' });
 * const draft = await applications.createDraft({ accountId: 'acc_1', accountLevel: 'standard', serviceCode: 'arrival_notification' });
 * ```
 */
export function createApplicationsService(
  deps: ServicesDeps,
  options: ApplicationsOptions,
): ApplicationsService {
  if (typeof options?.duties !== 'function')
    throw new KabinetError('ERR_CONFIG', 'applications: pass a duty ledger');
  const catalogue = options.catalogue ?? defaultServiceCatalogue;
  const services = new Map<string, ServiceDefinition>();
  for (const service of catalogue) {
    if (services.has(service.code))
      throw new KabinetError('ERR_CONFIG', `applications: service ${service.code} is listed twice`);
    const names = new Set(service.fields.map((f) => f.name));
    const kinds = new Set(service.attachments.map((a) => a.kind));
    if (names.size !== service.fields.length || kinds.size !== service.attachments.length) {
      throw new KabinetError(
        'ERR_CONFIG',
        `applications: service ${service.code} repeats a field or an attachment kind`,
      );
    }
    if (!Number.isSafeInteger(service.processingWorkingDays) || service.processingWorkingDays < 0) {
      throw new KabinetError(
        'ERR_CONFIG',
        `applications: service ${service.code} needs a whole number of working days`,
      );
    }
    services.set(service.code, service);
  }
  const ctx: AppContext = {
    deps,
    policy: defineApplicationsPolicy(options.policy ?? defaultApplicationsPolicy),
    services,
    catalogue,
    agency: options.agency ?? unconfigured,
    agencyConfigured: options.agency !== undefined,
    duties: options.duties,
    scanFile: options.scanFile,
    fieldCipher: options.fieldCipher,
  };
  return {
    listServices: () => ctx.catalogue,
    createDraft: (input) => createDraft(ctx, input),
    edit: (input) => edit(ctx, input),
    attach: (input) => attach(ctx, input),
    removeAttachment: (input) => removeAttachment(ctx, input),
    submit: (input) => submit(ctx, input),
    withdraw: (input) => withdraw(ctx, input),
    answer: (input) => answer(ctx, input),
    get: (input) => getApplication(ctx, input),
    list: (input) => listApplications(ctx, input),
    listCertificates: (input) => listCertificates(ctx, input),
    readCertificate: (input) => readCertificate(ctx, input),
    passDue: (input) => passDue(ctx, input ?? {}),
    resealForms: (input) => resealForms(ctx, input ?? {}),
    receiveAgencyUpdate: (update) => receiveAgencyUpdate(ctx, update),
    handleAgencyCallback: (input) => handleAgencyCallback(ctx, input),
  };
}

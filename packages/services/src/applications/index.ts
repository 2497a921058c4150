/**
 * Applications — «Мои заявки» (SVC-1): a catalogue of services as data (form fields with the
 * validators of `@kabinet/validators`, attachments with file policies, the account level, the
 * duty to pay first, the processing time), the lifecycle as a transition table (draft →
 * submitted → passed to the authority → under review ⇄ more information required → approved
 * or rejected; withdraw and edit only until the hand-over), the authority's side as a port
 * with idempotent, order-independent reports and a simulated adapter, the expected completion
 * date (the clock stops while waiting for the user), and the received certificates (AUD-2).
 *
 * @example
 * ```ts
 * import { createApplicationsService, createSimulatedAgency } from '@kabinet/services/applications';
 * const agency = createSimulatedAgency({ clock, random, secret: 'agency-secret-0123' });
 * const applications = createApplicationsService(deps, { agency, duties, scanFile });
 * const draft = await applications.createDraft({ accountId, accountLevel: 'standard', serviceCode: 'stay_registration' });
 * ```
 *
 * @module @kabinet/services/applications
 */
export {
  applicationMachine,
  type ApplicationEvent,
  type ApplicationStatus,
} from './application-machine.js';
export type {
  ApplicationAttachment,
  ApplicationDecision,
  ApplicationRecord,
  ApplicationStep,
  CertificateRecord,
  FieldValue,
  InfoRequest,
} from './application-record.js';
export type {
  AttachmentRequirement,
  FormField,
  LocalText,
  ServiceDefinition,
} from './service-definition.js';
export { defaultServiceCatalogue } from './default-service-catalogue.js';
export {
  defaultApplicationsPolicy,
  strictApplicationsPolicy,
  RUSSIAN_HOLIDAYS_2026_2027,
  type ApplicationsPolicy,
} from './applications-policy.js';
export { defineApplicationsPolicy } from './define-applications-policy.js';
export {
  expectedCompletion,
  type CompletionClock,
  type WorkingCalendar,
} from './expected-completion.js';
export { issueConfirmationNumber } from './issue-confirmation-number.js';
export { parseConfirmationNumber } from './parse-confirmation-number.js';
export type { DutyLedger } from './duty-ledger.js';
export type { FieldCipher } from './field-cipher.js';
export type {
  AgencyDocument,
  AgencyGateway,
  AgencyStatus,
  AgencySubmission,
  AgencySupplement,
  AgencyUpdate,
} from './agency-gateway.js';
export { agencyUpdateSchema } from './agency-update-schema.js';
export { applicationsInputSchemas } from './applications-input-schemas.js';
export type {
  AgencyOutcome,
  ApplicationDetails,
  ApplicationsInput,
  ApplicationsService,
} from './applications-service.js';
export {
  createApplicationsService,
  type ApplicationsOptions,
} from './create-applications-service.js';
export {
  createSimulatedAgency,
  type SimulatedAgency,
  type SimulatedAgencyOptions,
  type SimulatedCallback,
  type SimulatedCase,
  type SimulatedStep,
} from './create-simulated-agency.js';
export {
  applicationMessages,
  type ApplicationIssueCode,
  type ApplicationMessageCode,
} from './application-messages.js';

/**
 * Kabinet: the SDK for the personal account of foreign citizens on a state-services portal.
 * `createKabinet(config)` wires the ports you choose into ready services; the merged message
 * catalogue and the most used helpers and types are re-exported here. In-memory and simulated
 * ports live in `kabinet/testing` and are loaded only when imported.
 *
 * @example
 * ```ts
 * import { createKabinet, generateDevelopmentKeys } from 'kabinet';
 * import { inMemoryPorts } from 'kabinet/testing';
 * const kabinet = createKabinet({ keys: generateDevelopmentKeys(), ...inMemoryPorts(), scanFile: async () => 'clean' });
 * ```
 *
 * @module kabinet
 */
export * from './setup/index.js';
export * from './messages/index.js';
export {
  createStaticKeyProvider,
  generateDevelopmentKeys,
  defaultAccountPolicy,
  strictAccountPolicy,
  type AuthContext,
  type RequestMeta,
  type TokenPair,
  type AccountPolicy,
  type StaticKeysConfig,
} from '@kabinet/account';
export { KabinetError, renderIssue, type Result, type Issue } from '@kabinet/core';
export {
  authInputSchemas,
  contactInputSchemas,
  identityInputSchemas,
  registrationInputSchemas,
  sessionInputSchemas,
  supportInputSchemas,
} from '@kabinet/account';
export {
  notificationInputSchemas,
  type NotificationCentre,
  type NoticeView,
  type NoticePage,
  type PreferencesView,
  type DeliveryReport,
  type ContactDirectory,
} from '@kabinet/services';
export {
  SUPPORT_TOPICS,
  supportRequestMachine,
  supportRequestInputSchemas,
  type SupportRequests,
  type SupportRequestView,
  type SupportRequestSummary,
} from '@kabinet/services';
export {
  appointmentInputSchemas,
  appointmentMachine,
  verifyVisitPass,
  type AppointmentsService,
  type AppointmentRecord,
  type FreeSlotView,
  type VisitPassClaims,
  type VisitPassPublicKey,
} from '@kabinet/services/appointments';

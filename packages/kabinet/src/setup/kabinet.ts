import type { Clock, MessageCatalogue } from '@kabinet/core';
import type { Journal } from '@kabinet/audit';
import type {
  AccountIssueCode,
  AccountPolicy,
  AuthService,
  ContactsService,
  IdentityService,
  MaintenanceService,
  RegistrationService,
  SessionsService,
  SupportService,
} from '@kabinet/account';
import type { MemoryIdentityRegistry, Outbox } from '@kabinet/memory';
import type { PaymentsService } from '@kabinet/payments';
import type {
  SimulatedChargeSource,
  SimulatedMethodCheck,
  SimulatedProvider,
} from '@kabinet/payments/testing';
import type { ApplicationsService } from '@kabinet/services/applications';
import type { AppointmentsService } from '@kabinet/services/appointments';
import type { NotificationCentre, SupportRequests } from '@kabinet/services';

/**
 * The in-memory and simulated ports the config chose (`inMemoryPorts()`, `createOutbox`,
 * `simulatedPayments()`, …), typed for driving them in tests and demos; unset for real ports.
 */
export interface KabinetDev {
  /** The outbox, when it is the senders: read codes from it. */
  readonly outbox?: Outbox;
  /** The simulated identity registry, when chosen: script its answers. */
  readonly registry?: MemoryIdentityRegistry;
  /** The simulated payment provider, when chosen (`simulatedPayments()`). */
  readonly provider?: SimulatedProvider;
  /** The simulated first-use check of payment methods, when chosen: read its expected answers. */
  readonly methodCheck?: SimulatedMethodCheck;
  /** The simulated charge source, when chosen: post, annul or issue charges as their administrator would. */
  readonly charges?: SimulatedChargeSource;
}

/**
 * Everything `createKabinet` wires: the use-case services, the journal and the message
 * catalogue. Every service method takes an `unknown` input object and returns a `Result`
 * whose issues carry paths, so an HTTP layer can pass request bodies straight through.
 */
export interface Kabinet {
  /** Registration with drafts (ACC-3, ACC-4, CONTACT-3, CONTACT-6). */
  readonly registration: RegistrationService;
  /** Contacts: change, history, restore, optional channels (CONTACT-4, CONTACT-5). */
  readonly contacts: ContactsService;
  /** Documents, the registry check, confirmation methods, clarifications (ACC-2, ACC-5 … ACC-7). */
  readonly identity: IdentityService;
  /** Login with two factors, password and second-factor settings, access recovery. */
  readonly auth: AuthService;
  /** Access-token checks, refresh, listing and ending sessions, re-authentication, login log. */
  readonly sessions: SessionsService;
  /** Support operations (ACC-8, ACC-9) and the operator steps of ACC-7. */
  readonly support: SupportService;
  /** Key-rotation maintenance: re-key every account after a `pii-encryption` or `blind-index` rotation. */
  readonly maintenance: MaintenanceService;
  /** State duties (PAY-1 … PAY-5); pass `accountId` and `accountLevel` from the `AuthContext`. */
  readonly payments: PaymentsService;
  /**
   * «Мои заявки» (SVC-1): the service catalogue, drafts, submit (level and paid duty checked),
   * the hand-over tick `passDue()`, the authority's callbacks, and the received certificates (AUD-2).
   */
  readonly applications: ApplicationsService;
  /**
   * «Запись на приём» (SVC-2): free slots, hold and confirm, move and cancel until 24 hours
   * before, the signed visit pass (QR), operator check-in and the `sweep()` tick (expired holds,
   * no-shows); pass `accountId` and `accountLevel` from the `AuthContext`.
   */
  readonly appointments: AppointmentsService;
  /**
   * The notification centre (NOTE-1, NOTE-2): the account's official messages, read state and
   * channel preferences; `deliverDue()` (or `startDelivery()`) sends what is due through the senders.
   */
  readonly notifications: NotificationCentre;
  /**
   * The user's support requests (SVC-3): ticket numbers, the 48-hour answer time with
   * `escalateOverdue` (a tick), the operator queue, and unblock / restore access on a request's
   * trail (ACC-9), whose refusals carry the account's codes.
   */
  readonly supportRequests: SupportRequests<AccountIssueCode>;
  /** The tamper-evident activity journal (AUD-1, AUD-2, S-14): verify, prove, history. */
  readonly journal: Journal;
  /** Every issue and notice code of every package, in ru and en ({@link kabinetMessages}). */
  readonly messages: MessageCatalogue;
  /** The account policy in force. */
  readonly policy: AccountPolicy;
  /** The clock in use. */
  readonly clock: Clock;
  /** Handles on the in-memory and simulated ports the config chose (empty for real ports). */
  readonly dev: KabinetDev;
  /**
   * Stops background work (the journal's sequencer on a backend with a unit of work), after
   * chaining what this instance can; call it before ending the backend's pool. Idempotent.
   */
  close(): Promise<void>;
}

import type { Result } from '@kabinet/core';
import type { Page } from '@kabinet/ports';
import type { FileScanner } from '@kabinet/validators/file';
import type { ServicesDeps } from '../context/services-deps.js';
import type { SupportContext } from './_lib/context.js';
import { actOnAccount } from './_lib/use-account-action.js';
import { operatorReply, resolve, take } from './_lib/use-operator.js';
import {
  escalatedQueue,
  findByNumber,
  operatorGet,
  operatorQueue,
} from './_lib/use-operator-reads.js';
import { escalateOverdue } from './_lib/use-tick.js';
import type { SupportOperator, SupportTick } from './support-operator.js';
import { createRequest, getOwn, listOwn, replyAsUser } from './_lib/use-user.js';
import { defineSupportRequestsPolicy } from './define-support-requests-policy.js';
import type { SupportAccountOperations } from './support-account-operations.js';
import type { SupportRequestInput } from './support-request-input-schemas.js';
import type { SupportRequestSummary, SupportRequestView } from './support-request-view.js';
import type { SupportRequestsPolicy } from './support-requests-policy.js';
import type { SupportRequestIssueCode } from './support-request-messages.js';

/**
 * Options of {@link createSupportRequests}. `AccountCode` is the issue codes the account operations
 * answer a refusal with (`AccountIssueCode` from `@kabinet/account`).
 *
 * @example
 * ```ts
 * const options: SupportRequestsOptions = { policy: { answerWithinMs: 24 * 60 * 60 * 1000 }, scanFile: async () => 'clean' };
 * ```
 */
export interface SupportRequestsOptions<AccountCode extends string = string> {
  /** The policy (default `defaultSupportRequestsPolicy`); checked by `defineSupportRequestsPolicy`. */
  readonly policy?: Partial<SupportRequestsPolicy>;
  /** The antivirus hook every attachment passes (FILE-4); without it attachments are `ERR_CONFIG`. */
  readonly scanFile?: FileScanner;
  /** The account's support operations (ACC-9); without it `actOnAccount` is `ERR_CONFIG`. */
  readonly accountOperations?: SupportAccountOperations<AccountCode>;
}

/**
 * Support requests (SVC-3). Each method takes its schema's input type
 * ({@link SupportRequestInput}), so a misspelled field does not compile, and still reads it with
 * `supportRequestInputSchemas` at run time: bad input returns `{ success: false, issues }`,
 * never throws.
 * Operator methods throw KabinetError `ERR_INVALID_ARGUMENT` for a malformed operator id
 * (misuse by the integrator). `AccountCode` is the codes of the account operations behind
 * `actOnAccount` (none without them: the call is then `ERR_CONFIG`).
 *
 * @example
 * ```ts
 * const page = await kabinet.supportRequests.queue({ operatorId: 'op_7' }, { limit: 20 });
 * if (page.success) for (const r of page.data.items) console.log(r.number, r.escalated, r.status);
 * ```
 */
export interface SupportRequests<AccountCode extends string = never> {
  /** The policy in force. */
  readonly policy: SupportRequestsPolicy;
  /** Opens a request `{ accountId, topic, text, files? }`: a ticket number, «Получено», the 48-hour clock, a notice. */
  create(
    input: SupportRequestInput<'create'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode>>;
  /** The account's requests `{ accountId, limit?, after? }`, newest first. */
  list(
    input: SupportRequestInput<'list'>,
  ): Promise<Result<Page<SupportRequestSummary>, SupportRequestIssueCode>>;
  /** One of the account's requests `{ accountId, requestId }` (another account's is `support_request.not_found`). */
  get(
    input: SupportRequestInput<'get'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode>>;
  /** The user's reply `{ accountId, requestId, text, files? }`: returns a waiting request to work, reopens a resolved one within the window. */
  reply(
    input: SupportRequestInput<'reply'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode>>;
  /** The operator queue `{ limit?, after? }`: escalated first, then open by deadline, then waiting for the user. */
  queue(
    operator: SupportOperator,
    input?: SupportRequestInput<'queue'>,
  ): Promise<Result<Page<SupportRequestSummary>, SupportRequestIssueCode>>;
  /** Only the escalated part of the queue. */
  listEscalated(
    operator: SupportOperator,
    input?: SupportRequestInput<'queue'>,
  ): Promise<Result<Page<SupportRequestSummary>, SupportRequestIssueCode>>;
  /** One request `{ requestId }` with the operator fields. */
  operatorGet(
    operator: SupportOperator,
    input: SupportRequestInput<'request'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode>>;
  /** A request by its ticket number `{ number }` as the user typed it. */
  findByNumber(
    operator: SupportOperator,
    input: SupportRequestInput<'findByNumber'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode>>;
  /** Takes a request `{ requestId }` (received → in progress, or hands it over). */
  take(
    operator: SupportOperator,
    input: SupportRequestInput<'request'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode>>;
  /** Replies `{ requestId, text, awaitUser?, files? }`; `awaitUser` asks the user for something and stops the clock. */
  operatorReply(
    operator: SupportOperator,
    input: SupportRequestInput<'operatorReply'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode>>;
  /** Resolves `{ requestId, resolution }`: «Решено», the user notified. */
  resolve(
    operator: SupportOperator,
    input: SupportRequestInput<'resolve'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode>>;
  /** Unblocks the account or starts restoring its access `{ requestId, action, reason? }` on the request's trail (ACC-9); a refused operation's issues pass through with the account operations' codes (`AccountCode`). */
  actOnAccount(
    operator: SupportOperator,
    input: SupportRequestInput<'actOnAccount'>,
  ): Promise<Result<SupportRequestView, SupportRequestIssueCode | AccountCode>>;
  /** The tick `{ limit }`: escalates requests past their deadline, closes resolved ones past the reopen window. */
  escalateOverdue(
    input: SupportRequestInput<'tick'>,
  ): Promise<Result<SupportTick, SupportRequestIssueCode>>;
}

/**
 * Creates the support requests service (SVC-3) over the services' deps: a request with a topic,
 * a normalized text and checked attachments gets a readable ticket number (`YYYYMMDD-NNNN`,
 * unique across instances), moves through the transition table `supportRequestMachine`, and
 * must be resolved within `answerWithinMs` of running time (the clock stops while support waits
 * for the user); `escalateOverdue` escalates the rest. Every step is one journaled unit
 * (`support_request.*`) with a notice of kind `support`.
 *
 * @typeParam AccountCode - the issue codes of the account operations (inferred from `options`)
 * @param deps - storage, units, notices, clock, randomness
 * @param options - policy, the antivirus hook, the account operations port
 * @returns the service
 * @throws KabinetError `ERR_CONFIG` for a policy out of range
 * @example
 * ```ts
 * const support = createSupportRequests(deps, { scanFile: async () => 'clean' });
 * const r = await support.create({ accountId: 'acc_1', topic: 'access', text: 'Не приходит код по СМС' });
 * if (r.success) console.log(r.data.number); // '20270111-0001'
 * await support.take({ operatorId: 'op_7' }, { requestId: r.data.id });
 * await support.resolve({ operatorId: 'op_7' }, { requestId: r.data.id, resolution: 'Номер телефона исправлен' });
 * ```
 */
export function createSupportRequests<AccountCode extends string = never>(
  deps: ServicesDeps,
  options: SupportRequestsOptions<AccountCode> = {},
): SupportRequests<AccountCode> {
  const policy = defineSupportRequestsPolicy(options.policy ?? {});
  const ctx: SupportContext<AccountCode> = {
    deps,
    policy,
    scanFile: options.scanFile,
    accountOperations: options.accountOperations,
  };
  return {
    policy,
    create: (input) => createRequest(ctx, input),
    list: (input) => listOwn(ctx, input),
    get: (input) => getOwn(ctx, input),
    reply: (input) => replyAsUser(ctx, input),
    queue: (operator, input) => operatorQueue(ctx, operator, input),
    listEscalated: (operator, input) => escalatedQueue(ctx, operator, input),
    operatorGet: (operator, input) => operatorGet(ctx, operator, input),
    findByNumber: (operator, input) => findByNumber(ctx, operator, input),
    take: (operator, input) => take(ctx, operator, input),
    operatorReply: (operator, input) => operatorReply(ctx, operator, input),
    resolve: (operator, input) => resolve(ctx, operator, input),
    actOnAccount: (operator, input) => actOnAccount(ctx, operator, input),
    escalateOverdue: (input) => escalateOverdue(ctx, input),
  };
}

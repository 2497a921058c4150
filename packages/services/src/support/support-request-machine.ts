import { defineMachine } from '@kabinet/core';

/**
 * The support request's transition table (SVC-3): «Получено» (`received`) → «В работе»
 * (`in_progress`, an operator took it) ⇄ «Ожидает ответа пользователя» (`waiting_for_user`,
 * the operator asked for something: `request_info`; the user's answer returns it to work:
 * `user_replied`) → «Решено» (`resolved`, with a resolution text). A resolved request is
 * `reopen`ed by a user reply within the policy's reopen window and `close`d when the window
 * ends; `closed` is final. A user message on a request that is received or in progress is
 * added without a change of status. Escalation (past the 48-hour deadline) is a flag on the
 * request, not a status: an escalated request keeps its place in this table.
 *
 * @example
 * ```ts
 * supportRequestMachine.transition('waiting_for_user', 'user_replied'); // { success: true, data: 'in_progress' }
 * supportRequestMachine.can('closed', 'reopen');                        // false
 * supportRequestMachine.toMermaid();                                    // the diagram in docs/support-requests.md
 * ```
 */
export const supportRequestMachine = defineMachine({
  id: 'support_request',
  states: ['received', 'in_progress', 'waiting_for_user', 'resolved', 'closed'],
  events: ['take', 'request_info', 'user_replied', 'resolve', 'reopen', 'close'],
  initial: 'received',
  final: ['closed'],
  transitions: [
    { from: 'received', event: 'take', to: 'in_progress' },
    { from: ['received', 'in_progress'], event: 'request_info', to: 'waiting_for_user' },
    { from: 'waiting_for_user', event: 'user_replied', to: 'in_progress' },
    { from: ['received', 'in_progress', 'waiting_for_user'], event: 'resolve', to: 'resolved' },
    { from: 'resolved', event: 'reopen', to: 'in_progress' },
    { from: 'resolved', event: 'close', to: 'closed' },
  ],
});

/**
 * A support request's status.
 *
 * @example
 * ```ts
 * const status: SupportRequestStatus = 'waiting_for_user';
 * ```
 */
export type SupportRequestStatus = (typeof supportRequestMachine.states)[number];

/**
 * An event of the support request's table.
 *
 * @example
 * ```ts
 * const event: SupportRequestEvent = 'resolve';
 * ```
 */
export type SupportRequestEvent = (typeof supportRequestMachine.events)[number];

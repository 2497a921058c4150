import { defineMachine } from '@kabinet/core';

/**
 * The application's transition table (SVC-1). The user's events: `edit` and `attach` (change
 * the form or its files), `submit` (a confirmation number is issued), `withdraw`, `answer`
 * (the missing documents are uploaded: back to review). The service's: `pass` (handed to the
 * authority: from then on no edit and no withdrawal). The authority's reports: `review`
 * («На рассмотрении»), `request_info` («Требуется дополнительная информация»), `approve`
 * («Одобрено»), `reject` («Отклонено»). The authority may report any later status straight
 * from any open state, so reports that arrive out of order still converge on the newest one.
 *
 * @example
 * ```ts
 * applicationMachine.transition('submitted', 'withdraw'); // { success: true, data: 'withdrawn' }
 * applicationMachine.can('passed', 'edit');                // false: passed to the authority
 * applicationMachine.toMermaid();                          // the diagram in docs/applications.md
 * ```
 */
export const applicationMachine = defineMachine({
  id: 'application',
  states: [
    'draft',
    'submitted',
    'passed',
    'under_review',
    'info_required',
    'approved',
    'rejected',
    'withdrawn',
  ],
  events: [
    'edit',
    'attach',
    'submit',
    'withdraw',
    'pass',
    'review',
    'request_info',
    'answer',
    'approve',
    'reject',
  ],
  initial: 'draft',
  final: ['approved', 'rejected', 'withdrawn'],
  transitions: [
    { from: 'draft', event: 'edit', to: 'draft' },
    { from: 'submitted', event: 'edit', to: 'submitted' },
    { from: 'draft', event: 'attach', to: 'draft' },
    { from: 'submitted', event: 'attach', to: 'submitted' },
    { from: 'info_required', event: 'attach', to: 'info_required' },
    { from: 'draft', event: 'submit', to: 'submitted' },
    { from: ['draft', 'submitted'], event: 'withdraw', to: 'withdrawn' },
    { from: 'submitted', event: 'pass', to: 'passed' },
    { from: ['passed', 'info_required'], event: 'review', to: 'under_review' },
    { from: ['passed', 'under_review'], event: 'request_info', to: 'info_required' },
    { from: 'info_required', event: 'answer', to: 'under_review' },
    { from: ['passed', 'under_review', 'info_required'], event: 'approve', to: 'approved' },
    { from: ['passed', 'under_review', 'info_required'], event: 'reject', to: 'rejected' },
  ],
});

/**
 * A state of an application.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const status: ApplicationStatus = 'under_review';
 * ```
 */
export type ApplicationStatus = (typeof applicationMachine.states)[number];

/**
 * An event of the application table.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * const event: ApplicationEvent = 'withdraw';
 * ```
 */
export type ApplicationEvent = (typeof applicationMachine.events)[number];

import type { AgencyStatus } from '../agency-gateway.js';
import type { ApplicationEvent } from '../application-machine.js';
import type { ApplicationAction } from './context.js';

/** The table's event for each status the authority reports; each one's transitions end in it. */
export const AGENCY_EVENT: Readonly<Record<AgencyStatus, ApplicationEvent>> = {
  under_review: 'review',
  info_required: 'request_info',
  approved: 'approve',
  rejected: 'reject',
};

/**
 * The action a report that moved the application (or asked again for information) is journaled
 * under: `application.<reported status>`. Only these four are reachable from a report, and none
 * of them is an action the user's or the service's path writes.
 */
export const AGENCY_REPORTED: {
  readonly [S in AgencyStatus]: Extract<ApplicationAction, `application.${S}`>;
} = {
  under_review: 'application.under_review',
  info_required: 'application.info_required',
  approved: 'application.approved',
  rejected: 'application.rejected',
};

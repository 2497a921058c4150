import type { CoreIssueCode } from '@kabinet/core';
import type { IssueStatusTable } from './issue-status-table.js';

/** `@kabinet/core`'s codes: an input of the wrong shape, listed in a 422. */
export const coreIssueStatuses: IssueStatusTable<CoreIssueCode> = {
  'input.not_a_string': null,
  'input.not_enough_data': null,
  'input.required': null,
  'input.too_long': null,
  'input.unknown': null,
  'input.wrong_format': null,
  'input.wrong_type': null,
  'input.not_an_integer': null,
  'input.not_safe_integer': null,
  'input.too_short': null,
  'input.too_large': null,
  'input.too_small': null,
  'input.not_greater_than': null,
  'input.not_less_than': null,
  'input.too_many': null,
  'input.too_few': null,
  'input.not_one_of': null,
  'state.transition_not_allowed': null,
};

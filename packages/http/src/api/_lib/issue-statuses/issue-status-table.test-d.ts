// Type-level tests of the issue-status tables: checked by `tsc --noEmit` (`pnpm typecheck`),
// never run by vitest. An unused `@ts-expect-error` fails the typecheck.
import type { ApplicationMessageCode } from '@kabinet/services/applications';
import { expectTypeOf } from 'vitest';
import { applicationIssueStatuses } from './applications.js';
import type { IssueStatus, IssueStatusTable } from './issue-status-table.js';

// Every code of the area's union is declared, with a status or `null`.
expectTypeOf(applicationIssueStatuses).toEqualTypeOf<
  Readonly<Record<ApplicationMessageCode, IssueStatus | null>>
>();

export const misspelt: IssueStatusTable<ApplicationMessageCode> = {
  ...applicationIssueStatuses,
  // @ts-expect-error a misspelt code is not one of the area's codes
  'application.not_fuond': 404,
};

// @ts-expect-error a code of the area left out does not compile
export const missing: IssueStatusTable<'application.not_found' | 'application.not_editable'> = {
  'application.not_found': 404,
};

export const unknownStatus: IssueStatusTable<'application.not_found'> = {
  // @ts-expect-error a status no answer uses
  'application.not_found': 418,
};

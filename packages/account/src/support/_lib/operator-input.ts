import { fail, issue, readInput, type InputSchema, type Result } from '@kabinet/core';
import type { JournalParty } from '@kabinet/ports';
import type { OperatorContext } from '../support-views.js';
import type { AccountIssueCode } from '../../messages/account-issue-code.js';

const OPERATOR_ID = /^[A-Za-z0-9_.:-]{1,128}$/;

/** The operator as the journal's actor. */
export const operatorParty = (operator: OperatorContext): JournalParty => ({
  type: 'support',
  id: operator.operatorId,
});

/** Checks the operator's id (`input.wrong_format` at `operatorId`), then reads the input. */
export function readOperatorInput<T>(
  operator: OperatorContext,
  schema: InputSchema<T>,
  input: unknown,
): Result<T, AccountIssueCode> {
  if (typeof operator?.operatorId !== 'string' || !OPERATOR_ID.test(operator.operatorId))
    return fail(issue('input.wrong_format', ['operatorId']));
  return readInput(schema, input);
}

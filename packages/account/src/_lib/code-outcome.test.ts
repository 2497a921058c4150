import { describe, expect, it } from 'vitest';
import { AUTH_CODE_ISSUES, codeOutcomeIssue, type CodeIssueCodes } from './code-outcome.js';

describe('codeOutcomeIssue', () => {
  it('OTP-2, OTP-3, S-6: one mapping of every verdict — wrong and replayed are wrong, the attempt cap is exhausted, another session and everything else expired', () => {
    const codes = (outcomes: readonly string[]) => outcomes.map((o) => codeOutcomeIssue(o).code);
    expect(codes(['wrong', 'replayed'])).toEqual(['auth.code_wrong', 'auth.code_wrong']);
    expect(codes(['locked'])).toEqual(['auth.code_exhausted']);
    expect(codes(['wrong_session', 'expired', 'used', 'not_found', 'anything'])).toEqual(
      Array(5).fill('auth.code_expired'),
    );
    expect(codeOutcomeIssue('wrong_session')).toEqual({
      code: 'auth.code_expired',
      path: ['code'],
    });
  });

  it("answers in a flow's own codes when given", () => {
    const identity: CodeIssueCodes = {
      ...AUTH_CODE_ISSUES,
      wrong: 'identity.wrong_code',
      expired: 'identity.code_expired',
    };
    expect(codeOutcomeIssue('wrong', identity).code).toBe('identity.wrong_code');
    expect(codeOutcomeIssue('wrong_session', identity).code).toBe('identity.code_expired');
  });
});

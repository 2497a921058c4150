/**
 * Where a `Kabinet` keeps its account context, off its public type: a registered symbol, so
 * `accountContextOf` from `kabinet/testing` finds it whichever bundle (ESM or CJS) made it.
 */
export const ACCOUNT_CONTEXT = Symbol.for('kabinet.account-context');

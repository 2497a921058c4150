/**
 * Tells whether an account has a paid payment of a state duty (linking applications to
 * payments by charge). `kabinet` wires it to `@kabinet/payments`; tests pass a function.
 * The service claims the payment for one application only (a unique key), so one paid duty
 * opens one application.
 *
 * @param accountId - the payer
 * @param dutyCode - a duty code of the payments catalogue (`residence_permit`, …)
 * @returns the paid payment, or `undefined` when none
 * @example
 * ```ts
 * const duties: DutyLedger = async (accountId, dutyCode) => (paid.has(`${accountId}:${dutyCode}`) ? { paymentId: 'pay_1' } : undefined);
 * ```
 */
export type DutyLedger = (
  accountId: string,
  dutyCode: string,
) => Promise<
  | {
      /** The paid payment of the duty. */
      readonly paymentId: string;
    }
  | undefined
>;

/**
 * Where the deliverer finds an account's current contacts (`createKabinet` wires it to the
 * accounts). `undefined` when the account is gone; a missing field when it has no such contact.
 * Push needs none: it goes to the account's devices by account id.
 *
 * @example
 * ```ts
 * const contacts: ContactDirectory = async (accountId) => ({ phone: '+79161234567', email: 'user@example.com' });
 * ```
 */
export type ContactDirectory = (accountId: string) => Promise<
  | {
      /** The confirmed phone, E.164, for SMS. */
      readonly phone?: string;
      /** The confirmed e-mail. */
      readonly email?: string;
    }
  | undefined
>;

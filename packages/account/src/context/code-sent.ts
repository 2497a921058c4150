/**
 * What a request for a one-time code answers: where it went (masked) and until when it
 * works. The answer is the same whether or not the destination belongs to another account
 * (S-8).
 *
 * @example
 * ```ts
 * const sent: CodeSent = { channel: 'phone', sentTo: '+9989******67', expiresAt: 1767226200000 };
 * ```
 */
export interface CodeSent {
  /** The contact the code went to. */
  readonly channel: 'phone' | 'email';
  /** The destination, masked. */
  readonly sentTo: string;
  /** Epoch ms after which the code no longer works. */
  readonly expiresAt: number;
}

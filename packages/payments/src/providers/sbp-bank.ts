/**
 * Banks whose SBP (C2B QR) order statuses have a table here. NSPK publishes no common status
 * list: each bank exposes its own.
 *
 * @example
 * ```ts
 * const bank: SbpBank = 'sber';
 * ```
 */
export type SbpBank = 'sber' | 'tbank' | 'tochka';

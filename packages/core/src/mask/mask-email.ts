/**
 * Masks an e-mail address: first letter of the local part, stars, and the domain.
 *
 * @param email - an e-mail address
 * @returns the masked address
 * @example
 * ```ts
 * maskEmail('ivan.petrov@mail.ru'); // 'i***@mail.ru'
 * ```
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  const first = [...email.slice(0, at)][0] ?? '';
  return `${first}***${email.slice(at)}`;
}

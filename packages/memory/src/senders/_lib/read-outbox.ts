import type { OutboxMessage } from '../outbox-message.js';

/** A standalone code of 4 to 8 digits. */
const DEFAULT_CODE = /(?<!\d)\d{4,8}(?!\d)/;

/** Whether a delivered message went to `address` (e-mail addresses compare case-insensitively). */
function deliveredTo(message: OutboxMessage, address: string): boolean {
  if (message.result.status !== 'sent') return false;
  return address.includes('@')
    ? message.to.toLowerCase() === address.toLowerCase()
    : message.to === address;
}

/** The text a code is looked for in. */
function contentOf(message: OutboxMessage): string {
  switch (message.channel) {
    case 'sms':
      return message.text;
    case 'email':
      return `${message.subject}\n${message.text}`;
    case 'push':
      return `${message.title}\n${message.body}`;
  }
}

/** The latest delivered message to `address`. */
export function lastTo(
  messages: readonly OutboxMessage[],
  address: string,
): OutboxMessage | undefined {
  for (let i = messages.length - 1; i >= 0; i--)
    if (deliveredTo(messages[i]!, address)) return messages[i];
  return undefined;
}

/**
 * The digits of the latest code delivered to `address`: the first match of `pattern` in the
 * newest delivered message that has one (its first capture group if it has one).
 */
export function lastCode(
  messages: readonly OutboxMessage[],
  address: string,
  pattern: RegExp = DEFAULT_CODE,
): string | undefined {
  const once = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (!deliveredTo(message, address)) continue;
    const found = once.exec(contentOf(message));
    if (found === null) continue;
    const digits = (found[1] ?? found[0]).replace(/\D/g, '');
    if (digits !== '') return digits;
  }
  return undefined;
}

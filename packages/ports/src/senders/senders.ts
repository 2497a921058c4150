/** The outcome of handing a message to a gateway. */
export type DeliveryResult =
  | { readonly status: 'sent'; readonly providerMessageId?: string }
  | { readonly status: 'failed'; readonly reason: string; readonly retryable: boolean };

/** Why a message is sent; gateways may route or template by it. */
export type MessagePurpose =
  | 'registration-code'
  | 'contact-change-code'
  | 'contact-changed-notice'
  | 'login-code'
  | 'login-alert'
  | 'confirmation-code'
  | 'payment-code'
  | 'activation-link'
  | 'notice';

/** An SMS to an E.164 number. */
export interface SmsMessage {
  readonly to: string;
  readonly text: string;
  readonly purpose: MessagePurpose;
}

/** An e-mail. */
export interface EmailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly purpose: MessagePurpose;
}

/** A push notification to the account's devices (the portal's mobile app). */
export interface PushMessage {
  readonly accountId: string;
  readonly title: string;
  readonly body: string;
  readonly purpose: MessagePurpose;
}

/**
 * Sends SMS through the integrator's gateway.
 *
 * @example
 * ```ts
 * const sms: SmsSender = { send: async (m) => { await gateway.post(m.to, m.text); return { status: 'sent' }; } };
 * ```
 */
export interface SmsSender {
  send(message: SmsMessage): Promise<DeliveryResult>;
}

/** Sends e-mail through the integrator's mail service. */
export interface EmailSender {
  send(message: EmailMessage): Promise<DeliveryResult>;
}

/** Sends push notifications to the account's devices. */
export interface PushSender {
  send(message: PushMessage): Promise<DeliveryResult>;
}

/** The three channels together (NOTE-1). */
export interface Senders {
  readonly sms: SmsSender;
  readonly email: EmailSender;
  readonly push: PushSender;
}

/** The outcome of handing a message to a gateway. */
export type DeliveryResult =
  | {
      /** The gateway accepted the message. */
      readonly status: 'sent';
      /** The gateway's id of the message, when it gives one. */
      readonly providerMessageId?: string;
    }
  | {
      /** The gateway refused or could not be reached. */
      readonly status: 'failed';
      /** Why, for logs (never shown to users). */
      readonly reason: string;
      /** Whether sending again later may succeed. */
      readonly retryable: boolean;
    };

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
  /** The E.164 number. */
  readonly to: string;
  /** The text. */
  readonly text: string;
  /** Why it is sent. */
  readonly purpose: MessagePurpose;
  /**
   * The sender's key for this one message: a retry after a crash sends the same key again, so a
   * gateway that deduplicates by it delivers once (notices use their delivery id).
   */
  readonly idempotencyKey?: string;
}

/** An e-mail. */
export interface EmailMessage {
  /** The address. */
  readonly to: string;
  /** The subject line. */
  readonly subject: string;
  /** The plain-text body. */
  readonly text: string;
  /** Why it is sent. */
  readonly purpose: MessagePurpose;
  /**
   * The sender's key for this one message: a retry after a crash sends the same key again, so a
   * gateway that deduplicates by it delivers once (notices use their delivery id).
   */
  readonly idempotencyKey?: string;
}

/** A push notification to the account's devices (the portal's mobile app). */
export interface PushMessage {
  /** The account whose devices receive it. */
  readonly accountId: string;
  /** The title. */
  readonly title: string;
  /** The body. */
  readonly body: string;
  /** Why it is sent. */
  readonly purpose: MessagePurpose;
  /**
   * The sender's key for this one message: a retry after a crash sends the same key again, so a
   * gateway that deduplicates by it delivers once (notices use their delivery id).
   */
  readonly idempotencyKey?: string;
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
  /** Hands the SMS to the gateway; resolves with the outcome (a failure is a result, not a throw). */
  send(message: SmsMessage): Promise<DeliveryResult>;
}

/** Sends e-mail through the integrator's mail service. */
export interface EmailSender {
  /** Hands the e-mail to the mail service; resolves with the outcome. */
  send(message: EmailMessage): Promise<DeliveryResult>;
}

/** Sends push notifications to the account's devices. */
export interface PushSender {
  /** Hands the notification to the push service; resolves with the outcome. */
  send(message: PushMessage): Promise<DeliveryResult>;
}

/** The three channels together (NOTE-1). */
export interface Senders {
  /** The SMS channel. */
  readonly sms: SmsSender;
  /** The e-mail channel. */
  readonly email: EmailSender;
  /** The mobile-app push channel. */
  readonly push: PushSender;
}

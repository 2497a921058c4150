/** A phone or e-mail of an account, masked. */
export interface ContactView {
  /** The value, masked. */
  readonly masked: string;
  /** Epoch ms its code was entered. */
  readonly confirmedAt?: number;
}

/** A messenger id or the trusted person's phone (CONTACT-4), masked. */
export interface ExtraChannelView {
  /** Which channel. */
  readonly kind: 'telegram' | 'viber' | 'whatsapp' | 'trusted_phone';
  /** The value, masked. */
  readonly masked: string;
}

/** A change waiting for the code sent to the new value. */
export interface PendingChangeView {
  /** The contact being changed. */
  readonly channel: 'phone' | 'email';
  /** The new value, masked. */
  readonly masked: string;
  /** Epoch ms of the request. */
  readonly requestedAt: number;
  /** When it restores a version of the history: that version's `seq`. */
  readonly restoresSeq?: number;
}

/** An account's contacts as its owner sees them (masked). */
export interface ContactsView {
  /** The phone (used for codes and notices). */
  readonly phone: ContactView;
  /** The e-mail. */
  readonly email: ContactView;
  /** Messenger ids (Telegram, Viber, WhatsApp). */
  readonly messengers: readonly ExtraChannelView[];
  /** A trusted person's phone. */
  readonly trustedPhone?: ExtraChannelView;
  /** Changes waiting for the code sent to the new value. */
  readonly pending: readonly PendingChangeView[];
}

/** A version in the change history (История изменений), masked for display. */
export interface ContactVersionView {
  /** The journal `seq` that made this version current; pass it to `restore`. */
  readonly seq: number;
  /** Epoch ms it became current. */
  readonly at: number;
  /** How it became current. */
  readonly via: 'registration' | 'changed' | 'restored';
  /** For a restore, the version it restored. */
  readonly fromSeq?: number;
  /** Which contact. */
  readonly channel: 'phone' | 'email';
  /** The masked value, or `null` when erased. */
  readonly masked: string | null;
  /** Whether this is the value in use now. */
  readonly current: boolean;
}

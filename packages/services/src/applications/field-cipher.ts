/**
 * Seals an application's form at rest (S-12: addresses and document numbers are personal
 * data). `kabinet` wires it to the account's PII cipher (`pii-encryption` keys, AES-GCM with
 * key ids); without one, forms are stored as entered. The context binds a ciphertext to its
 * application, so a sealed form copied onto another record does not open.
 *
 * @example
 * ```ts
 * const fieldCipher: FieldCipher = { seal: (text, context) => pii.encrypt(text, context), open: (sealed, context) => pii.decrypt(sealed as EncryptedText, context) };
 * ```
 */
export interface FieldCipher {
  /** Encrypts `text` (the form as JSON) bound to `context`. */
  seal(text: string, context: string): string;
  /**
   * Decrypts what `seal` made.
   * @throws KabinetError `ERR_CRYPTO` for a wrong context, an unknown key or tampering
   */
  open(sealed: string, context: string): string;
}

import type { AccountLevel } from '@kabinet/ports';
import type { FilePolicy } from '@kabinet/validators/file';
import type { z } from 'zod';

/**
 * A text in both languages of the portal.
 *
 * @example
 * ```ts
 * const title: LocalText = { ru: 'Регистрация по месту пребывания', en: 'Registration at a place of stay' };
 * ```
 */
export interface LocalText {
  /** The Russian text. */
  readonly ru: string;
  /** The English text. */
  readonly en: string;
}

/**
 * A field of a service's form and the validator that checks it (a zod schema of
 * `@kabinet/validators`, so the field's issues carry the validator's codes).
 *
 * @example
 * ```ts
 * import { dateSchema } from '@kabinet/validators/date';
 * const arrival: FormField = { name: 'arrivalDate', title: { ru: 'Дата прибытия', en: 'Arrival date' }, required: true, schema: dateSchema };
 * ```
 */
export interface FormField {
  /** The field's key in the form (`fields.<name>`). */
  readonly name: string;
  /** The label a form shows. */
  readonly title: LocalText;
  /** Whether submit needs it. */
  readonly required: boolean;
  /**
   * How a form shows it (default `text`): `address` and `residence_permit` take an object of
   * parts (`AddressInput`, `ResidencePermitInput` of `@kabinet/validators`), the others a string.
   */
  readonly kind?: 'text' | 'date' | 'phone' | 'migration_card' | 'address' | 'residence_permit';
  /** Checks the value (its output is not stored: the value as entered is). */
  readonly schema: z.ZodType;
}

/**
 * A kind of file a service asks for, with the file policy its uploads must pass (S-13).
 *
 * @example
 * ```ts
 * import { filePolicies } from '@kabinet/validators/file';
 * const scan: AttachmentRequirement = { kind: 'passport_scan', title: { ru: 'Скан паспорта', en: 'Passport scan' }, required: true, policy: filePolicies.passportScan, maxFiles: 4 };
 * ```
 */
export interface AttachmentRequirement {
  /** The kind's key (`passport_scan`, `lease_contract`, …). */
  readonly kind: string;
  /** The name a form shows for the kind. */
  readonly title: LocalText;
  /** Whether submit needs at least one file of this kind. */
  readonly required: boolean;
  /** Types, size and resolution the files must have. */
  readonly policy: FilePolicy;
  /** At most this many files of the kind. */
  readonly maxFiles: number;
}

/**
 * A service of the catalogue (SVC-1): its form, its attachments, the account level it needs,
 * the state duty to pay first and the expected processing time.
 *
 * @example
 * ```ts
 * const service = defaultServiceCatalogue.find((s) => s.code === 'stay_registration');
 * service?.processingWorkingDays; // 7
 * ```
 */
export interface ServiceDefinition {
  /** The service's key (`residence_permit_extension`, …). */
  readonly code: string;
  /** The service's name in the catalogue. */
  readonly title: LocalText;
  /** The authority that decides (for display). */
  readonly authority: LocalText;
  /** The form. */
  readonly fields: readonly FormField[];
  /** The files. */
  readonly attachments: readonly AttachmentRequirement[];
  /** The lowest account level that may apply. */
  readonly minLevel: Exclude<AccountLevel, 'none'>;
  /** The duty (a duty code of the payments catalogue) that must be paid before submit. */
  readonly dutyCode?: string;
  /** Expected processing time, working days from the hand-over to the authority. */
  readonly processingWorkingDays: number;
  /** The title of the document issued on approval (справка, decision), if any. */
  readonly resultDocument?: LocalText;
}

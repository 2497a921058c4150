import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';
import { cleanText, wrongTypeIssue } from '../_lib/normalize-input.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A checked phone number in E.164 form: `+`, country calling code and national number, e.g. `'+79123456789'`. */
export type E164Phone = string & {
  /** Type-level marker: an E.164 number checked by parsePhone. Not present at run time. */
  readonly __brand: 'E164Phone';
};

/** ISO 3166-1 alpha-2 code of a country libphonenumber knows (`'RU'`, `'KZ'`, `'UZ'`, …). */
export type PhoneCountry = CountryCode;

/** What kind of line a number is, from libphonenumber's full metadata. */
export type PhoneType =
  | 'mobile'
  | 'fixed_line'
  | 'fixed_line_or_mobile'
  | 'toll_free'
  | 'premium_rate'
  | 'shared_cost'
  | 'voip'
  | 'personal_number'
  | 'pager'
  | 'uan'
  | 'voicemail'
  | 'unknown';

/** A checked phone number. */
export interface ParsedPhone {
  /** E.164 form, the value to store and to send SMS to. */
  readonly e164: E164Phone;
  /** The country the number belongs to; `+7` is split into `RU` and `KZ` by its digits. */
  readonly country: PhoneCountry | undefined;
  /** Country calling code without `+` (`'7'`, `'998'`). */
  readonly callingCode: string;
  /** The national significant number (digits after the calling code). */
  readonly nationalNumber: string;
  /** Line type. */
  readonly type: PhoneType;
  /** `true` for `mobile` and `fixed_line_or_mobile` (numbers that can receive SMS as far as the plan tells). */
  readonly mobile: boolean;
}

/** Rules a phone number must meet beyond being a valid number. */
export interface PhonePolicy {
  /** Least digits in the E.164 form, calling code included (CONTACT-1: 10). */
  readonly minDigits: number;
  /** Accept only numbers that can receive SMS (`mobile`, `fixed_line_or_mobile`). Default `false`. */
  readonly mobileOnly: boolean;
  /**
   * Accept only Russian mobile numbers — a deployment whose SMS gateway reaches nothing else
   * may ask for it (CONTACT-1). Default `false`: non-Russian numbers work.
   */
  readonly requireRussianMobileForSms: boolean;
}

/**
 * Phone policy presets: `portal` (CONTACT-1: any valid number of at least 10 digits, any
 * country, any line type), `sms` (a number that can receive one-time codes) and
 * `russianSms` (a Russian mobile only, for deployments whose SMS gateway requires it).
 *
 * @example
 * ```ts
 * parsePhone('+74951234567', { policy: phonePolicies.sms }); // issue phone.not_mobile
 * ```
 */
export const phonePolicies: {
  /** Any valid number of at least 10 digits (CONTACT-1). */
  readonly portal: PhonePolicy;
  /** A number that can receive SMS. */
  readonly sms: PhonePolicy;
  /** A Russian mobile only. */
  readonly russianSms: PhonePolicy;
} = {
  portal: { minDigits: 10, mobileOnly: false, requireRussianMobileForSms: false },
  sms: { minDigits: 10, mobileOnly: true, requireRussianMobileForSms: false },
  russianSms: { minDigits: 10, mobileOnly: true, requireRussianMobileForSms: true },
};

/** Options of {@link parsePhone}. */
export interface ParsePhoneOptions {
  /** Path reported in issues (default `['phone']`); a zod schema passes its own. */
  readonly path?: IssuePath;
  /**
   * Country of numbers typed without `+` (national input such as `8 912 345-67-89` for `'RU'`).
   * Without it a number must start with `+`.
   */
  readonly defaultCountry?: PhoneCountry;
  /** Policy (default {@link phonePolicies}.portal); fields may be overridden one by one. */
  readonly policy?: Partial<PhonePolicy>;
}

const DEFAULT_PATH: IssuePath = ['phone'];
const MAX_INPUT = 40;
const LENGTH_CODE = {
  TOO_SHORT: 'phone.too_short',
  TOO_LONG: 'phone.too_long',
  INVALID_LENGTH: 'phone.invalid_length',
  INVALID_COUNTRY: 'phone.unknown_country',
  NOT_A_NUMBER: 'phone.wrong_format',
} as const;

// Plain ASCII in the characters people type around a number: skip the Unicode hygiene.
function isPlainPhoneText(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!(
      (c >= 48 && c <= 57) ||
      c === 32 ||
      c === 43 ||
      c === 45 ||
      c === 40 ||
      c === 41 ||
      c === 46
    ))
      return false;
  }
  return true;
}

function readText(
  input: unknown,
  path: IssuePath,
): { text: string } | { issue: Issue<ValidatorIssueCode> } {
  if (typeof input === 'string') {
    const plain = isPlainPhoneText(input);
    const text = plain ? input.trim() : cleanText(input);
    if (text === '') return { issue: issue('input.required', path) };
    if (text.length > MAX_INPUT)
      return { issue: issue('input.too_long', path, { max: MAX_INPUT }) };
    if (!plain && !isPlainPhoneText(text)) return { issue: issue('phone.wrong_format', path) };
    // '+' only in front; brackets and separators are what people type.
    if (text.lastIndexOf('+') > 0) return { issue: issue('phone.wrong_format', path) };
    return { text };
  }
  return { issue: wrongTypeIssue(input, path) };
}

function typeOf(raw: string | undefined): PhoneType {
  return raw === undefined ? 'unknown' : (raw.toLowerCase() as PhoneType);
}

/**
 * Parses and checks a phone number with libphonenumber-js' full metadata (CONTACT-1): any
 * country, E.164 out, the country (`+7 7xx` is Kazakhstan, `+7 9xx` Russia), the line type.
 * Input hygiene first: NFKC (full-width digits), NBSP and zero-width characters, dash
 * variants; letters (vanity numbers), extensions and a `+` anywhere but in front are
 * rejected. Typed without `+`, the number is read in `defaultCountry` (`8 912 …` in Russia).
 *
 * @param input - the value typed by the user; must be a string
 * @param options - path, default country for national input, policy
 * @returns the {@link ParsedPhone}, or issues: `input.required`, `input.not_a_string`,
 *   `input.wrong_format`, `input.too_long` (`max`), `phone.wrong_format`,
 *   `phone.country_required`, `phone.unknown_country`, `phone.too_short`, `phone.too_long`,
 *   `phone.invalid_length`, `phone.invalid`, `phone.too_few_digits` (`min`),
 *   `phone.not_mobile`, `phone.not_russian_mobile`
 * @example
 * ```ts
 * parsePhone('+7 912 345-67-89');                        // data.e164 '+79123456789', country 'RU', type 'mobile'
 * parsePhone('+7 701 234 5678');                         // country 'KZ'
 * parsePhone('8 (912) 345-67-89', { defaultCountry: 'RU' }); // '+79123456789'
 * parsePhone('+998 90 123 45 67', { policy: { requireRussianMobileForSms: true } }); // issue phone.not_russian_mobile
 * ```
 */
export function parsePhone(
  input: unknown,
  options?: ParsePhoneOptions,
): Result<ParsedPhone, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const read = readText(input, path);
  if ('issue' in read) return fail(read.issue);
  const text = read.text;
  const defaultCountry = options?.defaultCountry;
  if (text.charCodeAt(0) !== 43 && defaultCountry === undefined)
    return fail(issue('phone.country_required', path));
  const number = parsePhoneNumberFromString(text, defaultCountry);
  if (!number?.isValid()) {
    const reason = validatePhoneNumberLength(text, defaultCountry);
    return fail(issue(reason === undefined ? 'phone.invalid' : LENGTH_CODE[reason], path));
  }
  const policy = options?.policy;
  const minDigits = policy?.minDigits ?? phonePolicies.portal.minDigits;
  const e164 = number.number as E164Phone;
  if (e164.length - 1 < minDigits)
    return fail(issue('phone.too_few_digits', path, { min: minDigits }));
  const type = typeOf(number.getType());
  const mobile = type === 'mobile' || type === 'fixed_line_or_mobile';
  if (
    policy?.requireRussianMobileForSms === true &&
    !(number.country === 'RU' && type === 'mobile')
  ) {
    return fail(issue('phone.not_russian_mobile', path));
  }
  if (policy?.mobileOnly === true && !mobile) return fail(issue('phone.not_mobile', path));
  return ok({
    e164,
    country: number.country,
    callingCode: number.countryCallingCode,
    nationalNumber: number.nationalNumber,
    type,
    mobile,
  });
}

import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { wrongTypeIssue } from '../_lib/normalize-input.js';
import { assertPasswordPolicy } from '../_lib/assert-password-policy.js';
import { decoratedCores, latinSpelling, toLatinKeys, unLeet } from '../_lib/password-words.js';
import type { PasswordBlocklist, PasswordPolicy } from './password-rules.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/**
 * A password that passed {@link checkPassword}, NFKC-normalized. Hash this form, and
 * normalize the password typed at login the same way ({@link normalizePassword}).
 */
export type NormalizedPassword = string & {
  /** Type-level marker: the NFKC form returned by checkPassword or normalizePassword. Not present at run time. */
  readonly __brand: 'NormalizedPassword';
};

/** A hint for a meter next to the field; not an estimate of guessing time. */
export type PasswordStrength = 'weak' | 'fair' | 'good' | 'strong';

/** What the user's own data gives away: a password containing it is refused (S-1). */
export interface PasswordContext {
  /** Surname, given names, patronymic — in any script; Latin spellings and wrong-layout typing are checked too. */
  readonly names?: readonly string[];
  /** The e-mail address: its local part and the words in it. */
  readonly email?: string;
  /** The phone number: its last 10 and last 7 digits. */
  readonly phone?: string;
  /** Passport, SNILS, INN, permit numbers… */
  readonly documentNumbers?: readonly string[];
  /** Anything else: the service name, the login. */
  readonly words?: readonly string[];
}

/** A password that passed, with what a form may show about it. */
export interface CheckedPassword {
  /** The NFKC form to hash. */
  readonly password: NormalizedPassword;
  /** Length in code points. */
  readonly length: number;
  /** A hint for a strength meter. */
  readonly strength: PasswordStrength;
}

/** Options of {@link checkPassword} beyond policy and context. */
export interface CheckPasswordOptions {
  /** Path reported in issues (default `['password']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['password'];
// Control characters and invisible format characters (zero-width space, BOM, bidi marks):
// a password that looks the same but is not locks its owner out. ZWJ stays (emoji sequences).
const INVISIBLE =
  /[\p{Cc}\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const SPECIAL = /[^\p{L}\p{N}]/u;

function isCommon(lower: string, list: PasswordBlocklist): boolean {
  const layouts = lower === toLatinKeys(lower) ? [lower] : [lower, toLatinKeys(lower)];
  for (const typed of layouts) {
    for (const candidate of [typed, ...decoratedCores(typed)]) {
      if (list.has(candidate)) return true;
      for (const folded of unLeet(candidate)) if (list.has(folded)) return true;
    }
  }
  return false;
}

function isRepetitive(points: readonly number[]): boolean {
  if (points.length < 8) return false;
  const step = points[1]! - points[0]!;
  if (Math.abs(step) > 1) return false;
  for (let i = 2; i < points.length; i++) if (points[i]! - points[i - 1]! !== step) return false;
  return true;
}

type ContextField = 'name' | 'email' | 'phone' | 'document' | 'word';

function contextTokens(context: PasswordContext): { field: ContextField; token: string }[] {
  const out: { field: ContextField; token: string }[] = [];
  const add = (field: ContextField, token: string, min: number): void => {
    if ([...token].length >= min) out.push({ field, token });
  };
  for (const name of context.names ?? []) {
    for (const part of name
      .normalize('NFKC')
      .toLowerCase()
      .split(/[\s'’-]+/u)) {
      add('name', part, 3);
      add('name', latinSpelling(part), 3);
      add('name', toLatinKeys(part), 3);
    }
  }
  if (context.email !== undefined) {
    const local = context.email.normalize('NFKC').toLowerCase().split('@')[0] ?? '';
    add('email', local, 3);
    for (const part of local.split(/[._+-]+/)) add('email', part, 3);
  }
  if (context.phone !== undefined) {
    const digits = context.phone.normalize('NFKC').replace(/\D/g, '');
    add('phone', digits.slice(-10), 7);
    add('phone', digits.slice(-7), 7);
  }
  for (const doc of context.documentNumbers ?? []) {
    const compact = doc
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s.-]/g, '');
    add('document', compact, 4);
    // An RF passport: series (4) and number (6) are each personal too.
    if (/^\d{10}$/.test(compact)) {
      add('document', compact.slice(0, 4), 4);
      add('document', compact.slice(4), 6);
    }
  }
  for (const word of context.words ?? []) add('word', word.normalize('NFKC').toLowerCase(), 3);
  return out;
}

function strengthOf(length: number, classes: number): PasswordStrength {
  if (length >= 16 || (length >= 12 && classes >= 3)) return 'strong';
  if (length >= 12) return 'good';
  if (length >= 8 && classes >= 3) return 'fair';
  return 'weak';
}

/**
 * Checks a new password against a policy (S-1, OTP-4): length in code points after NFKC
 * (never truncated; at least 64 characters are always allowed), the composition rules, the
 * policy's blocklist — also when the password is decorated with digits and symbols
 * (`Password123!`), written in leetspeak (`P@ssw0rd`) or typed in the Russian layout (`пфрокь`
 * for `gfhjkm`) — a single repeated or consecutive run of characters, and the user's own data
 * (name in any script, e-mail, phone, document numbers). All unmet rules are reported at once.
 * A length under 12 passes with the warning `password.length_recommended` (OTP-4). Not
 * checked here: reuse of previous passwords (`password.reused`), which needs the stored
 * hashes — the account package does it.
 *
 * The policy is required and carries its blocklist, so this subpath holds no word list: take
 * `passwordPolicies.portal` or `.strict` from `@kabinet/validators/password-presets` (the
 * 10,000 most common passwords), or {@link passwordRules} with a blocklist of your own.
 *
 * @param password - the new password as typed; must be a string
 * @param policy - a {@link PasswordPolicy}: rules and blocklist
 * @param context - the user's data to keep out of the password
 * @param options - issue path
 * @returns the {@link CheckedPassword}, or issues: `input.required`, `input.not_a_string`,
 *   `input.wrong_format`, `password.too_short` (`min`), `password.too_long` (`max`),
 *   `password.invalid_character`, `password.missing_upper`, `password.missing_lower`,
 *   `password.missing_digit`, `password.missing_special`, `password.common`,
 *   `password.repetitive`, `password.contains_personal_data` (`field`); warning
 *   `password.length_recommended` (`recommended`)
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when the policy is missing, has no blocklist
 *   (`{ has(word) }`) or allows fewer than 64 characters (S-1)
 * @example
 * ```ts
 * import { checkPassword } from '@kabinet/validators/password';
 * import { passwordPolicies } from '@kabinet/validators/password-presets';
 * const portal = passwordPolicies.portal;
 * checkPassword('Tr0ub4dor&3x', portal);                        // success, strength 'strong'
 * checkPassword('P@ssw0rd!', portal);                           // issue password.common
 * checkPassword('Ivanov#2024', portal, { names: ['Иванов'] });  // issue password.contains_personal_data { field: 'name' }
 * checkPassword('Kx9#mQ2v', portal);                            // success, warning password.length_recommended { recommended: 12 }
 * ```
 */
export function checkPassword(
  password: unknown,
  policy: PasswordPolicy,
  context?: PasswordContext,
  options?: CheckPasswordOptions,
): Result<CheckedPassword, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  assertPasswordPolicy(policy);
  const rules = policy;
  if (typeof password !== 'string') {
    return fail(wrongTypeIssue(password, path));
  }
  if (password === '') return fail(issue('input.required', path));
  // Bound the work before normalizing anything huge (deliberately generous: a code point is at
  // most two UTF-16 units, and NFKC rarely shrinks text by half again).
  if (password.length > rules.maxLength * 4)
    return fail(issue('password.too_long', path, { max: rules.maxLength }));
  const normalized = password.normalize('NFKC');
  const points = [...normalized].map((c) => c.codePointAt(0)!);
  const length = points.length;
  const issues: Issue<ValidatorIssueCode>[] = [];
  if (length < rules.minLength)
    issues.push(issue('password.too_short', path, { min: rules.minLength }));
  if (length > rules.maxLength)
    return fail(issue('password.too_long', path, { max: rules.maxLength }));
  if (INVISIBLE.test(normalized)) issues.push(issue('password.invalid_character', path));
  const upper = UPPER.test(normalized);
  const lower = LOWER.test(normalized);
  const digit = DIGIT.test(normalized);
  const special = SPECIAL.test(normalized);
  if (rules.requireUpper && !upper) issues.push(issue('password.missing_upper', path));
  if (rules.requireLower && !lower) issues.push(issue('password.missing_lower', path));
  if (rules.requireDigit && !digit) issues.push(issue('password.missing_digit', path));
  if (rules.requireSpecial && !special) issues.push(issue('password.missing_special', path));
  const lowered = normalized.toLowerCase();
  if (isCommon(lowered, rules.blocklist)) issues.push(issue('password.common', path));
  else if (isRepetitive(points)) issues.push(issue('password.repetitive', path));
  if (context !== undefined) {
    const keys = toLatinKeys(lowered);
    const hit = contextTokens(context).find(
      ({ token }) => lowered.includes(token) || keys.includes(token),
    );
    if (hit !== undefined)
      issues.push(issue('password.contains_personal_data', path, { field: hit.field }));
  }
  if (issues.length > 0) return fail(issues);
  const classes = [upper, lower, digit, special].filter(Boolean).length;
  const warnings =
    length < rules.recommendedLength
      ? [issue('password.length_recommended', path, { recommended: rules.recommendedLength })]
      : undefined;
  return ok(
    { password: normalized as NormalizedPassword, length, strength: strengthOf(length, classes) },
    warnings,
  );
}

import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { readDocumentDate, readOnDate } from '../_lib/document-dates.js';
import { compareParts, partsToIso, partsToRu } from '../_lib/parse-strict-date.js';
import { readIdentifier } from '../_lib/read-identifier.js';
import { checkPermitValidity } from '../document-validity/check-permit-validity.js';
import {
  defaultDocumentValidityPolicy,
  type DocumentValidityPolicy,
} from '../document-validity/document-validity-policy.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A Russian visa number after normalization: upper-case Latin letters and digits. */
export type VisaNumber = string & {
  /** Compile-time marker only: the value at run time is a plain string. */
  readonly __brand: 'VisaNumber';
};

/** Categories of Russian visas. */
export type VisaCategory = 'diplomatic' | 'service' | 'ordinary' | 'transit' | 'temporary_resident';

const CATEGORIES: ReadonlySet<string> = new Set<VisaCategory>([
  'diplomatic',
  'service',
  'ordinary',
  'transit',
  'temporary_resident',
]);

/** A Russian visa as typed in a form (or just its number as a string). */
export interface RussianVisaInput {
  /** The visa number. */
  readonly number: string;
  /** First day of validity, `ДД.ММ.ГГГГ` or `YYYY-MM-DD`. */
  readonly validFrom?: string;
  /** Last day of validity. */
  readonly validUntil?: string;
  /** The category, when the form asks for it. */
  readonly category?: VisaCategory;
}

/** A checked Russian visa. */
export interface RussianVisa {
  /** The normalized number. */
  readonly number: VisaNumber;
  /** First day of validity, `YYYY-MM-DD`, when given. */
  readonly validFrom: string | undefined;
  /** Last day of validity, `YYYY-MM-DD`, when given. */
  readonly validUntil: string | undefined;
  /** The category, when given. */
  readonly category: VisaCategory | undefined;
}

/** Options of {@link parseVisa}. */
export interface ParseVisaOptions {
  /** When given (epoch ms), the visa must not have expired (policy as in `checkPermitValidity`). */
  readonly now?: number;
  /** Policy overrides for the validity check. */
  readonly policy?: Partial<DocumentValidityPolicy>;
  /** Path prefix of issues (default `['visa']`). */
  readonly path?: IssuePath;
}

const DEFAULT_PATH: IssuePath = ['visa'];
/** The shape accepted without a warning (validators.md §1.4, low confidence). */
const USUAL = /^[0-9A-Z]{6,12}$/;

/**
 * Checks a Russian visa (DOC-7: visas are validated automatically). The number's length is
 * not confirmed by a normative source, so only Latin letters and digits (4–20) are required and
 * a number outside the usual 6–12 characters is a `visa.pattern` warning, never a rejection.
 * Validity dates, when given, must be in order; with `now` the visa must not have expired, and
 * a visa whose validity has not begun yet is a warning. The MRZ of a visa sticker (MRV-A/B) is
 * read by `parseMrz`.
 *
 * @param input - the number as a string, or `{ number, validFrom?, validUntil?, category? }`
 * @param options - `now`, validity policy and the path prefix
 * @returns the visa, or issues `input.*`, `visa.characters`, `visa.length` (`length`),
 *   `visa.category`, `document.date` (`field`), `document.expiry_before_issue`,
 *   `document.expired`, `document.expires_too_soon`; warnings `visa.pattern`,
 *   `visa.not_yet_valid` (`validFrom`), `document.expires_soon`
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when `now` is given but is not a finite epoch in ms
 * @example
 * ```ts
 * parseVisa('123456789');                                           // success
 * parseVisa({ number: '123456789', validUntil: '31.12.2026' }, { now: clock.now() });
 * ```
 */
export function parseVisa(
  input: unknown,
  options?: ParseVisaOptions,
): Result<RussianVisa, ValidatorIssueCode> {
  const path = options?.path ?? DEFAULT_PATH;
  const isObject = typeof input === 'object' && input !== null;
  const fields: Partial<Record<keyof RussianVisaInput, unknown>> = isObject
    ? input
    : { number: input };
  const numberPath = isObject ? [...path, 'number'] : path;
  const issues: Issue<ValidatorIssueCode>[] = [];
  const warnings: Issue[] = [];

  let number: VisaNumber | undefined;
  const read = readIdentifier(
    typeof fields.number === 'string' ? fields.number.replace(/№/g, ' ') : fields.number,
    numberPath,
  );
  if ('issue' in read) issues.push(read.issue);
  else {
    const value = read.value.toUpperCase();
    if (!/^[A-Z0-9]+$/.test(value)) issues.push(issue('visa.characters', numberPath));
    else if (value.length < 4 || value.length > 20)
      issues.push(issue('visa.length', numberPath, { length: value.length }));
    else {
      number = value as VisaNumber;
      if (!USUAL.test(value)) warnings.push(issue('visa.pattern', numberPath));
    }
  }

  let category: VisaCategory | undefined;
  if (fields.category !== undefined && fields.category !== null && fields.category !== '') {
    if (typeof fields.category === 'string' && CATEGORIES.has(fields.category))
      category = fields.category as VisaCategory;
    else issues.push(issue('visa.category', [...path, 'category']));
  }

  const from = readDocumentDate(fields.validFrom, path, 'validFrom');
  const until = readDocumentDate(fields.validUntil, path, 'validUntil');
  if ('issue' in from) issues.push(from.issue);
  if ('issue' in until) issues.push(until.issue);
  const fromParts = 'parts' in from ? from.parts : undefined;
  const untilParts = 'parts' in until ? until.parts : undefined;
  if (
    fromParts !== undefined &&
    untilParts !== undefined &&
    compareParts(untilParts, fromParts) < 0
  ) {
    issues.push(issue('document.expiry_before_issue', [...path, 'validUntil']));
  }
  if (options?.now !== undefined) {
    const policy = { ...defaultDocumentValidityPolicy, ...options.policy };
    const today = readOnDate(options.now, policy.utcOffsetMinutes);
    if (fromParts !== undefined && today !== undefined && compareParts(fromParts, today) > 0) {
      warnings.push(
        issue('visa.not_yet_valid', [...path, 'validFrom'], { validFrom: partsToRu(fromParts) }),
      );
    }
    if (untilParts !== undefined) {
      const validity = checkPermitValidity(partsToIso(untilParts), options.now, {
        policy,
        path: [...path, 'validUntil'],
      });
      if (!validity.success) issues.push(...validity.issues);
      else if (validity.warnings !== undefined) warnings.push(...validity.warnings);
    }
  }

  if (issues.length > 0 || number === undefined) return fail(issues);
  return ok(
    {
      number,
      validFrom: fromParts === undefined ? undefined : partsToIso(fromParts),
      validUntil: untilParts === undefined ? undefined : partsToIso(untilParts),
      category,
    },
    warnings,
  );
}

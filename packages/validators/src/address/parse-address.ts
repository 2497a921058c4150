import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { cleanText, wrongTypeIssue } from '../_lib/normalize-input.js';
import {
  parsePostalIndex,
  type PostalIndex,
  type PostalRegionCheck,
} from './parse-postal-index.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** The parts of a Russian address a form may ask for (DOC-10). Every part is optional. */
export interface AddressInput {
  /** Postal index, 6 digits. */
  readonly postalIndex?: unknown;
  /** Region (субъект РФ), e.g. `Московская обл.`. */
  readonly region?: unknown;
  /** City or settlement, e.g. `г. Москва`. */
  readonly city?: unknown;
  /** Street, e.g. `ул. Тверская`. */
  readonly street?: unknown;
  /** House number, e.g. `12`, `12а`, `12/3`, `д. 5`. */
  readonly house?: unknown;
  /** Building (корпус / строение), e.g. `2`, `корп. 2`. */
  readonly building?: unknown;
  /** Apartment or office, e.g. `45`, `кв. 45`, `12а`. */
  readonly apartment?: unknown;
  /** The whole address in one line, as people write it. */
  readonly freeForm?: unknown;
}

/** The address parts that a policy may require. */
export type AddressPart =
  'postalIndex' | 'region' | 'city' | 'street' | 'house' | 'building' | 'apartment';

/** A checked address: cleaned parts; house, building and apartment without their `д.`/`корп.`/`кв.` prefixes. */
export interface Address {
  /** Six digits. */
  readonly postalIndex?: PostalIndex;
  /** Region as typed, cleaned. */
  readonly region?: string;
  /** City or settlement as typed, cleaned. */
  readonly city?: string;
  /** Street as typed, cleaned. */
  readonly street?: string;
  /** House number without `д.`, lower case, no spaces (`12а`, `12/3`). */
  readonly house?: string;
  /** Building without `корп.`/`стр.`. */
  readonly building?: string;
  /** Apartment without `кв.`. */
  readonly apartment?: string;
  /** The free-form line, cleaned. */
  readonly freeForm?: string;
}

/** Which parts must be present, and how the index region is checked. */
export interface AddressPolicy {
  /** Parts that must be given (default none: free form is accepted, DOC-10). */
  readonly required: readonly AddressPart[];
  /** Region plausibility of the postal index (default `'error'`). */
  readonly postalRegionCheck: PostalRegionCheck;
  /** Most characters in one text part (default 200). */
  readonly maxPartLength: number;
  /** Most characters in the free form (default 500). */
  readonly maxFreeFormLength: number;
}

/**
 * Address policy presets: `portal` (DOC-10: free form accepted, parts checked when present)
 * and `structured` (index, city, street and house required).
 *
 * @example
 * ```ts
 * parseAddress({ street: 'ул. Тверская' }, { policy: addressPolicies.structured });
 * // issues input.required at postalIndex, city and house
 * ```
 */
export const addressPolicies: {
  /** Free form accepted, parts checked when present (DOC-10). */
  readonly portal: AddressPolicy;
  /** Index, city, street and house required. */
  readonly structured: AddressPolicy;
} = {
  portal: { required: [], postalRegionCheck: 'error', maxPartLength: 200, maxFreeFormLength: 500 },
  structured: {
    required: ['postalIndex', 'city', 'street', 'house'],
    postalRegionCheck: 'error',
    maxPartLength: 200,
    maxFreeFormLength: 500,
  },
};

/** Options of {@link parseAddress}. */
export interface ParseAddressOptions {
  /** Path prefix of the issues (default `['address']`). */
  readonly path?: IssuePath;
  /** Policy (default {@link addressPolicies}.portal); fields may be overridden one by one. */
  readonly policy?: Partial<AddressPolicy>;
}

const TEXT_PART = /^[\p{L}\p{M}\p{N} .,'"«»()/№-]+$/u;
const HAS_LETTER = /\p{L}/u;
const HOUSE_PREFIX = /^(?:д|дом|вл|влд|владение)\.?\s*/iu;
const HOUSE = /^\d{1,5}(?:\s?[а-яёa-z])?(?:\s?\/\s?\d{1,5}(?:\s?[а-яёa-z])?)?$/iu;
const BUILDING_PREFIX = /^(?:корп|корпус|к|стр|строение|с|лит|литера)\.?\s*/iu;
const BUILDING = /^[0-9а-яёa-z]{1,6}$/iu;
const APARTMENT_PREFIX = /^(?:кв|квартира|пом|помещение|оф|офис|комн|ком)\.?\s*/iu;
const APARTMENT = /^\d{1,5}(?:\s?[а-яёa-z])?$/iu;
const FREE_INDEX = /(?<!\d)\d{6}(?!\d)/u;
// `д.` / `дом` / `кв.` as words of their own, so `деревня` or `квартал` are not read as one.
const FREE_HOUSE = /(?:^|[\s,])(?:д\.|дом\.?(?=\s)|д(?=\s))\s*([^\s,]+)/iu;
const FREE_APARTMENT = /(?:^|[\s,])(?:кв\.|квартира(?=\s)|кв(?=\s))\s*([^\s,]+)/iu;

type Text = { value: string } | { issue: Issue<ValidatorIssueCode> } | undefined;

function readText(value: unknown, path: IssuePath, max: number): Text {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return { issue: wrongTypeIssue(value, path) };
  const text = cleanText(value);
  if (text === '') return undefined;
  if ([...text].length > max) return { issue: issue('input.too_long', path, { max }) };
  return { value: text };
}

function checkName(
  text: string,
  path: IssuePath,
  part: 'region' | 'city' | 'street' | 'freeForm',
): Issue<ValidatorIssueCode> | undefined {
  if (!TEXT_PART.test(text)) {
    const bad = [...text].find((c) => !TEXT_PART.test(c)) ?? '';
    return issue('address.invalid_character', path, { char: bad });
  }
  if (!HAS_LETTER.test(text))
    return issue(`address.${part === 'freeForm' ? 'free_form' : part}_wrong_format`, path);
  return undefined;
}

function checkNumbered(text: string, prefix: RegExp, pattern: RegExp): string | undefined {
  const bare = text.replace(prefix, '').replace(/\s+/g, ' ').trim();
  return pattern.test(bare) ? bare.replace(/\s/g, '').toLowerCase() : undefined;
}

/**
 * Parses a Russian address (DOC-10): free form is accepted, and the parts present are
 * checked — postal index (6 digits, plausible region), street/city/region (letters, digits and
 * the usual punctuation), house (`12`, `12а`, `12/3`, `д. 5`), building (`корп. 2`, `стр. 1`),
 * apartment (`45`, `кв. 45`, `12а`). In a free-form line a six-digit index, `д. …` and
 * `кв. …` are found and checked too. Input hygiene on every part.
 *
 * @param input - an {@link AddressInput} or a free-form string
 * @param options - issue path prefix, policy
 * @returns the cleaned {@link Address} (warnings such as `postal_index.unknown_region` with a
 *   lenient policy), or issues named by part: `input.required`, `input.not_a_string`,
 *   `input.wrong_format`, `input.too_long`, `postal_index.*`, `address.invalid_character`
 *   (`char`), `address.region_wrong_format`, `address.city_wrong_format`,
 *   `address.street_wrong_format`, `address.free_form_wrong_format`,
 *   `address.house_wrong_format`, `address.building_wrong_format`,
 *   `address.apartment_wrong_format`; warning `address.index_region_mismatch` (`city`) when the
 *   index is outside the known block of Moscow (101–129) or St Petersburg (190–199)
 * @example
 * ```ts
 * parseAddress({ postalIndex: '101000', city: 'г. Москва', street: 'ул. Тверская', house: 'д. 7', apartment: 'кв. 12' });
 * // { success: true, data: { postalIndex: '101000', city: 'г. Москва', street: 'ул. Тверская', house: '7', apartment: '12' } }
 * parseAddress('101000, г. Москва, ул. Тверская, д. 7, кв. 12а'); // success, data.freeForm
 * parseAddress({ house: 'семь' }); // issue address.house_wrong_format at ['address', 'house']
 * ```
 */
export function parseAddress(
  input: unknown,
  options?: ParseAddressOptions,
): Result<Address, ValidatorIssueCode> {
  const base = options?.path ?? ['address'];
  const policy = { ...addressPolicies.portal, ...options?.policy };
  if (typeof input === 'string') return parseAddress({ freeForm: input }, { path: base, policy });
  if (input === undefined || input === null) return fail(issue('input.required', base));
  if (typeof input !== 'object' || Array.isArray(input))
    return fail(wrongTypeIssue(input, base, 'string | object'));
  const raw = input as AddressInput;
  const issues: Issue<ValidatorIssueCode>[] = [];
  const warnings: Issue[] = [];
  const out: { -readonly [K in keyof Address]?: Address[K] } = {};

  const index = readText(raw.postalIndex, [...base, 'postalIndex'], 20);
  if (index !== undefined) {
    if ('issue' in index) issues.push(index.issue);
    else {
      const r = parsePostalIndex(index.value, {
        path: [...base, 'postalIndex'],
        regionCheck: policy.postalRegionCheck,
      });
      if (r.success) {
        out.postalIndex = r.data;
        warnings.push(...(r.warnings ?? []));
      } else issues.push(...r.issues);
    }
  }
  for (const part of ['region', 'city', 'street'] as const) {
    const t = readText(raw[part], [...base, part], policy.maxPartLength);
    if (t === undefined) continue;
    if ('issue' in t) issues.push(t.issue);
    else {
      const problem = checkName(t.value, [...base, part], part);
      if (problem === undefined) out[part] = t.value;
      else issues.push(problem);
    }
  }
  const numbered = [
    ['house', HOUSE_PREFIX, HOUSE],
    ['building', BUILDING_PREFIX, BUILDING],
    ['apartment', APARTMENT_PREFIX, APARTMENT],
  ] as const;
  for (const [part, prefix, pattern] of numbered) {
    const t = readText(raw[part], [...base, part], 30);
    if (t === undefined) continue;
    if ('issue' in t) issues.push(t.issue);
    else {
      const value = checkNumbered(t.value, prefix, pattern);
      if (value === undefined) issues.push(issue(`address.${part}_wrong_format`, [...base, part]));
      else out[part] = value;
    }
  }
  const free = readText(raw.freeForm, [...base, 'freeForm'], policy.maxFreeFormLength);
  if (free !== undefined) {
    const path = [...base, 'freeForm'];
    if ('issue' in free) issues.push(free.issue);
    else {
      const problem = checkName(free.value, path, 'freeForm');
      if (problem !== undefined) issues.push(problem);
      else {
        out.freeForm = free.value;
        issues.push(...checkFreeForm(free.value, path, policy.postalRegionCheck, warnings));
      }
    }
  }
  if (out.postalIndex !== undefined) {
    const mismatch = indexRegionMismatch(out.postalIndex, `${out.region ?? ''} ${out.city ?? ''}`);
    if (mismatch !== undefined)
      warnings.push(
        issue('address.index_region_mismatch', [...base, 'postalIndex'], { city: mismatch }),
      );
  }
  for (const part of policy.required)
    if (out[part] === undefined && !issues.some((i) => i.path[base.length] === part))
      issues.push(issue('input.required', [...base, part]));
  if (issues.length > 0) return fail(issues);
  if (Object.keys(out).length === 0) return fail(issue('input.required', base));
  return ok(out as Address, warnings);
}

// Federal cities whose index blocks are well known (validators.md §1.10, confidence M): a
// mismatch is only a warning.
const CITY_BLOCKS: readonly { name: string; pattern: RegExp; from: number; to: number }[] = [
  { name: 'Москва', pattern: /(?:^|[^\p{L}])москва(?:$|[^\p{L}])/iu, from: 101, to: 129 },
  {
    name: 'Санкт-Петербург',
    pattern: /(?:^|[^\p{L}])(?:санкт-петербург|спб|с\.-петербург)(?:$|[^\p{L}])/iu,
    from: 190,
    to: 199,
  },
];

function indexRegionMismatch(index: string, place: string): string | undefined {
  const prefix = Number(index.slice(0, 3));
  for (const city of CITY_BLOCKS)
    if (city.pattern.test(place) && (prefix < city.from || prefix > city.to)) return city.name;
  return undefined;
}

// The parts a free-form line gives away: its index, `д. N` and `кв. N`.
function checkFreeForm(
  text: string,
  path: IssuePath,
  regionCheck: PostalRegionCheck,
  warnings: Issue[],
): Issue<ValidatorIssueCode>[] {
  const issues: Issue<ValidatorIssueCode>[] = [];
  const index = FREE_INDEX.exec(text);
  if (index !== null) {
    const r = parsePostalIndex(index[0], { path, regionCheck });
    if (!r.success) issues.push(...r.issues);
    else warnings.push(...(r.warnings ?? []));
  }
  const house = FREE_HOUSE.exec(text);
  if (house !== null && checkNumbered(house[1]!, HOUSE_PREFIX, HOUSE) === undefined)
    issues.push(issue('address.house_wrong_format', path));
  const apartment = FREE_APARTMENT.exec(text);
  if (apartment !== null && checkNumbered(apartment[1]!, APARTMENT_PREFIX, APARTMENT) === undefined)
    issues.push(issue('address.apartment_wrong_format', path));
  return issues;
}

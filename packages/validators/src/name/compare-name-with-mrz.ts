import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { cleanText, wrongTypeIssue } from '../_lib/normalize-input.js';
import {
  APOSTROPHES,
  LATIN_DIACRITIC_ALTERNATIVES,
  PASSPORT_ALTERNATIVES,
  letterScript,
  stripLatin,
} from '../_lib/name-letters.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** A name as the user typed it, in Cyrillic or Latin. */
export interface TypedName {
  /** Surname (фамилия). */
  readonly surname: unknown;
  /** Given names (имя, and further given names), if any. */
  readonly givenNames?: unknown;
  /** Patronymic (отчество): compared only when the MRZ carries more given names than typed. */
  readonly patronymic?: unknown;
}

/** How a typed name matched the MRZ. */
export interface NameMrzMatch {
  /** `exact`: the typed Latin letters are the MRZ letters; `transliteration`: Cyrillic or diacritics were mapped. */
  readonly method: 'exact' | 'transliteration';
  /** The MRZ field was full and the name matched only as a cut-off prefix. */
  readonly truncated: boolean;
  /** The patronymic was found among the MRZ given names. */
  readonly patronymicInMrz: boolean;
}

/**
 * An MRZ name already split into parts, as `parseMrz` of `@kabinet/validators/mrz` returns
 * it (fillers inside a part read as spaces).
 */
export interface MrzNameParts {
  /** Surname, words separated by spaces. */
  readonly surname: string;
  /** Given names, words separated by spaces. */
  readonly givenNames: string;
  /** The name filled its field to the end and may have been cut. */
  readonly nameTruncated?: boolean;
}

/** Options of {@link compareNameWithMrz}. */
export interface CompareNameWithMrzOptions {
  /** Path prefix of the issues (default `[]`: issues name `surname`, `givenNames`, `mrz`). */
  readonly path?: IssuePath;
  /**
   * Whether the MRZ name may be cut off at the end of its field. Default: detected — a field of
   * 30 or more characters whose last character is not a filler `<`.
   */
  readonly truncated?: boolean;
}

type Units = readonly (readonly string[])[];
const SEPARATOR: readonly string[] = ['<'];

// The typed text as a sequence of units, each with every Latin spelling it may have in an MRZ.
function toUnits(text: string): { units: Units; transliterated: boolean } | undefined {
  const units: (readonly string[])[] = [];
  let transliterated = false;
  for (const c of cleanText(text).replace(APOSTROPHES, "'")) {
    if (c === ' ' || c === '-') {
      if (units.length > 0 && units[units.length - 1] !== SEPARATOR) units.push(SEPARATOR);
      continue;
    }
    if (c === "'") continue;
    const script = letterScript(c);
    if (script === 'cyrillic') {
      const alternatives = PASSPORT_ALTERNATIVES[c.toUpperCase()];
      if (alternatives === undefined) return undefined;
      units.push(alternatives);
      transliterated = true;
    } else if (script === 'latin') {
      if (c >= 'A' && c <= 'Z') units.push([c]);
      else if (c >= 'a' && c <= 'z') units.push([c.toUpperCase()]);
      else {
        transliterated = true;
        const alternatives =
          c === 'ß'
            ? ['SS']
            : (LATIN_DIACRITIC_ALTERNATIVES[c.toUpperCase()] ??
              (stripLatin(c) === undefined ? undefined : [stripLatin(c)!]));
        if (alternatives === undefined) return undefined;
        units.push(alternatives);
      }
    } else {
      return undefined;
    }
  }
  while (units[units.length - 1] === SEPARATOR) units.pop();
  return { units, transliterated };
}

// Can the units spell `target` exactly (or, when `prefix`, spell something `target` is the start of)?
function spells(units: Units, target: string, prefix: boolean): 'full' | 'prefix' | false {
  let positions = new Set([0]);
  for (const alternatives of units) {
    const next = new Set<number>();
    for (const j of positions) {
      if (prefix && j === target.length) return 'prefix';
      for (const alt of alternatives) {
        if (target.startsWith(alt, j)) next.add(j + alt.length);
        else if (prefix && alt.startsWith(target.slice(j)) && j + alt.length > target.length)
          return 'prefix';
      }
    }
    if (next.size === 0) return false;
    positions = next;
  }
  return positions.has(target.length) ? 'full' : false;
}

function readPart(
  value: unknown,
  path: IssuePath,
  required: boolean,
): { text: string } | { issue: Issue<ValidatorIssueCode> } {
  if (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && cleanText(value) === '')
  ) {
    return required ? { issue: issue('input.required', path) } : { text: '' };
  }
  if (typeof value !== 'string') return { issue: wrongTypeIssue(value, path) };
  return { text: value };
}

/**
 * Compares a typed name with the name field of a machine-readable zone (DOC-8: the name must
 * match the passport exactly). Tolerant of transliteration — a Cyrillic `Юлия` matches
 * `IULIIA` (ICAO, 2012+), `YULIYA` (MVD 1997–2010) and GOST 2010–2013 spellings such as
 * `TC` for Ц; `Müller` matches `MUELLER` or `MULLER`; spaces and hyphens match `<`,
 * apostrophes are ignored; a full MRZ field may have cut the name short. Strict about
 * everything else: one wrong, missing or extra letter is a mismatch. The RF internal
 * passport's own digit substitution (Ё→2, Й→Q) is not read here. A single name written as the
 * given name with an empty surname (`<<NAME`, as Indian passports do) is compared as the surname.
 *
 * @param typed - surname, given names and patronymic as typed (Cyrillic or Latin)
 * @param mrzName - the MRZ name field, `SURNAME<<GIVEN<NAMES<<<…` (upper-case `A–Z` and `<`),
 *   or its parts as `parseMrz` returns them ({@link MrzNameParts})
 * @param options - issue path prefix, truncation
 * @returns the {@link NameMrzMatch}, or issues: `name.mrz_invalid` (`mrz`),
 *   `name.mrz_mismatch` (`surname` / `givenNames`), `input.required` / `input.not_a_string` /
 *   `name.invalid_character` for the typed parts
 * @example
 * ```ts
 * compareNameWithMrz({ surname: 'Щеглова', givenNames: 'Юлия' }, 'SHCHEGLOVA<<IULIIA<<<<<<<<<<<<<<<<<<<<<<');
 * // { success: true, data: { method: 'transliteration', truncated: false, patronymicInMrz: false } }
 * compareNameWithMrz({ surname: 'Щеглова', givenNames: 'Юля' }, 'SHCHEGLOVA<<IULIIA<<<<<<<<<<<<<<<<<<<<<<');
 * // issue name.mrz_mismatch at ['givenNames']
 * const mrz = parseMrz(lines);               // from @kabinet/validators/mrz
 * if (mrz.success) compareNameWithMrz({ surname: 'Щеглова', givenNames: 'Юлия' }, mrz.data);
 * ```
 */
export function compareNameWithMrz(
  typed: TypedName,
  mrzName: string | MrzNameParts,
  options?: CompareNameWithMrzOptions,
): Result<NameMrzMatch, ValidatorIssueCode> {
  const base = options?.path ?? [];
  let field = '';
  let partsTruncated: boolean | undefined;
  if (typeof mrzName === 'string') field = mrzName.trim();
  else if (
    typeof mrzName === 'object' &&
    mrzName !== null &&
    typeof mrzName.surname === 'string' &&
    typeof mrzName.givenNames === 'string'
  ) {
    field = `${mrzName.surname.trim()}<<${mrzName.givenNames.trim()}`.replace(/ +/g, '<');
    partsTruncated = mrzName.nameTruncated === true;
  }
  const truncatable =
    options?.truncated ?? partsTruncated ?? (field.length >= 30 && !field.endsWith('<'));
  // A single name written as the given name with an empty surname (`<<NAME`, Indian passports)
  // is the surname the person types, as `parseMrz` returns it.
  if (/^<<[A-Z]/.test(field)) field = field.slice(2);
  if (!/^[A-Z<]+$/.test(field) || field.startsWith('<'))
    return fail(issue('name.mrz_invalid', [...base, 'mrz']));
  const cut = field.indexOf('<<');
  const mrzSurname = (cut < 0 ? field : field.slice(0, cut)).replace(/<+/g, '<').replace(/<$/, '');
  const mrzGiven =
    cut < 0
      ? ''
      : field
          .slice(cut + 2)
          .replace(/<+/g, '<')
          .replace(/^<|<$/g, '');
  const givenPresent = cut >= 0 && mrzGiven !== '';

  const surname = readPart(typed.surname, [...base, 'surname'], true);
  const given = readPart(typed.givenNames, [...base, 'givenNames'], false);
  const patronymic = readPart(typed.patronymic, [...base, 'patronymic'], false);
  const inputIssues = [surname, given, patronymic].flatMap((p) => ('issue' in p ? [p.issue] : []));
  if (inputIssues.length > 0 || 'issue' in surname || 'issue' in given || 'issue' in patronymic)
    return fail(inputIssues);

  const surnameUnits = toUnits(surname.text);
  const givenUnits = toUnits(given.text);
  const withPatronymic = toUnits(`${given.text} ${patronymic.text}`);
  const bad: Issue<ValidatorIssueCode>[] = [];
  if (surnameUnits === undefined) bad.push(issue('name.invalid_character', [...base, 'surname']));
  if (givenUnits === undefined || withPatronymic === undefined)
    bad.push(issue('name.invalid_character', [...base, 'givenNames']));
  if (surnameUnits === undefined || givenUnits === undefined || withPatronymic === undefined)
    return fail(bad);

  const issues: Issue<ValidatorIssueCode>[] = [];
  let truncated = false;
  // The surname is the last part only when the field holds no given names at all.
  const surnameIsLast = !givenPresent;
  const surnameMatch = spells(surnameUnits.units, mrzSurname, truncatable && surnameIsLast);
  if (surnameMatch === false) issues.push(issue('name.mrz_mismatch', [...base, 'surname']));
  if (surnameMatch === 'prefix') truncated = true;

  let patronymicInMrz = false;
  if (givenPresent) {
    let givenMatch = spells(givenUnits.units, mrzGiven, truncatable);
    if (givenMatch === false && patronymic.text !== '') {
      givenMatch = spells(withPatronymic.units, mrzGiven, truncatable);
      patronymicInMrz = givenMatch !== false;
    }
    if (givenMatch === false) issues.push(issue('name.mrz_mismatch', [...base, 'givenNames']));
    if (givenMatch === 'prefix') truncated = true;
  } else if (givenUnits.units.length > 0 && !(truncatable && surnameMatch !== false)) {
    issues.push(issue('name.mrz_mismatch', [...base, 'givenNames']));
  } else if (givenUnits.units.length > 0) {
    truncated = true;
  }
  if (issues.length > 0) return fail(issues);
  const transliterated =
    surnameUnits.transliterated ||
    givenUnits.transliterated ||
    (patronymicInMrz && withPatronymic.transliterated);
  return ok({ method: transliterated ? 'transliteration' : 'exact', truncated, patronymicInMrz });
}

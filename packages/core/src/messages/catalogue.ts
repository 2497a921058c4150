import type { IssueParam } from '../result/issue.js';

/** The languages Kabinet renders messages in. */
export type Locale = 'ru' | 'en';

/** The locales every catalogue must cover. */
export const LOCALES: readonly Locale[] = ['ru', 'en'];

/**
 * A message: a string with `{param}` placeholders, or a function of the params (for plurals).
 */
export type MessageTemplate = string | ((params: Readonly<Record<string, IssueParam>>) => string);

/** The messages of one language, one per issue code. */
export type LocaleMessages<Code extends string = string> = Readonly<Record<Code, MessageTemplate>>;

/**
 * Messages for a set of issue codes in every {@link Locale}. Each package exports its own
 * catalogue; `kabinet` merges them with {@link mergeCatalogues}.
 */
export type MessageCatalogue<Code extends string = string> = Readonly<
  Record<Locale, LocaleMessages<Code>>
>;

/**
 * Declares a catalogue from per-language modules. The type makes a code missing from one
 * language a compile error; {@link findCatalogueGaps} finds it at run time too.
 *
 * @param catalogue - `{ ru, en }` message maps over the same codes
 * @returns the catalogue
 * @example
 * ```ts
 * const messages = defineCatalogue({
 *   ru: { 'snils.checksum': 'Неверное контрольное число СНИЛС' },
 *   en: { 'snils.checksum': 'Wrong SNILS check digits' },
 * });
 * ```
 */
export function defineCatalogue<Code extends string>(catalogue: {
  ru: LocaleMessages<Code>;
  en: LocaleMessages<NoInfer<Code>>;
}): MessageCatalogue<Code> {
  return catalogue;
}

/**
 * Merges catalogues; later ones win on a shared code.
 *
 * @param catalogues - catalogues to merge
 * @returns one catalogue holding every code
 * @example
 * ```ts
 * const all = mergeCatalogues(coreMessages, defineCatalogue({ ru: { 'x.y': 'Икс' }, en: { 'x.y': 'Ex' } }));
 * ```
 */
export function mergeCatalogues(...catalogues: readonly MessageCatalogue[]): MessageCatalogue {
  const ru: Record<string, MessageTemplate> = {};
  const en: Record<string, MessageTemplate> = {};
  for (const c of catalogues) {
    Object.assign(ru, c.ru);
    Object.assign(en, c.en);
  }
  return { ru, en };
}

/**
 * Lists codes that lack a message in some locale, or whose message is empty.
 *
 * @param catalogue - the catalogue to inspect
 * @returns `{ code, locale }` for every gap; empty when complete
 * @example
 * ```ts
 * expect(findCatalogueGaps(validatorMessages)).toEqual([]);
 * ```
 */
export function findCatalogueGaps(catalogue: MessageCatalogue): {
  /** The issue code with a missing or empty message. */
  code: string;
  /** The language it is missing in. */
  locale: Locale;
}[] {
  const codes = new Set(LOCALES.flatMap((l) => Object.keys(catalogue[l])));
  const gaps: { code: string; locale: Locale }[] = [];
  for (const code of [...codes].sort()) {
    for (const locale of LOCALES) {
      // own keys only: a code such as `constructor` must not find Object.prototype's member
      const template = Object.hasOwn(catalogue[locale], code) ? catalogue[locale][code] : undefined;
      if (template === undefined || (typeof template === 'string' && template.trim() === ''))
        gaps.push({ code, locale });
    }
  }
  return gaps;
}

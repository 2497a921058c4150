import type { Locale } from '@kabinet/core';

/**
 * Picks the response language from `Accept-Language`, honouring q-values; Russian is the
 * default (the portal's language).
 *
 * @param header - the `Accept-Language` header value, if any
 * @returns `'ru'` or `'en'`
 * @example
 * ```ts
 * negotiateLocale('en-GB,en;q=0.9,ru;q=0.5'); // 'en'
 * negotiateLocale(null);                     // 'ru'
 * ```
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return 'ru';
  let best: Locale = 'ru';
  let bestQ = -1;
  for (const part of header.slice(0, 512).split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q)) continue;
    const lang = tag.split('-')[0];
    if ((lang === 'ru' || lang === 'en') && q > bestQ) {
      best = lang;
      bestQ = q;
    }
  }
  return best;
}

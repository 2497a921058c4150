import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { issue } from '../result/issue.js';
import { defineCatalogue, LOCALES, type MessageCatalogue } from './catalogue.js';
import { coreMessages } from './core-messages.js';
import { renderIssue } from './render-issue.js';

const plural = (n: number, one: string, few: string, many: string): string => {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
};

const catalogue = defineCatalogue({
  ru: {
    'otp.attempts_left': ({ left }) =>
      `Осталось ${String(left)} ${plural(Number(left), 'попытка', 'попытки', 'попыток')}`,
    'snils.checksum': 'Неверное контрольное число СНИЛС: ожидалось {expected}, получено {actual}',
  },
  en: {
    'otp.attempts_left': ({ left }) =>
      `${String(left)} ${Number(left) === 1 ? 'attempt' : 'attempts'} left`,
    'snils.checksum': 'Wrong SNILS check digits: expected {expected}, got {actual}',
  },
});

describe('renderIssue', () => {
  it('renders a core code in Russian and in English', () => {
    expect(renderIssue(issue('input.required', ['email']), 'ru')).toBe('Поле обязательное');
    expect(renderIssue(issue('input.required', ['email']), 'en')).toBe('This field is required');
  });

  it('fills {param} placeholders in both languages', () => {
    const problem = issue('snils.checksum', ['snils'], { expected: '52', actual: 51 });
    expect(renderIssue(problem, 'ru', catalogue)).toBe(
      'Неверное контрольное число СНИЛС: ожидалось 52, получено 51',
    );
    expect(renderIssue(problem, 'en', catalogue)).toBe(
      'Wrong SNILS check digits: expected 52, got 51',
    );
  });

  it('fills a placeholder as often as it appears, with numbers and booleans as text', () => {
    const repeated = defineCatalogue({
      ru: { 'a.b': '{x}-{x}-{flag}' },
      en: { 'a.b': '{x}/{x}/{flag}' },
    });
    expect(renderIssue(issue('a.b', [], { x: 7, flag: false }), 'ru', repeated)).toBe('7-7-false');
    expect(renderIssue(issue('a.b', [], { x: 7, flag: false }), 'en', repeated)).toBe('7/7/false');
  });

  it('leaves a placeholder whose param is missing as it is', () => {
    expect(renderIssue(issue('input.too_long', ['name']), 'en')).toBe(
      'Too long: at most {max} characters',
    );
    expect(renderIssue(issue('input.too_long', ['name'], { max: 100 }), 'ru')).toBe(
      'Слишком длинное значение: не более 100 символов',
    );
  });

  it('does not fill a placeholder from Object.prototype', () => {
    const odd = defineCatalogue({
      ru: { 'a.b': 'Поле {constructor}' },
      en: { 'a.b': 'Field {toString}' },
    });
    expect(renderIssue(issue('a.b'), 'ru', odd)).toBe('Поле {constructor}');
    expect(renderIssue(issue('a.b'), 'en', odd)).toBe('Field {toString}');
  });

  it('calls a function template with the params (plurals)', () => {
    const render = (left: number, locale: 'ru' | 'en'): string =>
      renderIssue(issue('otp.attempts_left', ['code'], { left }), locale, catalogue);
    expect([1, 2, 5, 11, 21, 22].map((n) => render(n, 'ru'))).toStrictEqual([
      'Осталось 1 попытка',
      'Осталось 2 попытки',
      'Осталось 5 попыток',
      'Осталось 11 попыток',
      'Осталось 21 попытка',
      'Осталось 22 попытки',
    ]);
    expect(render(1, 'en')).toBe('1 attempt left');
    expect(render(3, 'en')).toBe('3 attempts left');
  });

  it('renders core codes through a package catalogue that lacks them', () => {
    expect(renderIssue(issue('input.not_enough_data', ['address']), 'ru', catalogue)).toBe(
      'Недостаточно данных',
    );
  });

  it('prefers the given catalogue over the core messages', () => {
    const custom = defineCatalogue({
      ru: { 'input.required': 'Заполните поле' },
      en: { 'input.required': 'Please fill in' },
    });
    expect(renderIssue(issue('input.required'), 'ru', custom)).toBe('Заполните поле');
  });

  it('falls back to "wrong format" for an unknown code, never showing the code', () => {
    expect(renderIssue(issue('nobody.knows', ['x']), 'ru', catalogue)).toBe('Неверный формат');
    expect(renderIssue(issue('nobody.knows', ['x']), 'en')).toBe('Wrong format');
  });

  it('falls back for codes named like Object.prototype members', () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(renderIssue(issue(code), 'en', catalogue)).toBe('Wrong format');
      expect(renderIssue(issue(code), 'ru')).toBe('Неверный формат');
    }
  });

  test.prop([fc.string({ maxLength: 30 }), fc.constantFrom(...LOCALES)])(
    'renders any code not in the catalogue as the wrong-format sentence',
    (code, locale) => {
      fc.pre(!Object.hasOwn(coreMessages.ru, code) && !Object.hasOwn(catalogue.ru, code));
      expect(renderIssue(issue(code), locale, catalogue)).toBe(
        coreMessages[locale]['input.wrong_format'],
      );
    },
  );

  test.prop([
    fc.constantFrom(...(Object.keys(coreMessages.ru) as (keyof typeof coreMessages.ru)[])),
    fc.constantFrom(...LOCALES),
  ])('renders every core code to its own non-empty message', (code, locale) => {
    const text = renderIssue(issue(code, [], { max: 10, event: 'submit', from: 'draft' }), locale);
    expect(text.trim()).not.toBe('');
    expect(text).not.toContain(code);
  });

  it('uses the catalogue of the requested language only', () => {
    const oneSided = { ru: { 'a.b': 'Только по-русски' }, en: {} } as unknown as MessageCatalogue;
    expect(renderIssue(issue('a.b'), 'ru', oneSided)).toBe('Только по-русски');
    expect(renderIssue(issue('a.b'), 'en', oneSided)).toBe('Wrong format');
  });
});

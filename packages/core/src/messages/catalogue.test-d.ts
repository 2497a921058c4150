// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. A
// catalogue declared with `defineCatalogue` has a message for every code in both languages: a
// code missing from `en` or `ru`, or one only `en` knows, fails to compile.
import { expectTypeOf } from 'vitest';
import {
  defineCatalogue,
  type LocaleMessages,
  type MessageCatalogue,
  type MessageTemplate,
} from './catalogue.js';

const complete = defineCatalogue({
  ru: { 'snils.checksum': 'Неверное контрольное число', 'snils.length': 'Нужно 11 цифр' },
  en: { 'snils.checksum': 'Wrong check digits', 'snils.length': '11 digits are needed' },
});
expectTypeOf(complete).toEqualTypeOf<MessageCatalogue<'snils.checksum' | 'snils.length'>>();
expectTypeOf(complete.en['snils.length']).toEqualTypeOf<MessageTemplate>();
// @ts-expect-error — `snils.format` is not a code of this catalogue
void complete.ru['snils.format'];

defineCatalogue({
  ru: { 'snils.checksum': 'Неверное контрольное число', 'snils.length': 'Нужно 11 цифр' },
  // @ts-expect-error — `en` lacks `snils.length`
  en: { 'snils.checksum': 'Wrong check digits' },
});

defineCatalogue({
  ru: { 'snils.checksum': 'Неверное контрольное число' },
  // @ts-expect-error — `snils.length` has no Russian message
  en: { 'snils.checksum': 'Wrong check digits', 'snils.length': '11 digits are needed' },
});

// @ts-expect-error — a catalogue covers both languages
defineCatalogue({ ru: { 'snils.checksum': 'Неверное контрольное число' } });

// A plural is a function of the params; anything else is not a message.
defineCatalogue({
  ru: { 'x.count': (p) => `${String(p['n'])} шт.` },
  en: { 'x.count': (p) => `${String(p['n'])} pcs` },
});
defineCatalogue({
  ru: { 'x.count': 'шт.' },
  // @ts-expect-error — a message is a string or a function, not a number
  en: { 'x.count': 3 },
});

// A package's typed locale map lists each of its codes, no more and no fewer.
type Codes = 'otp.expired' | 'otp.wrong';
expectTypeOf<keyof LocaleMessages<Codes>>().toEqualTypeOf<Codes>();
const full: LocaleMessages<Codes> = {
  'otp.expired': 'The code expired',
  'otp.wrong': 'Wrong code',
};
void full;
// @ts-expect-error — `otp.wrong` has no message
const partial: LocaleMessages<Codes> = { 'otp.expired': 'The code expired' };
void partial;

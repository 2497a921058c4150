import { fc, test } from '@fast-check/vitest';
import { getCountries, getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { formatPhone } from './format-phone.js';
import { isPhone } from './is-phone.js';
import { parsePhone, phonePolicies } from './parse-phone.js';

// Mobile example numbers of every country libphonenumber knows, at least 10 digits long (CONTACT-1).
const mobileExamples = getCountries()
  .map((country) => ({ country, number: getExampleNumber(country, examples) }))
  .filter(
    (e): e is { country: (typeof e)['country']; number: NonNullable<(typeof e)['number']> } =>
      e.number !== undefined && e.number.number.length >= 11,
  );

describe('parsePhone', () => {
  it('has example numbers for most of the world', () => {
    expect(mobileExamples.length).toBeGreaterThan(200);
  });

  test.prop([fc.constantFrom(...mobileExamples), fc.constantFrom('international', 'e164')])(
    "CONTACT-1: every country's example mobile number parses, keeps its country and round-trips format → parse",
    ({ number }, style) => {
      const text = style === 'international' ? number.formatInternational() : number.number;
      const r = parsePhone(text);
      expect(r.success).toBe(true);
      if (!r.success) return;
      expect(r.data.e164).toBe(number.number);
      expect(r.data.mobile).toBe(true);
      // Same country as libphonenumber itself reads from the digits (shared plans such as
      // GB/IM or AU/CC resolve to the main country; +7 splits into RU and KZ).
      expect(r.data.country).toBe(parsePhoneNumberFromString(number.number)?.country);
      expect(r.data.callingCode).toBe(number.countryCallingCode);
      expect(parsePhone(formatPhone(r.data))).toEqual(r);
    },
  );

  test.prop([fc.constantFrom(...mobileExamples)])(
    'CONTACT-1: national input with the default country gives the same E.164',
    ({ country, number }) => {
      const r = parsePhone(number.formatNational(), { defaultCountry: country });
      expect(r).toMatchObject({ success: true, data: { e164: number.number } });
    },
  );

  test.prop([fc.anything()])('S-17: no input of any shape throws', (input) => {
    expect(typeof parsePhone(input, { defaultCountry: 'RU' }).success).toBe('boolean');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 30 })])(
    'S-17: no unicode text throws',
    (text) => {
      const r = parsePhone(text);
      if (!r.success) expect(r.issues[0]!.code).toMatch(/^(phone|input)\./);
    },
  );

  it('CONTACT-1: +7 7xx is Kazakhstan, +7 9xx is Russia', () => {
    expect(parsePhone('+7 701 234 56 78')).toMatchObject({
      success: true,
      data: { e164: '+77012345678', country: 'KZ', type: 'mobile' },
    });
    expect(parsePhone('+7 747 123 45 67')).toMatchObject({
      success: true,
      data: { country: 'KZ' },
    });
    expect(parsePhone('+7 7172 12 34 56')).toMatchObject({
      success: true,
      data: { country: 'KZ', type: 'fixed_line', mobile: false },
    });
    expect(parsePhone('+7 912 345-67-89')).toMatchObject({
      success: true,
      data: { e164: '+79123456789', country: 'RU', type: 'mobile', callingCode: '7' },
    });
    expect(parsePhone('+7 495 123-45-67')).toMatchObject({
      success: true,
      data: { country: 'RU', type: 'fixed_line' },
    });
  });

  it('CONTACT-1: Uzbek, Tajik and Kyrgyz mobile numbers work by default', () => {
    expect(parsePhone('+998 90 123-45-67')).toMatchObject({
      success: true,
      data: { e164: '+998901234567', country: 'UZ', type: 'mobile' },
    });
    expect(parsePhone('+992 93 123 4567')).toMatchObject({
      success: true,
      data: { e164: '+992931234567', country: 'TJ', type: 'mobile' },
    });
    expect(parsePhone('+996 700 123 456')).toMatchObject({
      success: true,
      data: { e164: '+996700123456', country: 'KG', type: 'mobile' },
    });
    expect(parsePhone('+996 700 123 456', { policy: phonePolicies.sms }).success).toBe(true);
  });

  it('CONTACT-1: a deployment may require a Russian mobile for SMS, or any mobile', () => {
    const russian = { policy: phonePolicies.russianSms };
    expect(parsePhone('+79123456789', russian).success).toBe(true);
    expect(parsePhone('+998901234567', russian)).toMatchObject({
      issues: [{ code: 'phone.not_russian_mobile', path: ['phone'] }],
    });
    expect(parsePhone('+77012345678', russian)).toMatchObject({
      issues: [{ code: 'phone.not_russian_mobile' }],
    });
    expect(parsePhone('+74951234567', { policy: { mobileOnly: true } })).toMatchObject({
      issues: [{ code: 'phone.not_mobile' }],
    });
    expect(parsePhone('+12015550123', { policy: { mobileOnly: true } })).toMatchObject({
      success: true,
      data: { type: 'fixed_line_or_mobile', mobile: true },
    });
  });

  it('CONTACT-1: national input needs a default country; 8 … is read as +7 in Russia', () => {
    expect(parsePhone('8 (912) 345-67-89')).toMatchObject({
      issues: [{ code: 'phone.country_required' }],
    });
    expect(parsePhone('8 (912) 345-67-89', { defaultCountry: 'RU' })).toMatchObject({
      success: true,
      data: { e164: '+79123456789' },
    });
    expect(parsePhone('90 123 45 67', { defaultCountry: 'UZ' })).toMatchObject({
      success: true,
      data: { e164: '+998901234567' },
    });
  });

  it('CONTACT-1: at least 10 digits by default (a policy field)', () => {
    expect(parsePhone('+376 312 345')).toMatchObject({
      issues: [{ code: 'phone.too_few_digits', params: { min: 10 } }],
    });
    expect(parsePhone('+376 312 345', { policy: { minDigits: 8 } })).toMatchObject({
      success: true,
      data: { country: 'AD' },
    });
  });

  it('DOC-11: each rejection names the field and the reason', () => {
    expect(parsePhone('+7 912 345 67 8')).toMatchObject({
      issues: [{ code: 'phone.too_short', path: ['phone'] }],
    });
    expect(parsePhone('+7 912 345 67 89 0')).toMatchObject({
      issues: [{ code: 'phone.invalid_length' }],
    });
    expect(parsePhone('+8 912 345 67 89')).toMatchObject({
      issues: [{ code: 'phone.unknown_country' }],
    });
    expect(parsePhone('+7 012 345 67 89')).toMatchObject({ issues: [{ code: 'phone.invalid' }] });
    expect(parsePhone('+1-800-FLOWERS')).toMatchObject({
      issues: [{ code: 'phone.wrong_format' }],
    });
    expect(parsePhone('+7912+3456789')).toMatchObject({ issues: [{ code: 'phone.wrong_format' }] });
    expect(parsePhone('+79123456789 ext 12')).toMatchObject({
      issues: [{ code: 'phone.wrong_format' }],
    });
    expect(parsePhone(79123456789, { path: ['contacts', 'phone'] })).toEqual({
      success: false,
      issues: [{ code: 'input.not_a_string', path: ['contacts', 'phone'] }],
    });
    expect(parsePhone('   ')).toMatchObject({ issues: [{ code: 'input.required' }] });
    expect(parsePhone({ phone: '+79123456789' })).toMatchObject({
      issues: [{ code: 'input.not_a_string' }],
    });
    expect(parsePhone('+7'.padEnd(60, '1'))).toMatchObject({
      issues: [{ code: 'input.too_long', params: { max: 40 } }],
    });
  });

  it('DOC-4: full-width digits, NBSP, zero-width characters and dash variants are cleaned', () => {
    expect(parsePhone('＋７\u00A0９１２\u200B３４５\u2013６７\u2011８９')).toMatchObject({
      success: true,
      data: { e164: '+79123456789' },
    });
    expect(parsePhone('\uFEFF+7 (912) 345\u221267\u221289 ')).toMatchObject({
      success: true,
      data: { e164: '+79123456789' },
    });
    expect(isPhone('+79123456789')).toBe(true);
    expect(isPhone('+7912345678')).toBe(false);
  });
});

describe('formatPhone', () => {
  it('writes international, national, E.164 and tel: forms', () => {
    const r = parsePhone('+79123456789');
    if (!r.success) throw new Error('fixture');
    expect(formatPhone(r.data)).toBe('+7 912 345 67 89');
    expect(formatPhone(r.data.e164, 'national')).toBe('8 (912) 345-67-89');
    expect(formatPhone(r.data, 'e164')).toBe('+79123456789');
    expect(formatPhone(r.data, 'rfc3966')).toBe('tel:+79123456789');
    expect(() => formatPhone('89123456789' as never)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARGUMENT' }),
    );
  });
});

import { findCatalogueGaps, renderIssue, type Issue, type Result } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { makeExe, makeJpeg, makePdf, makePng } from '../../test/file-fixtures.js';
import { parseAddress } from '../address/parse-address.js';
import { parsePostalIndex } from '../address/parse-postal-index.js';
import { parseBirthDate } from '../date/parse-birth-date.js';
import { parseDate } from '../date/parse-date.js';
import { parseEmail } from '../email/parse-email.js';
import { parseEmailDeliverable } from '../email/parse-email-deliverable.js';
import { checkFile } from '../file/check-file.js';
import { filePolicies } from '../file/file-policies.js';
import { validatorMessages } from './validator-messages.js';
import { compareNameWithMrz } from '../name/compare-name-with-mrz.js';
import { parseName } from '../name/parse-name.js';
import { checkPassword } from '../password/check-password.js';
import { passwordPolicies } from '../password-presets/password-policies.js';
import { parsePhone } from '../phone/parse-phone.js';
import { addressRu } from './ru/address.js';
import { dateRu } from './ru/date.js';
import { emailRu } from './ru/email.js';
import { fileRu } from './ru/file.js';
import { nameRu } from './ru/name.js';
import { passwordRu } from './ru/password.js';
import { phoneRu } from './ru/phone.js';

const NOW = Date.UTC(2026, 0, 15);
const portal = passwordPolicies.portal;
const all = (r: Result<unknown>): Issue[] => (r.success ? [...(r.warnings ?? [])] : [...r.issues]);

async function emittedIssues(): Promise<Issue[]> {
  const sync: Result<unknown>[] = [
    parseDate('1.2.2024'),
    parseDate('31.04.2024'),
    parseDate('01.13.2024'),
    parseDate('01.01.0000'),
    parseDate('01.01.2019', { min: '2020-01-01' }),
    parseDate('01.01.2021', { max: '2020-12-31' }),
    parseBirthDate('01.01.2027', { now: NOW }),
    parseBirthDate('01.01.2020', { now: NOW, policy: { minAge: 14 } }),
    parseBirthDate('01.01.1850', { now: NOW }),
    parsePhone('+7912-345-67-89x'),
    parsePhone('89123456789'),
    parsePhone('+8 912 345 67 89'),
    parsePhone('+7 912 345 67 8'),
    parsePhone('+7 912 345 67 89 01 2'),
    parsePhone('+998 90 123 45 67 89'),
    parsePhone('+7 912 345 67 89 0'),
    parsePhone('+7 012 345 67 89'),
    parsePhone('+376 312 345'),
    parsePhone('+74951234567', { policy: { mobileOnly: true } }),
    parsePhone('+998901234567', { policy: { requireRussianMobileForSms: true } }),
    parseEmail('a b@c.ru'),
    parseEmail('ab.c.ru'),
    parseEmail('a..b@c.ru'),
    parseEmail(`${'a'.repeat(65)}@c.ru`),
    parseEmail('и@c.ru', { allowUnicodeLocalPart: false }),
    parseEmail('a@-c.ru'),
    parseEmail('a@localhost'),
    parseEmail(
      `${'a'.repeat(60)}@${Array.from({ length: 4 }, () => 'b'.repeat(60)).join('.')}.com`,
    ),
    parseName('Анна2'),
    parseName('Anna', { script: 'cyrillic' }),
    parseName('Анна', { script: 'latin' }),
    parseName('Иван Smith'),
    parseName('Пeтров', { lookalikes: 'reject' }),
    parseName('Пeтров'),
    parseName('Анна--Мария'),
    compareNameWithMrz({ surname: 'Иванов' }, 'ivanov'),
    compareNameWithMrz({ surname: 'Петров' }, 'IVANOV<<'),
    parsePostalIndex('12345'),
    parsePostalIndex('700000'),
    parseAddress({
      street: 'ул. <b>',
      region: '77',
      city: '12',
      house: 'x',
      building: '--',
      apartment: 'кв',
    }),
    parseAddress('123'),
    parseAddress({ street: '12' }),
    parseAddress({ postalIndex: '190000', city: 'Москва' }),
    checkPassword('ab\u200B', portal),
    checkPassword('ABCDEFGH', portal),
    checkPassword('Password1!', portal),
    checkPassword('aaaaaaaaaaaaaaaa', passwordPolicies.strict),
    checkPassword('Ivanov#2024x', portal, { names: ['Иванов'] }),
    checkPassword('Kx9#mQ2v', portal),
    checkPassword('Vz#8'.repeat(70), portal),
  ];
  const deliverable = await parseEmailDeliverable('a@b.ru', {
    check: () => Promise.resolve('undeliverable'),
  });
  const unknown = await parseEmailDeliverable('a@b.ru', {
    check: () => Promise.resolve('unknown'),
  });
  const files = await Promise.all([
    checkFile(new Uint8Array(0), filePolicies.document),
    checkFile(new Uint8Array(3 * 1024 * 1024), filePolicies.photo),
    checkFile(new TextEncoder().encode('text'), filePolicies.document),
    checkFile(makeExe(), filePolicies.document),
    checkFile(makePng({ iend: false }), filePolicies.document),
    checkFile(Uint8Array.from([...makePng(), ...makeExe()]), filePolicies.document),
    checkFile(
      Uint8Array.from([
        ...makePng().subarray(0, 20),
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
      ]),
      filePolicies.document,
    ),
    checkFile(makeJpeg(), filePolicies.passportScan),
    checkFile(makeJpeg({ jfif: { units: 1, x: 72, y: 72 } }), filePolicies.passportScan),
    checkFile(
      makeJpeg({ width: 10, height: 10, jfif: { units: 1, x: 300, y: 300 } }),
      filePolicies.passportScanStrict,
    ),
    checkFile(makePdf(), filePolicies.document, { scan: () => Promise.resolve('infected') }),
    checkFile(makePdf(), filePolicies.document, { scan: () => Promise.resolve('error') }),
    checkFile(makePdf(), filePolicies.document, { declaredName: 'scan.png' }),
  ]);
  return [...sync, deliverable, unknown, ...files].flatMap(all);
}

describe('messages of the phone, e-mail, name, date, address, file and password areas', () => {
  it('DOC-11: the catalogue has every code in both languages', () => {
    expect(findCatalogueGaps(validatorMessages)).toEqual([]);
  });

  it('DOC-11: every code these areas define is emitted, names a field and renders with its params in ru and en', async () => {
    const issues = await emittedIssues();
    const emitted = new Set(issues.map((i) => i.code));
    const defined = [phoneRu, emailRu, nameRu, dateRu, addressRu, fileRu, passwordRu].flatMap((m) =>
      Object.keys(m),
    );
    expect(defined.filter((code) => !emitted.has(code))).toEqual([]);
    for (const i of issues) {
      expect(i.path.length, i.code).toBeGreaterThan(0);
      for (const locale of ['ru', 'en'] as const) {
        const text = renderIssue(i, locale, validatorMessages);
        expect(text, `${i.code} ${locale}`).not.toMatch(/\{\w+\}/);
        if (!i.code.startsWith('input.'))
          expect(text, `${i.code} ${locale}`).not.toBe(
            renderIssue({ code: 'input.wrong_format', path: [] }, locale),
          );
      }
    }
  });

  it('DOC-11: Russian plurals of ages read right', () => {
    const ru = (minAge: number): string =>
      renderIssue(
        { code: 'date.too_young', path: ['birthDate'], params: { minAge } },
        'ru',
        validatorMessages,
      );
    expect(ru(1)).toBe('Минимальный возраст — 1 год');
    expect(ru(14)).toBe('Минимальный возраст — 14 лет');
    expect(ru(22)).toBe('Минимальный возраст — 22 года');
    expect(
      renderIssue(
        { code: 'date.too_young', path: ['birthDate'], params: { minAge: 14 } },
        'en',
        validatorMessages,
      ),
    ).toBe('The age must be at least 14 years');
  });
});

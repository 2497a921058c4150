import { findCatalogueGaps, renderIssue, type IssueParam } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { validatorMessages } from './validator-messages.js';
import { documentValidityEn } from './en/document-validity.js';
import { foreignPassportEn } from './en/foreign-passport.js';
import { innEn } from './en/inn.js';
import { migrationCardEn } from './en/migration-card.js';
import { mrzEn } from './en/mrz.js';
import { passportEn } from './en/passport.js';
import { residencePermitEn } from './en/residence-permit.js';
import { snilsEn } from './en/snils.js';
import { visaEn } from './en/visa.js';
import { documentValidityRu } from './ru/document-validity.js';
import { foreignPassportRu } from './ru/foreign-passport.js';
import { innRu } from './ru/inn.js';
import { migrationCardRu } from './ru/migration-card.js';
import { mrzRu } from './ru/mrz.js';
import { passportRu } from './ru/passport.js';
import { residencePermitRu } from './ru/residence-permit.js';
import { snilsRu } from './ru/snils.js';
import { visaRu } from './ru/visa.js';

const ru = {
  ...snilsRu,
  ...innRu,
  ...passportRu,
  ...foreignPassportRu,
  ...mrzRu,
  ...residencePermitRu,
  ...migrationCardRu,
  ...visaRu,
  ...documentValidityRu,
};
const en = {
  ...snilsEn,
  ...innEn,
  ...passportEn,
  ...foreignPassportEn,
  ...mrzEn,
  ...residencePermitEn,
  ...migrationCardEn,
  ...visaEn,
  ...documentValidityEn,
};

// Every param any of these codes may carry, so each message can be rendered in full.
const PARAMS: Record<string, IssueParam> = {
  length: 8,
  expected: 9,
  min: 5,
  max: 20,
  digit: '1',
  actual: '3',
  position: 12,
  region: '00',
  number: '000042',
  country: 'UZB',
  confidence: 'low',
  example: 'AA1234567',
  line: 1,
  column: 2,
  character: 'a',
  lines: 2,
  lengths: '44, 43',
  format: 'TD3',
  code: 'X<',
  field: 'birthDate',
  series: '90',
  validFrom: '01.03.2026',
  expiryDate: '31.12.2025',
  months: 6,
  requiredUntil: '01.07.2026',
  days: 2,
};

describe('identity-document messages', () => {
  it('DOC-11: every code of these areas has a Russian and an English message in the package catalogue', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ru).sort());
    expect(findCatalogueGaps(validatorMessages)).toEqual([]);
    for (const code of Object.keys(ru)) {
      expect(validatorMessages.ru[code], code).toBeDefined();
      expect(validatorMessages.en[code], code).toBeDefined();
    }
  });

  it('DOC-11: every message renders without a leftover placeholder, and Russian ones are in Russian', () => {
    for (const code of Object.keys(ru)) {
      for (const locale of ['ru', 'en'] as const) {
        const text = renderIssue({ code, path: ['x'], params: PARAMS }, locale, validatorMessages);
        expect(text, `${locale} ${code}`).not.toMatch(/\{\w+\}|undefined/);
        if (locale === 'ru') expect(text, code).toMatch(/[а-яё]/i);
      }
    }
  });

  it('DOC-11: MRZ and date messages name the field in the language of the reader', () => {
    const issue = {
      code: 'mrz.check_digit',
      path: ['mrz'],
      params: { field: 'birthDate', expected: 2, actual: '3' },
    };
    expect(renderIssue(issue, 'ru', validatorMessages)).toContain('дата рождения');
    expect(renderIssue(issue, 'en', validatorMessages)).toContain('date of birth');
    expect(
      renderIssue(
        { code: 'document.expires_soon', path: [], params: { days: 1, expiryDate: '02.01.2026' } },
        'ru',
        validatorMessages,
      ),
    ).toContain('1 день');
    expect(
      renderIssue(
        { code: 'document.expires_soon', path: [], params: { days: 3, expiryDate: '02.01.2026' } },
        'ru',
        validatorMessages,
      ),
    ).toContain('3 дня');
  });
});

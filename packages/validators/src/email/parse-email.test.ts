import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isEmail } from './is-email.js';
import { parseEmail } from './parse-email.js';
import {
  parseEmailDeliverable,
  type EmailDeliverabilityChecker,
} from './parse-email-deliverable.js';

const atom = fc.stringMatching(/^[a-z0-9_+-]{1,10}$/);
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
const tld = fc.constantFrom('ru', 'com', 'kz', 'uz', 'рф', 'xn--p1ai', 'online');
const cyrLabel = fc.stringMatching(/^[а-я]{1,10}$/);
const address = fc.record({
  local: fc.array(atom, { minLength: 1, maxLength: 3 }).map((a) => a.join('.')),
  labels: fc.array(fc.oneof(label, cyrLabel), { minLength: 1, maxLength: 3 }),
  tld,
});

describe('parseEmail', () => {
  test.prop([address])(
    'CONTACT-2: generated valid addresses pass and parsing is idempotent',
    ({ local, labels, tld: zone }) => {
      const text = `${local}@${[...labels, zone].join('.')}`;
      const r = parseEmail(text);
      expect(r).toEqual({ success: true, data: text });
      if (r.success) expect(parseEmail(r.data)).toEqual(r);
    },
  );

  test.prop([address, fc.integer({ min: 1, max: 10 })])(
    'CONTACT-2: a space anywhere inside is rejected',
    ({ local, labels, tld: zone }, at) => {
      const text = `${local}@${[...labels, zone].join('.')}`;
      const pos = Math.min(at, text.length - 1);
      const spaced = `${text.slice(0, pos)} ${text.slice(pos)}`;
      expect(parseEmail(spaced)).toMatchObject({
        success: false,
        issues: [{ code: 'email.spaces', path: ['email'] }],
      });
    },
  );

  test.prop([fc.anything()])('S-17: no input of any shape throws', (input) => {
    expect(typeof parseEmail(input).success).toBe('boolean');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 40 })])(
    'S-17: no unicode text throws',
    (text) => {
      const r = parseEmail(text);
      if (!r.success) expect(r.issues[0]!.code).toMatch(/^(email|input)\./);
    },
  );

  it('CONTACT-2: "@", domain syntax and IDN', () => {
    expect(parseEmail(' Ivan.Petrov@Example.COM ')).toEqual({
      success: true,
      data: 'Ivan.Petrov@example.com',
    });
    expect(parseEmail('ivan@ПОЧТА.РФ')).toEqual({ success: true, data: 'ivan@почта.рф' });
    expect(parseEmail('иван@почта.рф')).toEqual({ success: true, data: 'иван@почта.рф' });
    expect(parseEmail('иван@почта.рф', { allowUnicodeLocalPart: false })).toMatchObject({
      issues: [{ code: 'email.local_part_not_ascii' }],
    });
    expect(parseEmail('ivan.example.com')).toMatchObject({
      issues: [{ code: 'email.missing_at' }],
    });
    expect(parseEmail('ivan@@example.com')).toMatchObject({
      issues: [{ code: 'email.local_part_invalid' }],
    });
    expect(parseEmail('@example.com')).toMatchObject({
      issues: [{ code: 'email.local_part_invalid' }],
    });
    expect(parseEmail('ivan..petrov@example.com')).toMatchObject({
      issues: [{ code: 'email.local_part_invalid' }],
    });
    expect(parseEmail('.ivan@example.com')).toMatchObject({
      issues: [{ code: 'email.local_part_invalid' }],
    });
    expect(parseEmail('"ivan petrov"@example.com')).toMatchObject({
      issues: [{ code: 'email.spaces' }],
    });
    expect(parseEmail('ivan@')).toMatchObject({ issues: [{ code: 'email.domain_invalid' }] });
    expect(parseEmail('ivan@localhost')).toMatchObject({
      issues: [{ code: 'email.domain_single_label' }],
    });
    expect(parseEmail('ivan@example..com')).toMatchObject({
      issues: [{ code: 'email.domain_invalid' }],
    });
    expect(parseEmail('ivan@-example.com')).toMatchObject({
      issues: [{ code: 'email.domain_invalid' }],
    });
    expect(parseEmail('ivan@example.c')).toMatchObject({
      issues: [{ code: 'email.domain_invalid' }],
    });
    expect(parseEmail('ivan@1.2.3.4')).toMatchObject({
      issues: [{ code: 'email.domain_invalid' }],
    });
    expect(parseEmail('ivan@[1.2.3.4]')).toMatchObject({
      issues: [{ code: 'email.domain_invalid' }],
    });
    expect(parseEmail('ivan@example.com/x')).toMatchObject({
      issues: [{ code: 'email.domain_invalid' }],
    });
    expect(parseEmail(`${'a'.repeat(65)}@example.com`)).toMatchObject({
      issues: [{ code: 'email.local_part_too_long', params: { max: 64 } }],
    });
    expect(parseEmail(`a@${'b'.repeat(64)}.com`)).toMatchObject({
      issues: [{ code: 'email.domain_invalid' }],
    });
    expect(
      parseEmail(
        `${'a'.repeat(60)}@${Array.from({ length: 4 }, () => 'b'.repeat(60)).join('.')}.com`,
      ),
    ).toMatchObject({ issues: [{ code: 'email.too_long' }] });
  });

  it('DOC-4: hidden characters and full-width forms are cleaned; a number is not an address', () => {
    expect(parseEmail('\u200Bivan@example\u00AD.com\uFEFF')).toEqual({
      success: true,
      data: 'ivan@example.com',
    });
    expect(parseEmail('ｉｖａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toEqual({
      success: true,
      data: 'ivan@example.com',
    });
    expect(parseEmail('ivan@example。com')).toEqual({ success: true, data: 'ivan@example.com' });
    expect(parseEmail('ivan@exa\u00A0mple.com')).toMatchObject({
      issues: [{ code: 'email.spaces' }],
    });
    expect(parseEmail(42, { path: ['contacts', 'email'] })).toEqual({
      success: false,
      issues: [{ code: 'input.not_a_string', path: ['contacts', 'email'] }],
    });
    expect(isEmail('ivan@example.com')).toBe(true);
    expect(isEmail('ivan@example')).toBe(false);
  });
});

describe('parseEmailDeliverable', () => {
  const checker = (
    answers: Record<string, 'deliverable' | 'undeliverable' | 'unknown' | 'throw'>,
  ): EmailDeliverabilityChecker & { seen: string[] } => {
    const seen: string[] = [];
    return {
      seen,
      check(domain) {
        seen.push(domain);
        const a = answers[domain] ?? 'unknown';
        return a === 'throw' ? Promise.reject(new Error('SERVFAIL')) : Promise.resolve(a);
      },
    };
  };

  it('CONTACT-2: an undeliverable domain is rejected; the port gets the ASCII domain', async () => {
    const port = checker({
      'example.com': 'deliverable',
      'xn--80a1acny.xn--p1ai': 'undeliverable',
    });
    expect(await parseEmailDeliverable('ivan@example.com', port)).toEqual({
      success: true,
      data: 'ivan@example.com',
    });
    expect(await parseEmailDeliverable('ivan@почта.рф', port)).toEqual({
      success: false,
      issues: [{ code: 'email.undeliverable', path: ['email'], params: { domain: 'почта.рф' } }],
    });
    expect(port.seen).toEqual(['example.com', 'xn--80a1acny.xn--p1ai']);
  });

  it('CONTACT-2: an unknown answer or a failing lookup accepts with a warning; bad syntax never reaches the port', async () => {
    const port = checker({ 'down.example': 'throw' });
    expect(await parseEmailDeliverable('ivan@down.example', port)).toEqual({
      success: true,
      data: 'ivan@down.example',
      warnings: [{ code: 'email.deliverability_unknown', path: ['email'] }],
    });
    expect(await parseEmailDeliverable('ivan@unknown.example', port)).toMatchObject({
      success: true,
      warnings: [{ code: 'email.deliverability_unknown' }],
    });
    expect(await parseEmailDeliverable('ivan@', port)).toMatchObject({
      success: false,
      issues: [{ code: 'email.domain_invalid' }],
    });
    expect(port.seen).toEqual(['down.example', 'unknown.example']);
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { mergeCatalogues } from '@kabinet/core';
import { kabinetMessages } from 'kabinet';
import { httpMessages } from '../responses/http-messages.js';
import { CODES_WITHOUT_STATUS, ISSUE_STATUS, ISSUE_STATUS_TABLES } from './_lib/issue-statuses.js';
import { httpStatusOfIssue } from './http-status-of-issue.js';

// Every code a service or the HTTP layer can emit has a message in both languages (a test per
// package fails otherwise), so the catalogues are the list of codes — as for docs/error-codes.md.
const catalogue = mergeCatalogues(kabinetMessages, httpMessages);
const everyCode = [...new Set([...Object.keys(catalogue.ru), ...Object.keys(catalogue.en)])].sort();

describe('httpStatusOfIssue', () => {
  it('S-8: every login failure code maps to the one 401', () => {
    expect(httpStatusOfIssue('auth.invalid_credentials')).toBe(401);
  });

  it('S-4, S-5, S-7: limit codes are 429', () => {
    for (const code of [
      'auth.retry_later',
      'auth.send_cooldown',
      'auth.send_capped',
      'auth.send_ip_capped',
      'auth.code_blocked',
    ])
      expect(httpStatusOfIssue(code)).toBe(429);
  });

  it('records that are not there are 404, declared one by one; plain input issues are left to 422', () => {
    expect(httpStatusOfIssue('payment.not_found')).toBe(404);
    expect(httpStatusOfIssue('registration.draft_not_found')).toBe(404);
    expect(httpStatusOfIssue('snils.checksum')).toBeUndefined();
    expect(httpStatusOfIssue('input.required')).toBeUndefined();
    // No guess from the name: a code nobody declared is not a 404 because of how it ends.
    expect(httpStatusOfIssue('thing.not_found')).toBeUndefined();
    expect(httpStatusOfIssue('thing.widget_not_found')).toBeUndefined();
  });

  it('every code of the catalogues has its HTTP status declared: a status of its own, or explicitly none (422 issues, warnings, notices)', () => {
    expect(everyCode.length).toBeGreaterThan(300);
    expect(
      everyCode.filter(
        (code) => !Object.hasOwn(ISSUE_STATUS, code) && !CODES_WITHOUT_STATUS.has(code),
      ),
    ).toEqual([]);
    expect(
      everyCode.filter(
        (code) => Object.hasOwn(ISSUE_STATUS, code) && CODES_WITHOUT_STATUS.has(code),
      ),
    ).toEqual([]);
  });

  it('every code of the catalogues is declared in exactly one area table (`_lib/issue-statuses/<area>.ts`)', () => {
    const tables = new Map<string, number>();
    for (const table of ISSUE_STATUS_TABLES)
      for (const code of Object.keys(table)) tables.set(code, (tables.get(code) ?? 0) + 1);
    expect(everyCode.filter((code) => tables.get(code) !== 1)).toEqual([]);
    expect([...tables.keys()].filter((code) => !everyCode.includes(code))).toEqual([]);
  });

  it('declares no code that is in no catalogue (a renamed or removed code leaves no stale status behind)', () => {
    const known = new Set(everyCode);
    expect(
      [...Object.keys(ISSUE_STATUS), ...CODES_WITHOUT_STATUS].filter((code) => !known.has(code)),
    ).toEqual([]);
  });

  it('every code the HTTP layer can answer is dot-namespaced (`http.not_found`, `body.too_large`, `auth.retry_later`), so a client can switch on the prefix', () => {
    const namespaced = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;
    const answerable = [...Object.keys(ISSUE_STATUS), ...Object.keys(httpMessages.en)];
    expect(answerable.length).toBeGreaterThan(100);
    expect(answerable.filter((code) => !namespaced.test(code))).toEqual([]);
    // The transport's own answers (routing, CSRF, sign-in, faults) live under `http.`.
    for (const code of ['http.not_found', 'http.unauthorized', 'http.csrf_failed'])
      expect(Object.keys(httpMessages.en)).toContain(code);
  });

  it('DESIGN-8: http.service_unavailable is 503 (a store or counter cannot answer; fail closed, sent with Retry-After)', () => {
    expect(httpStatusOfIssue('http.service_unavailable')).toBe(503);
    expect(httpStatusOfIssue('http.internal_error')).toBe(500);
  });

  test.prop([fc.string()])(
    'never throws and only answers client-error statuses, even for prototype keys',
    (code) => {
      const status = httpStatusOfIssue(code);
      if (
        status !== undefined &&
        code !== 'http.internal_error' &&
        code !== 'http.service_unavailable'
      )
        expect(status >= 400 && status < 500).toBe(true);
      expect(httpStatusOfIssue('constructor')).toBeUndefined();
    },
  );
});

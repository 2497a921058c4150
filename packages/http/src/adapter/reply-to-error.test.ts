import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { KabinetError, UnavailableError, issue } from '@kabinet/core';
import { replyToError } from './reply-to-error.js';
import { replyWithIssues } from './reply-with-issues.js';
import { httpMessages } from '../responses/http-messages.js';

describe('replyToError: what a framework adapter answers for a caught error', () => {
  test.prop([fc.integer({ min: 400, max: 499 })])(
    'a client error raised by other middleware keeps its status, without a fault to log',
    (status) => {
      const reply = replyToError(Object.assign(new Error('too large'), { status }), {
        method: 'POST',
      });
      expect(reply).toEqual({
        status,
        headers: { 'cache-control': 'no-store' },
        body: { error: { code: 'bad_request', message: 'Bad request' } },
      });
    },
  );

  test.prop([fc.double({ noNaN: false })])(
    'ERR_UNAVAILABLE is a 503 with Retry-After in 1..3600 whole seconds and a correlated fault',
    (asked) => {
      const error = new UnavailableError('store down', { details: { retryAfterSeconds: asked } });
      const reply = replyToError(error, { method: 'GET', acceptLanguage: 'en' });
      expect(reply.status).toBe(503);
      const retry = Number(reply.headers['retry-after']);
      expect(Number.isInteger(retry) && retry >= 1 && retry <= 3_600).toBe(true);
      expect(reply.body.error.code).toBe('http.service_unavailable');
      expect(reply.body.error.correlationId).toBe(reply.headers['x-correlation-id']);
      expect(reply.fault).toMatchObject({ status: 503, method: 'GET', error });
      expect(reply.fault?.correlationId).toBe(reply.body.error.correlationId);
    },
  );

  it('anything else is a 500 that says nothing of the error, in the asked language', () => {
    const secret = new KabinetError('ERR_INVALID_ARGUMENT', 'password hash of acc_1 is x');
    const en = replyToError(secret, { method: 'POST', acceptLanguage: 'en-GB,en;q=0.9' });
    const ru = replyToError(new Error('boom'), { method: 'POST' });
    expect(en.status).toBe(500);
    expect(JSON.stringify(en.body)).not.toContain('acc_1');
    expect(en.body.error.message).toBe(httpMessages.en['http.internal_error']);
    expect(ru.body.error.message).toBe(httpMessages.ru['http.internal_error']);
    expect(en.headers['retry-after']).toBeUndefined();
  });
});

describe('replyWithIssues: a host route’s 422 shaped as the API’s', () => {
  it('renders each issue with its code and path in the asked language', () => {
    const reply = replyWithIssues([issue('input.required', ['ms'])], 'en', {
      ru: { 'input.required': 'Заполните поле' },
      en: { 'input.required': 'Fill in the field' },
    });
    expect(reply).toEqual({
      status: 422,
      body: {
        error: {
          code: 'http.validation_failed',
          message: expect.any(String),
          issues: [{ code: 'input.required', path: ['ms'], message: 'Fill in the field' }],
        },
      },
    });
  });
});

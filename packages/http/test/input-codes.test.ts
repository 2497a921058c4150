// One validation path over HTTP: a route body is read by the same `readInput` (`@kabinet/core`)
// as the services, the login route with the service's own schema, so a wrong type, a number that
// is not an integer or not safe and an empty login each come back with the code that says what
// is wrong — and a single issue is the answer's top-level code, not "Please check the form".
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { z } from 'zod';
import { defineCatalogue } from '@kabinet/core';
import { paymentInputSchemas } from '@kabinet/payments';
import { applicationsInputSchemas } from '@kabinet/services/applications';
import type { PasswordHasher } from '@kabinet/ports';
import {
  authInputSchemas,
  contactInputSchemas,
  createKabinet,
  generateDevelopmentKeys,
  identityInputSchemas,
  registrationInputSchemas,
  sessionInputSchemas,
  supportInputSchemas,
  supportRequestInputSchemas,
} from 'kabinet';
import { createHttpHandler, createKabinetHttp, defineRoute } from '../src/index.js';
import { inMemoryPorts } from 'kabinet/testing';

const plainHasher: PasswordHasher = {
  hash: async (secret) => `plain$${secret}`,
  verify: async (hash, secret) => hash === `plain$${secret}`,
  needsRehash: () => false,
};
const { handler: kabinetHandler, routes } = createKabinetHttp(
  createKabinet({
    ...inMemoryPorts(),
    keys: generateDevelopmentKeys('input-codes'),
    hasher: plainHasher,
    scanFile: async () => 'clean',
  }),
);

const amounts = createHttpHandler({
  routes: [
    defineRoute({
      operationId: 'pay',
      method: 'POST',
      path: '/v1/pay',
      summary: 'Pay',
      tags: ['t'],
      access: 'public',
      body: z.object({
        amount: z.number().int().positive(),
        payer: z.object({ name: z.string().max(20) }),
      }),
      responses: { 204: { description: 'paid' } },
      handle: async () => ({ status: 204 }),
    }),
  ],
  catalogue: defineCatalogue({ ru: {}, en: {} }),
  authenticate: async () => undefined,
  isOperator: () => false,
  csrf: false,
});

async function post(handler: typeof kabinetHandler, path: string, body: string, lang = 'en') {
  const response = await handler(
    new Request(`http://localhost${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'accept-language': lang },
    }),
    { ip: '203.0.113.7' },
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      error: {
        code: string;
        message: string;
        issues: { code: string; path: unknown[]; message: string; params?: unknown }[];
      };
    },
  };
}
const login = (body: unknown, lang?: string) =>
  post(kabinetHandler, '/v1/auth/login', JSON.stringify(body), lang);

describe('route bodies: one validation path, honest codes', () => {
  it('S-17: {"password": 123} is input.not_a_string at password, the top-level code and message too', async () => {
    const r = await login({ login: 'user@example.uz', password: 123 });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('input.not_a_string');
    expect(r.body.error.message).toBe(r.body.error.issues[0]!.message);
    expect(r.body.error.issues).toEqual([
      { code: 'input.not_a_string', path: ['password'], message: expect.stringMatching(/string/) },
    ]);
  });

  it('S-17: an empty login and password are refused at the HTTP layer with the service codes', async () => {
    const r = await login({ login: '', password: '' }, 'ru');
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('http.validation_failed');
    expect(r.body.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['input.required', ['login']],
      ['input.required', ['password']],
    ]);
    expect(r.body.error.issues[0]!.message).toBe('Поле обязательное');
  });

  it('an array for the body object is input.wrong_type, not input.required', async () => {
    const r = await login([]);
    expect(r.body.error.issues).toEqual([
      {
        code: 'input.wrong_type',
        path: [],
        params: { expected: 'object' },
        message: 'Wrong type of value: expected object',
      },
    ]);
  });

  it('an amount of 1.5, of 2^53+2, of 0; an array for an object', async () => {
    const pay = (body: string) => post(amounts, '/v1/pay', body);
    expect((await pay('{"amount":1.5,"payer":{"name":"A"}}')).body.error).toMatchObject({
      code: 'input.not_an_integer',
      issues: [{ code: 'input.not_an_integer', path: ['amount'] }],
    });
    const huge = await pay('{"amount":9007199254740994,"payer":{"name":"A"}}');
    expect(huge.body.error.issues).toEqual([
      {
        code: 'input.not_safe_integer',
        path: ['amount'],
        params: { max: Number.MAX_SAFE_INTEGER },
        message: expect.stringContaining('9007199254740991'),
      },
    ]);
    expect((await pay('{"amount":0,"payer":{"name":"A"}}')).body.error.issues).toMatchObject([
      { code: 'input.not_greater_than', path: ['amount'], params: { min: 0 } },
    ]);
    expect((await pay('{"amount":5,"payer":[]}')).body.error.issues).toMatchObject([
      { code: 'input.wrong_type', path: ['payer'], params: { expected: 'object' } },
    ]);
    expect(
      (await pay('{"amount":"5","payer":{"name":"Александра Сергеевна Ивановская"}}')).body.error
        .issues,
    ).toMatchObject([
      { code: 'input.wrong_type', path: ['amount'], params: { expected: 'number' } },
      { code: 'input.too_long', path: ['payer', 'name'], params: { max: 20 } },
    ]);
  });

  it("the routes check their bodies with the services' own field schemas, so the two cannot disagree", () => {
    const access = { draftId: true, resumeToken: true } as const;
    // The route's body: the service's input schema without the fields the path, the headers or
    // the multipart parts carry, plus the transport fields named here.
    const shared: Record<string, [service: z.ZodObject, transport?: readonly string[]]> = {
      login: [authInputSchemas.login, ['transport']],
      sendLoginCode: [authInputSchemas.sendLoginCode],
      completeLogin: [authInputSchemas.completeLogin, ['transport']],
      confirmTotpEnrollment: [authInputSchemas.totpCode],
      setSecondFactor: [authInputSchemas.secondFactor],
      requestUnlock: [authInputSchemas.requestUnlock.omit({ channel: true }), ['channel']],
      confirmUnlock: [authInputSchemas.confirmUnlock],
      changePassword: [authInputSchemas.changePassword],
      recoverAccess: [authInputSchemas.recoverAccess],
      startRegistration: [registrationInputSchemas.start],
      resumeRegistration: [registrationInputSchemas.draft.omit({ draftId: true })],
      setRegistrationUserType: [registrationInputSchemas.userType.omit(access)],
      saveRegistrationPersonalData: [registrationInputSchemas.personalData.omit(access)],
      addRegistrationDocument: [
        registrationInputSchemas.addDocument.omit({ ...access, files: true }),
      ],
      setRegistrationContacts: [registrationInputSchemas.setContacts.omit(access)],
      requestRegistrationCode: [registrationInputSchemas.requestCode.omit(access)],
      confirmRegistrationCode: [registrationInputSchemas.confirmCode.omit(access)],
      setRegistrationPassword: [registrationInputSchemas.setPassword.omit(access)],
      acceptRegistrationTerms: [registrationInputSchemas.acceptTerms.omit(access)],
      requestContactChange: [contactInputSchemas.requestChange],
      confirmContactChange: [contactInputSchemas.confirmChange],
      restoreContactVersion: [contactInputSchemas.restore.omit({ seq: true }), ['order']],
      setMessenger: [contactInputSchemas.setMessenger.omit({ kind: true })],
      setTrustedPhone: [contactInputSchemas.setTrustedPhone],
      reauthenticate: [sessionInputSchemas.reauthenticate],
      blockIp: [sessionInputSchemas.blockIp],
      addIdentityDocument: [identityInputSchemas.addDocument.omit({ files: true })],
      updateAddress: [identityInputSchemas.updateAddress],
      answerClarification: [
        identityInputSchemas.answerClarification.omit({ checkId: true, files: true }),
      ],
      enterConfirmationCode: [identityInputSchemas.enterCode.omit({ checkId: true })],
      activateInPerson: [identityInputSchemas.activate],
      supportUnblockAccount: [supportInputSchemas.unblock.omit({ accountId: true })],
      supportBlockAccount: [supportInputSchemas.block.omit({ accountId: true })],
      supportDispatchLetter: [
        supportInputSchemas.dispatchLetter.omit({ accountId: true, checkId: true }),
      ],
      supportVerifyInPerson: [supportInputSchemas.verifyInPerson.omit({ accountId: true })],
      issueCharge: [paymentInputSchemas.issueCharge],
      createPayment: [paymentInputSchemas.createPayment],
      payWithMethod: [paymentInputSchemas.payWithMethod],
      payWithQr: [paymentInputSchemas.payWithQr],
      confirmPaymentCheck: [paymentInputSchemas.confirmCheck],
      bindPaymentMethod: [paymentInputSchemas.bindMethod],
      supportRefundPayment: [paymentInputSchemas.refundPayment],
      supportRecordQuittance: [paymentInputSchemas.recordQuittance],
      operatorReplyToSupportRequest: [
        supportRequestInputSchemas.operatorReply.omit({ requestId: true, files: true }),
      ],
      resolveSupportRequest: [supportRequestInputSchemas.resolve.omit({ requestId: true })],
      supportRequestAccountAction: [
        supportRequestInputSchemas.actOnAccount.omit({ requestId: true }),
      ],
      createApplication: [
        applicationsInputSchemas.createDraft.omit({ accountId: true, accountLevel: true }),
      ],
      editApplication: [
        applicationsInputSchemas.edit.omit({ accountId: true, applicationId: true }),
      ],
      answerApplication: [
        applicationsInputSchemas.answer.omit({ accountId: true, applicationId: true }),
      ],
    };
    for (const [operationId, [service, transport = []]] of Object.entries(shared)) {
      const route = routes.find((r) => r.operationId === operationId);
      expect(route, operationId).toBeDefined();
      const body = (route!.body ?? route!.bodyMedia?.['application/json']) as z.ZodObject;
      expect(Object.keys(body.shape).sort(), operationId).toEqual(
        [...Object.keys(service.shape), ...transport].sort(),
      );
      for (const [field, schema] of Object.entries(service.shape))
        expect(body.shape[field], `${operationId}.${field}`).toBe(schema);
    }
    // The refresh token may come from its cookie instead: the service's field, made optional.
    const refresh = routes.find((r) => r.operationId === 'refreshSession')!.body as z.ZodObject;
    expect((refresh.shape['refreshToken'] as z.ZodOptional).unwrap()).toBe(
      sessionInputSchemas.refresh.shape.refreshToken,
    );
  });

  it('registration steps share the service schemas: an unknown user type, a blank or numeric code', async () => {
    const start = await post(
      kabinetHandler,
      '/v1/registration/drafts',
      JSON.stringify({ userType: 'tourist' }),
    );
    expect(start.status).toBe(422);
    expect(start.body.error).toMatchObject({
      code: 'input.not_one_of',
      issues: [
        {
          code: 'input.not_one_of',
          path: ['userType'],
          params: { allowed: 'foreign_citizen, residence_permit_holder' },
        },
      ],
    });
    const draft = await post(
      kabinetHandler,
      '/v1/registration/drafts',
      JSON.stringify({ userType: 'foreign_citizen' }),
    );
    const { draftId, resumeToken } = draft.body as unknown as {
      draftId: string;
      resumeToken: string;
    };
    const confirm = async (body: unknown) => {
      const response = await kabinetHandler(
        new Request(`http://localhost/v1/registration/drafts/${draftId}/codes/confirm`, {
          method: 'POST',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json', 'x-resume-token': resumeToken },
        }),
        { ip: '203.0.113.7' },
      );
      return (await response.json()) as {
        error: { code: string; issues: { code: string; path: unknown[] }[] };
      };
    };
    expect((await confirm({ channel: 'phone', code: '' })).error).toMatchObject({
      code: 'input.required',
      issues: [{ code: 'input.required', path: ['code'] }],
    });
    expect((await confirm({ channel: 'phone', code: 123456 })).error).toMatchObject({
      code: 'input.not_a_string',
      issues: [{ code: 'input.not_a_string', path: ['code'] }],
    });
  });

  test.prop(
    [
      fc.jsonValue().filter((v) => v !== null && typeof v !== 'string'),
      fc.constantFrom('login', 'password'),
    ],
    { numRuns: 40 },
  )(
    'S-17: any JSON value of another type for login or password is input.not_a_string at its path, never input.required',
    async (value, field) => {
      const r = await login({
        login: 'user@example.uz',
        password: 'Samarqand-2026!',
        [field]: value,
      });
      expect(r.status).toBe(422);
      expect(r.body.error.code).toBe('input.not_a_string');
      expect(r.body.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['input.not_a_string', [field]],
      ]);
    },
  );
});

// Measures the hot paths of @kabinet/payments: provider callbacks handled per second (fresh
// and duplicate), GOST R 56042 payment QR payloads parsed per second, УИН checks per second.
import { createSeededRandom } from '@kabinet/core';
import { createMemoryPaymentStore } from '@kabinet/memory';
import type { ChargeRecord, ChargeSource } from '@kabinet/ports';
import { opsPerSecond, writeReport } from '../../../bench/_lib/report.js';
import { createSimulatedMethodCheck } from '../src/testing/create-simulated-method-check.js';
import { createSimulatedProvider } from '../src/testing/create-simulated-provider.js';
import type { ProviderCallbackInput } from '../src/providers/payment-provider.js';
import { parsePaymentQr } from '../src/qr/parse-payment-qr.js';
import { createPaymentsService } from '../src/service/create-payments-service.js';
import { defaultPaymentsPolicy } from '../src/service/payments-policy.js';
import { computeUinCheckDigit } from '../src/uin/compute-uin-check-digit.js';
import { parseUin } from '../src/uin/parse-uin.js';
import { createFakeClock } from '@kabinet/core/testing';

const clock = createFakeClock();
const random = createSeededRandom(1);
const provider = createSimulatedProvider({ clock, dialect: 'stripe' });
const methodCheck = createSimulatedMethodCheck({ clock, random });
// Charges by УИН in a plain map: the benchmark measures callbacks, not a charge source.
const posted = new Map<string, ChargeRecord>();
const charges: ChargeSource = { find: async (u) => posted.get(u), listFor: async () => [] };
const payments = createPaymentsService({
  store: createMemoryPaymentStore({ clock }),
  charges,
  provider,
  journal: { append: async () => undefined },
  clock,
  random,
  policy: defaultPaymentsPolicy,
  methodCheck,
});
const uin = (n: number): string => {
  const body = String(n).padStart(19, '0');
  return `${body}${computeUinCheckDigit(body)}`;
};

// A verified card, then many duties paid while the service hears no callback: the pool of
// genuine, signed, never-seen callbacks the benchmark feeds back.
const card = provider.tokenize({ kind: 'card', number: '4111111111111111' });
const bound = await payments.bindMethod({
  accountId: 'acc_1',
  kind: 'card',
  token: card.token,
  fingerprint: card.fingerprint,
  label: card.label,
  network: 'visa',
});
if (!bound.success) throw new Error('bind failed');
const DUTIES = 3000;
for (let i = 0; i < DUTIES; i++) {
  posted.set(uin(i + 1), {
    uin: uin(i + 1),
    accountId: 'acc_1',
    amountKopecks: 350_000,
    serviceType: 'work_patent',
    status: 'unpaid',
    issuedAt: 0,
  });
  const created = await payments.createPayment({
    accountId: 'acc_1',
    accountLevel: 'standard',
    uin: uin(i + 1),
  });
  if (!created.success) throw new Error('create failed');
  const paid = await payments.payWithMethod({
    accountId: 'acc_1',
    accountLevel: 'standard',
    paymentId: created.data.id,
    methodId: bound.data.id,
    idempotencyKey: `bench-key-${i}`,
  });
  if (!paid.success) throw new Error('pay failed');
  if (i === 0 && paid.data.attempt.action?.challengeId !== undefined) {
    await payments.confirmCheck({
      accountId: 'acc_1',
      attemptId: paid.data.attempt.id,
      answer: methodCheck.answerFor(paid.data.attempt.action.challengeId)!,
    });
  }
}
const pool: ProviderCallbackInput[] = provider.takeCallbacks();
let next = 0;
const fresh = await opsPerSecond(
  'callback.fresh',
  async () => {
    await payments.handleCallback(pool[next++ % pool.length]!);
  },
  300,
);
const seen = pool.slice(0, 500);
let again = 0;
const duplicate = await opsPerSecond('callback.duplicate', async () => {
  await payments.handleCallback(seen[again++ % seen.length]!);
});

const QR =
  'ST00012|Name=УФК по г. Москве (ГУ МВД России по г. Москве)|PersonalAcc=03100643000000017300|BankName=ГУ Банка России по ЦФО//УФК по г. Москве|BIC=004525988|CorrespAcc=40102810545370000003|Sum=350000|PayeeINN=7707089101|KPP=770731005|CBC=18810806000010008110|OKTMO=45382000|UIN=32117072411021588933|TechCode=05';
const qrParse = await opsPerSecond('qr.parse', () => parsePaymentQr(QR));
const uinParse = await opsPerSecond('uin.parse', () => parseUin('32117072411021588933'));

writeReport(
  'payments',
  'Payments: callbacks, payment QR and УИН',
  [
    {
      name: 'callback.fresh',
      value: fresh,
      unit: 'ops/s',
      better: 'higher',
      note: `signed Stripe-style events (created, processing, succeeded) for ${DUTIES} duties the service already settled from the confirm answer: each is verified, found new, merged (older ones re-read from the provider) and marked processed; ${pool.length} in the pool`,
    },
    {
      name: 'callback.duplicate',
      value: duplicate,
      unit: 'ops/s',
      better: 'higher',
      note: 'verified, then answered from the processed-callback inbox',
    },
    {
      name: 'qr.parse',
      value: qrParse,
      unit: 'ops/s',
      better: 'higher',
      note: 'state-duty payload, both account keys and the УИН checked',
    },
    { name: 'uin.parse', value: uinParse, unit: 'ops/s', better: 'higher' },
  ],
  'Callback handling includes signature verification (HMAC-SHA256), the inbox check, the attempt and payment reads and writes of the in-memory store and journal calls to a no-op journal.\n',
);

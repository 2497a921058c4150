import type { AuthContext } from 'kabinet';
import { must } from './must.js';
import type { Stage } from './steps.js';

const rub = (kopecks: number): string =>
  `${(kopecks / 100).toLocaleString('ru-RU', { minimumFractionDigits: 2 })} ₽`;

/**
 * Aziz is charged two state duties from the catalogue (the amounts are the charges', never his)
 * and pays them: with a bound card (first-use check, PAY-2) and by SBP, failing once with
 * insufficient funds (PAY-4).
 */
export async function payDuties(stage: Stage, auth: AuthContext): Promise<void> {
  const { kabinet, print, clock } = stage;
  const provider = kabinet.dev.provider!;
  const methodCheck = kabinet.dev.methodCheck!;
  const who = { accountId: auth.accountId, accountLevel: auth.level };
  print.section({ ru: 'Оплата госпошлин', en: 'Paying state duties' });

  const patentCharge = must(
    'charge',
    await kabinet.payments.issueCharge({ accountId: auth.accountId, dutyCode: 'work_patent' }),
  );
  const patent = must(
    'payment',
    await kabinet.payments.createPayment({ ...who, uin: patentCharge.uin }),
  );
  print.step({
    ru: `Начисление «${patent.serviceName}» УИН ${patent.uin}: ${rub(patent.amountKopecks)}, транзакция ${patent.transactionNumber}`,
    en: `Charge "${patent.serviceName}" UIN ${patent.uin}: ${rub(patent.amountKopecks)}, transaction ${patent.transactionNumber}`,
  });
  const card = provider.tokenize({ kind: 'card', number: '4111 1111 1111 1111', network: 'visa' });
  const method = must(
    'bind',
    await kabinet.payments.bindMethod({
      accountId: auth.accountId,
      kind: 'card',
      token: card.token,
      fingerprint: card.fingerprint,
      label: card.label,
      network: 'visa',
    }),
  );
  print.step({
    ru: `Карта привязана: ${method.label}; первая оплата потребует проверку «${method.check}» (PAY-2)`,
    en: `Card bound: ${method.label}; the first payment needs the check "${method.check}" (PAY-2)`,
  });
  const first = must(
    'pay',
    await kabinet.payments.payWithMethod({
      ...who,
      paymentId: patent.id,
      methodId: method.id,
      idempotencyKey: 'walkthrough-card-0001',
    }),
  );
  const challengeId = first.attempt.action?.challengeId ?? '';
  const answer = methodCheck.answerFor(challengeId) ?? '';
  print.step({
    ru: `Оплата картой: ${first.payment.status}; код проверки из SMS: ${answer}`,
    en: `Card payment: ${first.payment.status}; check code from the SMS: ${answer}`,
  });
  const paid = must(
    'confirm',
    await kabinet.payments.confirmCheck({
      accountId: auth.accountId,
      attemptId: first.attempt.id,
      answer,
    }),
  );
  print.note({
    ru: `Статус: ${paid.payment.status} (Оплачен), списано ${rub(paid.payment.capturedKopecks)}`,
    en: `Status: ${paid.payment.status}, captured ${rub(paid.payment.capturedKopecks)}`,
  });

  clock.advance(10 * 60_000);
  const rvpCharge = must(
    'charge',
    await kabinet.payments.issueCharge({
      accountId: auth.accountId,
      dutyCode: 'temporary_residence',
    }),
  );
  const fine = must(
    'payment',
    await kabinet.payments.createPayment({ ...who, uin: rvpCharge.uin }),
  );
  print.step({
    ru: `Начисление «${fine.serviceName}»: ${rub(fine.amountKopecks)}, транзакция ${fine.transactionNumber}`,
    en: `Charge "${fine.serviceName}": ${rub(fine.amountKopecks)}, transaction ${fine.transactionNumber}`,
  });
  const sbp = provider.tokenize({ kind: 'sbp', phone: '+998901234567' });
  const sbpMethod = must(
    'bind sbp',
    await kabinet.payments.bindMethod({
      accountId: auth.accountId,
      kind: 'sbp',
      token: sbp.token,
      fingerprint: sbp.fingerprint,
      label: sbp.label,
    }),
  );
  provider.setBalance(sbp.token, 0);
  const tryOne = must(
    'pay sbp',
    await kabinet.payments.payWithMethod({
      ...who,
      paymentId: fine.id,
      methodId: sbpMethod.id,
      idempotencyKey: 'walkthrough-sbp-0001',
    }),
  );
  let outcome = tryOne;
  if (tryOne.attempt.action?.challengeId !== undefined) {
    outcome = must(
      'bank app',
      await kabinet.payments.confirmCheck({
        accountId: auth.accountId,
        attemptId: tryOne.attempt.id,
        answer: methodCheck.answerFor(tryOne.attempt.action.challengeId) ?? '',
      }),
    );
    print.step({
      ru: `Метод ${sbpMethod.label} привязан; первая оплата подтверждена в приложении банка (PAY-2)`,
      en: `Method ${sbpMethod.label} bound; the first payment confirmed in the bank app (PAY-2)`,
    });
  }
  const failure = outcome.payment.lastFailure;
  print.step({
    ru: `Оплата по СБП: ${outcome.payment.status} (Ошибка), причина ${failure?.code} (код банка ${failure?.providerCode})`,
    en: `SBP payment: ${outcome.payment.status}, reason ${failure?.code} (bank code ${failure?.providerCode})`,
  });
  provider.setBalance(sbp.token, 1_000_000);
  const retry = must(
    'retry',
    await kabinet.payments.payWithMethod({
      ...who,
      paymentId: fine.id,
      methodId: sbpMethod.id,
      idempotencyKey: 'walkthrough-sbp-0002',
    }),
  );
  print.step({
    ru: `Повтор с новым ключом идемпотентности: ${retry.payment.status} (Оплачен), попытка №${retry.attempt.sequence}`,
    en: `Retry with a new idempotency key: ${retry.payment.status}, attempt #${retry.attempt.sequence}`,
  });
  const list = must(
    'list',
    await kabinet.payments.listPayments({ accountId: auth.accountId, limit: 10 }),
  );
  const payments = list.items.map((p) => `${p.serviceType} ${p.status}`).join('; ');
  print.note({ ru: `Платежи: ${payments} (PAY-5)`, en: `Payments: ${payments} (PAY-5)` });
}

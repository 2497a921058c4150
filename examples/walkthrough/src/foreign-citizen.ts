import { must } from './must.js';
import { people } from './people.js';
import {
  enrollTotp,
  levelName,
  loginWithSms,
  loginWithTotp,
  refreshAfterLevelChange,
  startRegistration,
  type Stage,
} from './steps.js';

/** Aziz, a citizen of Uzbekistan with a migration card: registration → confirmed → TOTP login. */
export async function foreignCitizen(stage: Stage): Promise<{
  accountId: string;
  draftId: string;
  auth: Awaited<ReturnType<typeof loginWithTotp>>['auth'];
}> {
  const { kabinet, print } = stage;
  const person = people.aziz;
  print.section({
    ru: 'Азиз Каримов — гражданин Узбекистана, миграционная карта',
    en: 'Aziz Karimov, a citizen of Uzbekistan with a migration card',
  });
  const access = await startRegistration(stage, person, person.documents);
  const created = must('create', await kabinet.registration.create(access));
  print.step({
    ru: `Учётная запись ${created.accountId}: ${created.lifecycle}, уровень ${levelName(created.level)} — контакты подтверждены (CONTACT-6)`,
    en: `Account ${created.accountId}: ${created.lifecycle}, level ${levelName(created.level, 'en')}, contacts confirmed (CONTACT-6)`,
  });

  let session = await loginWithSms(stage, person, '203.0.113.10');
  const check = must('documents', await kabinet.identity.checkDocuments(session.auth));
  print.step({
    ru: `Проверка документов в ведомствах: ${check.state} (Подтверждён); уровень → ${levelName('standard')} (ACC-2)`,
    en: `Registry documents check: ${check.state}; level → ${levelName('standard', 'en')} (ACC-2)`,
  });
  session = await refreshAfterLevelChange(stage, session.tokens);

  const bank = must(
    'bank',
    await kabinet.identity.startConfirmation(session.auth, {
      method: 'bank',
      evidence: { bankId: 'kapitalbank', attestationId: 'att-7731-2026', cardLast4: '4242' },
    }),
  );
  print.step({
    ru: `Подтверждение личности через банк (ACC-7): ${bank.state}, ${JSON.stringify(bank.summary)}; уровень → ${levelName('confirmed')}`,
    en: `Identity confirmed through the bank (ACC-7): ${bank.state}, ${JSON.stringify(bank.summary)}; level → ${levelName('confirmed', 'en')}`,
  });
  session = await refreshAfterLevelChange(stage, session.tokens);

  const secret = await enrollTotp(stage, session.auth);
  must('logout', await kabinet.sessions.logout(session.auth));
  print.step({
    ru: 'Выход: сессия завершена на сервере (S-10)',
    en: 'Logout: the session is ended on the server (S-10)',
  });
  const totp = await loginWithTotp(stage, person, secret, '203.0.113.11');
  return { accountId: created.accountId, draftId: access.draftId, auth: totp.auth };
}

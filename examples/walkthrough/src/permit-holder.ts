import type { AuthContext } from 'kabinet';
import { explain } from './printer.js';
import { must } from './must.js';
import { people } from './people.js';
import {
  e164,
  enrollTotp,
  levelName,
  loginWithSms,
  loginWithTotp,
  refreshAfterLevelChange,
  startRegistration,
  type Stage,
} from './steps.js';

const HOUR = 3_600_000;

/** Dilnoza, a residence-permit holder with SNILS: the permit and SNILS are required, a clarification, in-person confirmation. */
export async function permitHolder(
  stage: Stage,
): Promise<{ accountId: string; draftId: string; auth: AuthContext }> {
  const { kabinet, print, clock } = stage;
  const person = people.dilnoza;
  print.section({
    ru: 'Дильноза Исмаилова — владелица ВНЖ со СНИЛС',
    en: 'Dilnoza Ismailova, a residence-permit holder with SNILS',
  });
  const access = await startRegistration(stage, person, [person.passport]);
  const early = await kabinet.registration.create(access);
  print.step({
    ru: `Создать учётную запись только с паспортом: ${early.success ? 'создана (ошибка!)' : explain(early.issues, 'ru')} — паспорта мало (ACC-6)`,
    en: `Create the account with a passport alone: ${early.success ? 'created (a bug!)' : explain(early.issues, 'en')}; a passport is not enough (ACC-6)`,
  });
  const wrongSnils = await kabinet.registration.addDocument({
    ...access,
    document: { kind: 'snils', number: '112-233-445 96' },
  });
  print.step({
    ru: `СНИЛС с опечаткой: ${wrongSnils.success ? 'принят (ошибка!)' : explain(wrongSnils.issues, 'ru')} (DOC-5)`,
    en: `SNILS with a typo: ${wrongSnils.success ? 'accepted (a bug!)' : explain(wrongSnils.issues, 'en')} (DOC-5)`,
  });
  for (const document of [person.permit, person.snils]) {
    const view = must(
      String(document.kind),
      await kabinet.registration.addDocument({ ...access, document }),
    );
    const added = view.documents.find((d) => d.kind === document.kind)!;
    print.step({
      ru: `Документ ${added.kind} ${added.masked} привязан`,
      en: `Document ${added.kind} ${added.masked} bound`,
    });
  }
  const created = must('create', await kabinet.registration.create(access));
  print.step({
    ru: `Учётная запись ${created.accountId}: ${created.lifecycle}, уровень ${levelName(created.level)}`,
    en: `Account ${created.accountId}: ${created.lifecycle}, level ${levelName(created.level, 'en')}`,
  });

  let session = await loginWithSms(stage, person, '198.51.100.20');
  kabinet.dev.registry!.respondFor(created.accountId, {
    status: 'mismatch',
    defects: [
      {
        field: 'documents.residence_permit.number',
        reason: 'not_found',
        document: 'residence_permit',
      },
    ],
  });
  const check = must('documents', await kabinet.identity.checkDocuments(session.auth));
  const defects = check.defects.map((d) => `${d.field} (${d.reason})`).join(', ');
  const deadline = new Date(check.deadline!).toISOString();
  print.step({
    ru: `Проверка документов: ${check.state}; замечания: ${defects}`,
    en: `Documents check: ${check.state}; defects: ${defects}`,
  });
  print.note({
    ru: `Ответить нужно до ${deadline} — 48 часов (ACC-5); иначе доступ будет ограничен`,
    en: `The answer is due by ${deadline}, 48 hours (ACC-5); otherwise access is restricted`,
  });
  clock.advance(20 * HOUR);
  print.step({
    ru: 'Прошло 20 часов: номер ВНЖ был введён с ошибкой, Дильноза исправляет его',
    en: '20 hours later: the permit number was mistyped, Dilnoza corrects it',
  });
  session = await loginWithSms(stage, person, '198.51.100.20');
  const answered = must(
    'answer',
    await kabinet.identity.answerClarification(session.auth, {
      checkId: check.checkId,
      documents: [{ ...person.permit, number: '1234576' }],
    }),
  );
  print.step({
    ru: `Ответ на запрос уточнения: проверка ${answered.state}; уровень → ${levelName('standard')}`,
    en: `Clarification answered: check ${answered.state}; level → ${levelName('standard', 'en')}`,
  });
  session = await refreshAfterLevelChange(stage, session.tokens);

  const visit = must(
    'in person',
    await kabinet.support.verifyInPerson(
      { operatorId: 'mfc-operator-17' },
      { accountId: created.accountId, serviceCentreId: 'mfc-moscow-tverskoy' },
    ),
  );
  print.step({
    ru: `МФЦ «Тверской»: оператор сверил паспорт, проверка ${visit.state}; ссылка активации отправлена по SMS (ACC-7)`,
    en: `MFC "Tverskoy": the operator checked the passport, check ${visit.state}; activation link sent by SMS (ACC-7)`,
  });
  const sms = stage.kabinet.dev.outbox!.lastTo(e164(person.phone));
  const token =
    sms?.channel === 'sms' ? /(acc_[0-9a-z]+\.[A-Za-z0-9_-]+)/.exec(sms.text)?.[1] : undefined;
  print.note(
    `SMS: «${sms?.channel === 'sms' ? sms.text.replace(token ?? '', `${(token ?? '').slice(0, 12)}…`) : ''}»`,
  ); // the message is in the portal's language
  const activated = must('activate', await kabinet.identity.activate({ token: token ?? '' }));
  print.step({
    ru: `Ссылка активации открыта: проверка ${activated.state}; уровень → ${levelName('confirmed')}`,
    en: `Activation link opened: check ${activated.state}; level → ${levelName('confirmed', 'en')}`,
  });
  session = await refreshAfterLevelChange(stage, session.tokens);

  const secret = await enrollTotp(stage, session.auth);
  must('logout', await kabinet.sessions.logout(session.auth));
  const signedIn = await loginWithTotp(stage, person, secret, '198.51.100.21');
  return { accountId: created.accountId, draftId: access.draftId, auth: signedIn.auth };
}

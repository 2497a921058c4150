import type { AuthContext } from 'kabinet';
import type { SimulatedAgency, SimulatedStep } from '@kabinet/services/applications';
import { formatInZone, verifyVisitPass } from '@kabinet/services/appointments';
import { explain } from './printer.js';
import { must } from './must.js';
import { passportScan } from './scan.js';
import type { Stage } from './steps.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The simulated authority's answers for Dilnoza's application: it asks for a readable scan once. */
const NEEDS_A_BETTER_SCAN: readonly SimulatedStep[] = [
  { status: 'under_review' },
  { status: 'info_required', items: ['residence_permit_scan'], note: 'scan_unreadable' },
  { status: 'under_review' },
  { status: 'approved' },
];

/**
 * Dilnoza, confirmed, uses the account (SVC-1…SVC-3, NOTE-1, NOTE-2): she applies for a
 * certificate of residence that the authority returns for a better scan, answers it and gets
 * the certificate; books a visit, moves it, gets the signed QR pass, and finds that the visit
 * can no longer be cancelled within 24 hours of it; asks support; and reads the notification
 * centre that every one of these steps wrote to.
 */
/** How Dilnoza's services ended, for the caller to check. */
export interface AfterRegistrationResult {
  readonly applicationStatus: string;
  readonly certificates: number;
  readonly appointmentState: string;
  readonly lateCancelRefused: boolean;
  readonly passVerified: boolean;
  readonly supportStatus: string;
  readonly notices: number;
}

export async function afterRegistration(
  stage: Stage,
  agency: SimulatedAgency,
  auth: AuthContext,
): Promise<AfterRegistrationResult> {
  const { kabinet, print, clock } = stage;
  const who = { accountId: auth.accountId, accountLevel: auth.level };
  const locale = print.locale;

  print.section({
    ru: 'После регистрации: заявление на справку (SVC-1)',
    en: 'After registration: applying for a certificate (SVC-1)',
  });
  const draft = must(
    'draft',
    await kabinet.applications.createDraft({
      ...who,
      serviceCode: 'residence_certificate',
      fields: {
        residencePermit: { series: '82', number: '1234576', issueDate: '15.03.2021' },
        address: 'г. Москва, ул. Тверская, д. 7, кв. 12',
      },
    }),
  );
  const applicationId = draft.application.id;
  const early = await kabinet.applications.submit({ ...who, applicationId });
  print.step({
    ru: `Черновик заявления ${applicationId}; подать без скана ВНЖ: ${early.success ? 'подано (ошибка!)' : explain(early.issues, 'ru')}`,
    en: `Application draft ${applicationId}; submitting without the permit scan: ${early.success ? 'submitted (a bug!)' : explain(early.issues, 'en')}`,
  });
  must(
    'attach',
    await kabinet.applications.attach({
      accountId: auth.accountId,
      applicationId,
      kind: 'residence_permit_scan',
      file: { bytes: passportScan(), name: 'vnzh.png' },
    }),
  );
  const submitted = must('submit', await kabinet.applications.submit({ ...who, applicationId }));
  print.step({
    ru: `Заявление подано: номер ${submitted.application.number}, статус ${submitted.application.status}, ожидаемый срок ${submitted.expectedCompletion ?? '—'}`,
    en: `Application submitted: number ${submitted.application.number}, status ${submitted.application.status}, expected by ${submitted.expectedCompletion ?? '—'}`,
  });
  agency.script(applicationId, NEEDS_A_BETTER_SCAN);
  clock.advance(HOUR);
  const handedOver = await kabinet.applications.passDue();
  print.step({
    ru: `Передано в ведомство: ${handedOver.passed}`,
    en: `Passed to the authority: ${handedOver.passed}`,
  });
  const report = async (): Promise<string> => {
    const sent = agency.next(applicationId);
    if (sent === undefined) return 'none';
    const outcome = must(
      'agency report',
      await kabinet.applications.handleAgencyCallback({ body: sent.body, headers: sent.headers }),
    );
    return `${sent.update.status} (${outcome.outcome})`;
  };
  const reports = async (): Promise<void> => {
    const [first, second] = [await report(), await report()];
    print.step({
      ru: `Ответ ведомства: ${first}; затем: ${second}`,
      en: `The authority reports: ${first}; then: ${second}`,
    });
  };
  await reports();
  const waiting = must(
    'get',
    await kabinet.applications.get({ accountId: auth.accountId, applicationId }),
  );
  print.note({
    ru: `Статус ${waiting.application.status}: нужен ${waiting.application.infoRequest?.items.join(', ')}; часы срока стоят, пока ведомство ждёт`,
    en: `Status ${waiting.application.status}: ${waiting.application.infoRequest?.items.join(', ')} needed; the clock stops while the authority waits`,
  });
  clock.advance(2 * HOUR);
  must(
    'attach again',
    await kabinet.applications.attach({
      accountId: auth.accountId,
      applicationId,
      kind: 'residence_permit_scan',
      file: { bytes: passportScan(), name: 'vnzh-600dpi.png' },
    }),
  );
  const answered = must(
    'answer',
    await kabinet.applications.answer({
      accountId: auth.accountId,
      applicationId,
      note: 'Скан 600 dpi',
    }),
  );
  print.step({
    ru: `Дильноза загрузила новый скан: статус ${answered.application.status}`,
    en: `Dilnoza uploaded a new scan: status ${answered.application.status}`,
  });
  await reports();
  const certificates = must(
    'certificates',
    await kabinet.applications.listCertificates({ accountId: auth.accountId }),
  );
  print.note({
    ru: `Полученные справки (AUD-2): ${certificates.items.map((c) => c.title).join('; ')}`,
    en: `Received certificates (AUD-2): ${certificates.items.map((c) => `${c.serviceCode} ${c.applicationId}`).join('; ')}`,
  });

  print.section({ ru: 'Запись на приём (SVC-2)', en: 'Booking a visit (SVC-2)' });
  const office = kabinet.appointments.catalogue().offices.find((o) => o.id === 'mow-1')!;
  const day = (offset: number): string =>
    new Date(clock.now() + offset * DAY).toISOString().slice(0, 10);
  const free = must(
    'slots',
    await kabinet.appointments.findFreeSlots({
      officeId: office.id,
      serviceId: 'rvp_application',
      from: day(3),
      to: day(10),
    }),
  );
  const held = must(
    'hold',
    await kabinet.appointments.hold({
      ...who,
      officeId: office.id,
      serviceId: 'rvp_application',
      slot: free[0]!.slot,
    }),
  );
  print.step({
    ru: `Свободных окон с ${day(3)} по ${day(10)}: ${free.length}; окно ${free[0]!.slot} (${office.timeZone}) удержано до ${formatInZone(held.holdUntil!, office.timeZone, 'ru')}`,
    en: `Free slots from ${day(3)} to ${day(10)}: ${free.length}; slot ${free[0]!.slot} (${office.timeZone}) held until ${formatInZone(held.holdUntil!, office.timeZone, 'en')}`,
  });
  const booked = must(
    'confirm',
    await kabinet.appointments.confirm({ accountId: auth.accountId, appointmentId: held.id }),
  );
  const moved = must(
    'move',
    await kabinet.appointments.move({
      accountId: auth.accountId,
      appointmentId: booked.id,
      slot: free[5]!.slot,
    }),
  );
  print.step({
    ru: `Запись подтверждена (${booked.state}) и перенесена на ${moved.slot}`,
    en: `Visit confirmed (${booked.state}) and moved to ${moved.slot}`,
  });
  const pass = must(
    'pass',
    await kabinet.appointments.pass({ accountId: auth.accountId, appointmentId: moved.id }),
  );
  const checked = await verifyVisitPass(pass.text, kabinet.appointments.publicKeys(), clock.now());
  print.step({
    ru: `QR-пропуск: подписанный JWS из ${pass.text.length} символов, SVG ${pass.svg.length} байт; сканер проверяет его без сети: ${checked.success ? 'подпись верна' : explain(checked.issues, 'ru')}`,
    en: `QR pass: a signed JWS of ${pass.text.length} characters, SVG of ${pass.svg.length} bytes; a scanner checks it offline: ${checked.success ? 'signature valid' : explain(checked.issues, 'en')}`,
  });
  clock.set(moved.start - 23 * HOUR);
  const late = await kabinet.appointments.cancel({
    accountId: auth.accountId,
    appointmentId: moved.id,
  });
  print.step({
    ru: `За 23 часа до приёма отменить: ${late.success ? 'отменено (ошибка!)' : explain(late.issues, 'ru')} (правило 24 часов)`,
    en: `Cancelling 23 hours before the visit: ${late.success ? 'cancelled (a bug!)' : explain(late.issues, 'en')} (the 24-hour rule)`,
  });

  print.section({ ru: 'Обращение в поддержку (SVC-3)', en: 'A support request (SVC-3)' });
  const request = must(
    'support',
    await kabinet.supportRequests.create({
      accountId: auth.accountId,
      topic: 'documents',
      text: 'Не вижу справку в разделе «Мои документы».',
    }),
  );
  const operator = { operatorId: 'support-7' };
  must('take', await kabinet.supportRequests.take(operator, { requestId: request.id }));
  must(
    'reply',
    await kabinet.supportRequests.operatorReply(operator, {
      requestId: request.id,
      text: 'Справка в разделе «Полученные справки».',
    }),
  );
  const resolved = must(
    'resolve',
    await kabinet.supportRequests.resolve(operator, {
      requestId: request.id,
      resolution: 'Подсказали раздел.',
    }),
  );
  print.step({
    ru: `Обращение № ${request.number}: ${request.status} → ${resolved.status}, ответ до ${new Date(request.deadlineAt ?? 0).toISOString()} (48 ч)`,
    en: `Request no. ${request.number}: ${request.status} → ${resolved.status}, answer due by ${new Date(request.deadlineAt ?? 0).toISOString()} (48 h)`,
  });

  print.section({
    ru: 'Центр уведомлений (NOTE-1, NOTE-2)',
    en: 'The notification centre (NOTE-1, NOTE-2)',
  });
  const delivered = must('deliver', await kabinet.notifications.deliverDue());
  const centre = must(
    'centre',
    await kabinet.notifications.list({ accountId: auth.accountId, limit: 50, locale }),
  );
  print.step({
    ru: `В центре ${centre.items.length} сообщений, непрочитанных ${centre.unread}; отправлено по каналам: ${delivered.sent}`,
    en: `${centre.items.length} messages in the centre, ${centre.unread} unread; sent on channels: ${delivered.sent}`,
  });
  for (const notice of centre.items) print.note(`• ${notice.title}: ${notice.text}`);
  const read = must(
    'read all',
    await kabinet.notifications.markAllRead({ accountId: auth.accountId }),
  );
  print.note({
    ru: `Прочитаны все (${read.marked}); SMS и письма лишь зовут в кабинет (NOTE-2)`,
    en: `All read (${read.marked}); SMS and e-mails only point to the account (NOTE-2)`,
  });
  const application = must(
    'application',
    await kabinet.applications.get({ accountId: auth.accountId, applicationId }),
  );
  const appointment = must(
    'appointment',
    await kabinet.appointments.get({ accountId: auth.accountId, appointmentId: moved.id }),
  );
  return {
    applicationStatus: application.application.status,
    certificates: certificates.items.length,
    appointmentState: appointment.state,
    lateCancelRefused: !late.success,
    passVerified: checked.success,
    supportStatus: resolved.status,
    notices: centre.items.length,
  };
}

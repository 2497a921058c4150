import type {
  AppointmentCatalogue,
  AppointmentOffice,
  AppointmentServiceDefinition,
  DayHours,
  OfficeServiceSchedule,
  VisitDocument,
} from './appointment-catalogue.js';
import { russianPublicHolidays } from './russian-public-holidays.js';

const doc = (code: string, ru: string, en: string): VisitDocument => ({ code, name: { ru, en } });
const PASSPORT = doc(
  'passport',
  'Паспорт иностранного гражданина и его нотариально заверенный перевод',
  'Foreign passport and its notarised translation',
);
const MIGRATION_CARD = doc('migration_card', 'Миграционная карта', 'Migration card');
const PHOTOS = doc('photos', 'Две фотографии 35 × 45 мм', 'Two photographs 35 × 45 mm');
const DUTY_RECEIPT = doc(
  'duty_receipt',
  'Квитанция об оплате госпошлины (или номер платежа в кабинете)',
  'State duty receipt (or the payment number in the account)',
);
const RVP = doc('rvp', 'Разрешение на временное проживание', 'Temporary residence permit');
const MEDICAL = doc(
  'medical',
  'Медицинские заключения (ВИЧ, наркология, инфекции)',
  'Medical certificates (HIV, drug test, infections)',
);
const REGISTRATION = doc(
  'registration_notice',
  'Отрывная часть уведомления о прибытии',
  'Tear-off part of the arrival notice',
);

/** The services one can book in the default catalogue. */
const services: AppointmentServiceDefinition[] = [
  {
    id: 'rvp_application',
    name: {
      ru: 'Подача заявления на разрешение на временное проживание',
      en: 'Temporary residence permit application',
    },
    minLevel: 'confirmed',
    documents: [PASSPORT, MIGRATION_CARD, PHOTOS, MEDICAL, DUTY_RECEIPT],
  },
  {
    id: 'vnzh_application',
    name: { ru: 'Подача заявления на вид на жительство', en: 'Residence permit application' },
    minLevel: 'confirmed',
    documents: [PASSPORT, RVP, PHOTOS, MEDICAL, DUTY_RECEIPT],
  },
  {
    id: 'patent',
    name: { ru: 'Оформление патента на работу', en: 'Work patent' },
    minLevel: 'standard',
    documents: [PASSPORT, MIGRATION_CARD, REGISTRATION, MEDICAL],
  },
  {
    id: 'document_pickup',
    name: { ru: 'Получение готового документа', en: 'Collecting a ready document' },
    minLevel: 'standard',
    documents: [PASSPORT],
  },
];

const hhmm = (open: string, close: string, lunch?: readonly [string, string]): DayHours =>
  lunch === undefined
    ? { open, close }
    : { open, close, breaks: [{ from: lunch[0], to: lunch[1] }] };
const WEEKDAYS = (day: DayHours, saturday?: DayHours): OfficeServiceSchedule['week'] => ({
  mon: day,
  tue: day,
  wed: day,
  thu: day,
  fri: hhmm(day.open, '16:45', [day.breaks?.[0]?.from ?? '13:00', day.breaks?.[0]?.to ?? '13:45']),
  ...(saturday === undefined ? {} : { sat: saturday }),
});
const schedules = (capacity: number): OfficeServiceSchedule[] => [
  {
    serviceId: 'rvp_application',
    slotMinutes: 20,
    capacity,
    week: WEEKDAYS(hhmm('09:00', '18:00', ['13:00', '13:45'])),
  },
  {
    serviceId: 'vnzh_application',
    slotMinutes: 30,
    capacity,
    week: WEEKDAYS(hhmm('09:00', '18:00', ['13:00', '13:45'])),
  },
  {
    serviceId: 'patent',
    slotMinutes: 15,
    capacity: capacity + 1,
    week: WEEKDAYS(hhmm('09:00', '18:00', ['13:00', '13:45']), hhmm('10:00', '14:00')),
  },
  {
    serviceId: 'document_pickup',
    slotMinutes: 10,
    capacity,
    week: WEEKDAYS(hhmm('10:00', '17:00', ['13:00', '13:45'])),
  },
];
const office = (
  id: string,
  ru: string,
  en: string,
  addressRu: string,
  addressEn: string,
  timeZone: string,
  capacity: number,
): AppointmentOffice => ({
  id,
  name: { ru, en },
  address: { ru: addressRu, en: addressEn },
  timeZone,
  services: schedules(capacity),
});

/**
 * The default offices and services (SVC-2): five offices in five time zones (Moscow,
 * Kaliningrad, Yekaterinburg, Novosibirsk, Vladivostok), four services with their documents,
 * weekday hours 09:00–18:00 with a 13:00–13:45 lunch (Friday until 16:45), patents also on
 * Saturday mornings, and the Russian public holidays. Replace it with your own data through
 * `defineAppointmentCatalogue`.
 *
 * @example
 * ```ts
 * defaultAppointmentCatalogue.offices.map((o) => o.timeZone); // ['Europe/Moscow', 'Europe/Kaliningrad', …]
 * ```
 */
export const defaultAppointmentCatalogue: AppointmentCatalogue = {
  services,
  offices: [
    office(
      'mow-1',
      'Отдел по вопросам миграции, Москва (Сахарово)',
      'Migration office, Moscow (Sakharovo)',
      'Москва, пос. Сахарово, ул. Многофункциональная, 1',
      'Moscow, Sakharovo, Mnogofunktsionalnaya st., 1',
      'Europe/Moscow',
      3,
    ),
    office(
      'kgd-1',
      'Отдел по вопросам миграции, Калининград',
      'Migration office, Kaliningrad',
      'Калининград, ул. Советская, 13',
      'Kaliningrad, Sovetskaya st., 13',
      'Europe/Kaliningrad',
      1,
    ),
    office(
      'ekb-1',
      'Отдел по вопросам миграции, Екатеринбург',
      'Migration office, Yekaterinburg',
      'Екатеринбург, ул. Ленина, 17',
      'Yekaterinburg, Lenina st., 17',
      'Asia/Yekaterinburg',
      2,
    ),
    office(
      'nsk-1',
      'Отдел по вопросам миграции, Новосибирск',
      'Migration office, Novosibirsk',
      'Новосибирск, Красный проспект, 42',
      'Novosibirsk, Krasny prospekt, 42',
      'Asia/Novosibirsk',
      2,
    ),
    office(
      'vvo-1',
      'Отдел по вопросам миграции, Владивосток',
      'Migration office, Vladivostok',
      'Владивосток, ул. Светланская, 9',
      'Vladivostok, Svetlanskaya st., 9',
      'Asia/Vladivostok',
      1,
    ),
  ],
  holidays: russianPublicHolidays,
};

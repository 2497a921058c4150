// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// appointment catalogue's closed vocabularies are unions (weekdays, account levels), so a
// misspelled one fails to compile; office and service ids are plain strings, checked at run time
// by `defineAppointmentCatalogue`. The area's messages: `en` has exactly `ru`'s codes.
import { expectTypeOf } from 'vitest';
import type {
  AppointmentCatalogue,
  AppointmentServiceDefinition,
  OfficeServiceSchedule,
  Weekday,
} from './appointment-catalogue.js';
import type { AppointmentMessageCode } from './appointment-messages.js';
import { defaultAppointmentCatalogue } from './default-appointment-catalogue.js';
import { defineAppointmentCatalogue } from './define-appointment-catalogue.js';
import { en } from './locales/en.js';
import type { ru } from './locales/ru.js';

expectTypeOf(defaultAppointmentCatalogue).toEqualTypeOf<AppointmentCatalogue>();
expectTypeOf(defineAppointmentCatalogue).returns.toEqualTypeOf<AppointmentCatalogue>();
expectTypeOf<Weekday>().toEqualTypeOf<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'>();
expectTypeOf<keyof OfficeServiceSchedule['week']>().toEqualTypeOf<Weekday>();
expectTypeOf<AppointmentServiceDefinition['minLevel']>().toEqualTypeOf<
  'simplified' | 'standard' | 'confirmed'
>();
expectTypeOf<AppointmentServiceDefinition['id']>().toEqualTypeOf<string>();

const hours = { open: '09:00', close: '18:00' };
const schedule: OfficeServiceSchedule = {
  serviceId: 'rvp_extension',
  slotMinutes: 15,
  capacity: 2,
  week: { mon: hours, fri: hours },
};
void schedule;
const typo: OfficeServiceSchedule = {
  serviceId: 'rvp_extension',
  slotMinutes: 15,
  capacity: 2,
  // @ts-expect-error — `monday` is not a weekday key
  week: { monday: hours },
};
void typo;
defineAppointmentCatalogue({
  // @ts-expect-error — `services` is a list of definitions, not a map
  services: { rvp_extension: { minLevel: 'standard' } },
});
const service = defaultAppointmentCatalogue.services[0]!;
// @ts-expect-error — `gold` is not an account level
const gold: AppointmentServiceDefinition = { ...service, minLevel: 'gold' };
void gold;

expectTypeOf<keyof typeof en>().toEqualTypeOf<AppointmentMessageCode>();
expectTypeOf<keyof typeof ru>().toEqualTypeOf<AppointmentMessageCode>();
// @ts-expect-error — every code of `ru` needs an English message
const partialEn: typeof en = {};
void partialEn;

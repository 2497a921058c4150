// Type-level tests: checked by `tsc --noEmit` (`pnpm typecheck`), never run by vitest. The
// applications catalogue's closed vocabularies are unions, so a misspelled field kind or account
// level fails to compile; its codes and field names are plain strings, checked at run time. The
// area's messages: `en` has exactly `ru`'s codes.
import { expectTypeOf } from 'vitest';
import type { MessageTemplate } from '@kabinet/core';
import { dateSchema } from '@kabinet/validators/date';
import type { ApplicationMessageCode } from './application-messages.js';
import { defaultServiceCatalogue } from './default-service-catalogue.js';
import { en } from './locales/en.js';
import type { ru } from './locales/ru.js';
import type { FormField, ServiceDefinition } from './service-definition.js';

expectTypeOf(defaultServiceCatalogue).toEqualTypeOf<readonly ServiceDefinition[]>();
expectTypeOf<NonNullable<FormField['kind']>>().toEqualTypeOf<
  'text' | 'date' | 'phone' | 'migration_card' | 'address' | 'residence_permit'
>();
expectTypeOf<ServiceDefinition['minLevel']>().toEqualTypeOf<
  'simplified' | 'standard' | 'confirmed'
>();
expectTypeOf<ServiceDefinition['code']>().toEqualTypeOf<string>();

const title = { ru: 'Дата въезда', en: 'Arrival date' };
const arrival: FormField = {
  name: 'arrival',
  title,
  required: true,
  kind: 'date',
  schema: dateSchema,
};
void arrival;
const typo: FormField = {
  name: 'arrival',
  title,
  required: true,
  // @ts-expect-error — `datetime` is not a field kind
  kind: 'datetime',
  schema: dateSchema,
};
void typo;
const russianOnly: FormField = {
  name: 'arrival',
  // @ts-expect-error — a field has a title in both languages
  title: { ru: 'Дата' },
  required: true,
  schema: dateSchema,
};
void russianOnly;
const service = defaultServiceCatalogue[0]!;
// @ts-expect-error — `none` cannot apply for anything
const open: ServiceDefinition = { ...service, minLevel: 'none' };
void open;

expectTypeOf<keyof typeof en>().toEqualTypeOf<ApplicationMessageCode>();
expectTypeOf<keyof typeof ru>().toEqualTypeOf<ApplicationMessageCode>();
expectTypeOf(en['application.not_found']).toEqualTypeOf<MessageTemplate>();
// @ts-expect-error — every code of `ru` needs an English message
const partialEn: typeof en = { 'application.not_found': 'Application not found' };
void partialEn;

// The shapes of the personal data, address and identity document an input carries: types and
// sizes only. The use cases parse the domain values (names, dates, passport numbers, …) after
// `readInput` and answer with domain codes at the same paths. The HTTP routes take these
// shapes through the services' input schemas, so the API document shows the same fields.
import { DOCUMENT_KINDS, type DocumentKind } from '@kabinet/ports';
import { z } from 'zod';

const text = (max: number) => z.string().max(max);
// Typed as a plain zod type, so the API docs show the union (not zod's enum internals).
const SEX: z.ZodType<'male' | 'female', 'male' | 'female'> = z.enum(['male', 'female']);

/** An address in Russia (DOC-10): every part optional, each a bounded string. */
export const addressShape = z.object({
  postalIndex: text(16).optional(),
  region: text(200).optional(),
  city: text(200).optional(),
  street: text(200).optional(),
  house: text(40).optional(),
  building: text(40).optional(),
  apartment: text(40).optional(),
  freeForm: text(500).optional(),
});

/** Personal data as in the passport (DOC-8, DOC-9). */
export const personalShape = z.object({
  surname: text(200).describe('Cyrillic, as in Russian documents'),
  givenNames: text(200),
  patronymic: text(200).optional(),
  latinSurname: text(200).optional().describe('Latin, as in the passport'),
  latinGivenNames: text(200).optional(),
  birthDate: text(40).describe('ДД.ММ.ГГГГ or YYYY-MM-DD'),
  citizenship: text(8).describe('ISO 3166-1 alpha-3, e.g. UZB'),
  sex: SEX.optional(),
  address: addressShape.optional(),
});

// Typed as a plain zod type, so the API docs show the union (not zod's enum internals).
const DOCUMENT_KIND: z.ZodType<DocumentKind, DocumentKind> = z.enum(DOCUMENT_KINDS);

/** One identity document: its kind and the fields that kind needs (DOC-1…DOC-7). */
export const documentShape = z
  .object({
    kind: DOCUMENT_KIND,
    series: text(40).optional(),
    number: text(64).optional(),
    country: text(8).optional().describe('foreign passport: ISO alpha-3 issuing country'),
    issueDate: text(40).optional(),
    expiryDate: text(40).optional(),
    entryDate: text(40).optional().describe('migration card'),
    stayUntil: text(40).optional().describe('migration card'),
    validFrom: text(40).optional().describe('visa'),
    validUntil: text(40).optional().describe('visa'),
    category: text(40).optional().describe('visa'),
  })
  .catchall(z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
  .describe('The fields of one identity document; which are needed depends on `kind`');

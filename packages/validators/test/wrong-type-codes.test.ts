// DOC-11: a value of the wrong type gets the code `readInput` (@kabinet/core) gives the same value
// in a zod field of the type the validator wants — `input.not_a_string` where a string is
// wanted, `input.wrong_type {expected}` where another type is — so a field has one code whether
// a service's schema or a validator's hand-written parser checks it. The model is readInput
// itself, run on the same value; every such code has a message in Russian and English.
import { fc, test } from '@fast-check/vitest';
import { readInput, type Issue, type Result } from '@kabinet/core';
import { describe, expect } from 'vitest';
import { z } from 'zod';
import {
  checkPassword,
  parseAddress,
  parseBirthDate,
  parseDate,
  parseEmail,
  parseForeignPassport,
  parseInn,
  parseMigrationCard,
  parseMrz,
  parseName,
  parsePhone,
  parsePostalIndex,
  parseResidencePermit,
  parseRussianForeignPassport,
  parseRussianPassport,
  parseSnils,
  parseTemporaryResidencePermit,
  parseVisa,
  passwordPolicies,
  validatorMessages,
} from '../src/index.js';

const at = { path: ['field'] };

/** Validators of one string. */
const stringParsers: Record<string, (input: unknown) => Result<unknown>> = {
  parseSnils: (v) => parseSnils(v, at),
  parseInn: (v) => parseInn(v, at),
  parseRussianPassport: (v) => parseRussianPassport(v, at),
  parseRussianForeignPassport: (v) => parseRussianForeignPassport(v, at),
  parseForeignPassport: (v) => parseForeignPassport(v, { ...at, country: 'UZB' }),
  parseMigrationCard: (v) => parseMigrationCard(v, at),
  parsePhone: (v) => parsePhone(v, at),
  parseEmail: (v) => parseEmail(v, at),
  parseName: (v) => parseName(v, at),
  parseDate: (v) => parseDate(v, at),
  parseBirthDate: (v) => parseBirthDate(v, { ...at, now: Date.UTC(2026, 0, 1) }),
  parsePostalIndex: (v) => parsePostalIndex(v, at),
  checkPassword: (v) => checkPassword(v, passwordPolicies.portal, undefined, at),
};

/** Validators of an object, or of a string or an object, and what readInput would call them. */
const shapedParsers: Record<string, [(input: unknown) => Result<unknown>, z.ZodType]> = {
  parseResidencePermit: [(v) => parseResidencePermit(v, at), z.object({})],
  parseTemporaryResidencePermit: [(v) => parseTemporaryResidencePermit(v, at), z.object({})],
  parseAddress: [(v) => parseAddress(v, at), z.union([z.string(), z.object({})])],
};

/** What readInput answers for `value` in a field of `schema`, at the path `['field']`. */
function modelIssue(schema: z.ZodType, value: unknown): Issue {
  const read = readInput(z.object({ field: schema }), { field: value });
  if (read.success) throw new Error('the model accepted a value of the wrong type');
  return read.issues[0]!;
}

function firstIssue(result: Result<unknown>): Issue {
  if (result.success) throw new Error('a value of the wrong type was accepted');
  return result.issues[0]!;
}

function expectMessages(found: Issue): void {
  for (const locale of ['ru', 'en'] as const)
    expect(Object.hasOwn(validatorMessages[locale], found.code), `${found.code} ${locale}`).toBe(
      true,
    );
}

const primitive = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(Symbol.for('kabinet.test')),
);
/** Anything a JSON body or a careless caller hands over that is neither a string nor missing. */
const notAString = fc.oneof(
  primitive,
  fc.array(fc.anything()),
  fc.dictionary(fc.string(), fc.anything()),
  fc.date(),
  fc.constant(new Uint8Array([1, 2])),
);

describe('DOC-11: wrong types get readInput’s codes', () => {
  for (const [name, parse] of Object.entries(stringParsers))
    test.prop([notAString])(`DOC-11: ${name} names a non-string as readInput does`, (value) => {
      const found = firstIssue(parse(value));
      expect(found).toEqual(modelIssue(z.string(), value));
      expect(found.code).toBe('input.not_a_string');
      expectMessages(found);
    });

  for (const [name, [parse, schema]] of Object.entries(shapedParsers))
    test.prop([fc.oneof(primitive, fc.array(fc.anything()))])(
      `DOC-11: ${name} names a value of another type as readInput does`,
      (value) => {
        const found = firstIssue(parse(value));
        expect(found).toEqual(modelIssue(schema, value));
        expect(found.code).toBe('input.wrong_type');
        expectMessages(found);
      },
    );

  test.prop([fc.oneof(primitive, fc.dictionary(fc.string(), fc.anything()), fc.date())])(
    'DOC-11: parseMrz names what is neither text nor lines as readInput does',
    (value) => {
      const found = firstIssue(parseMrz(value, at));
      expect(found).toEqual(modelIssue(z.union([z.string(), z.array(z.string())]), value));
      expectMessages(found);
    },
  );

  test.prop([primitive])(
    'DOC-11: parseVisa names a number of another type as readInput does',
    (value) => {
      const found = firstIssue(parseVisa(value, at));
      expect(found).toEqual(modelIssue(z.string(), value));
    },
  );

  const fields: [string, (field: unknown) => Result<unknown>, readonly string[]][] = [
    ['parseAddress: city', (v) => parseAddress({ city: v }, at), ['field', 'city']],
    [
      'parseResidencePermit: number',
      (v) => parseResidencePermit({ number: v, issueDate: '01.02.2024' }, at),
      ['field', 'number'],
    ],
    [
      'parseTemporaryResidencePermit: decisionNumber',
      (v) => parseTemporaryResidencePermit({ decisionNumber: v }, at),
      ['field', 'decisionNumber'],
    ],
    [
      'parseResidencePermit: issueDate',
      (v) => parseResidencePermit({ number: '821234567', issueDate: v }, at),
      ['field', 'issueDate'],
    ],
  ];
  for (const [name, parse, path] of fields)
    test.prop([notAString])(`DOC-11: ${name} of another type is input.not_a_string`, (value) => {
      const issues = parse(value);
      expect(issues.success).toBe(false);
      if (issues.success) return;
      expect(issues.issues).toContainEqual({ code: 'input.not_a_string', path });
    });
});

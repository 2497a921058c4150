import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { computeMrzCheckDigit } from './compute-mrz-check-digit.js';
import { isMrz } from './is-mrz.js';
import { mrzSchema } from './mrz-schema.js';
import { parseMrz } from './parse-mrz.js';
import { crossCheckMrz } from '../mrz-cross-check/cross-check-mrz.js';
import { compareNameWithMrz } from '../name/compare-name-with-mrz.js';

const NOW = Date.UTC(2026, 0, 15);

// Independent reference of the ICAO check digit (validators.md §1.5).
function cd(s: string): string {
  const value = (c: string): number =>
    c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
  return String([...s].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3]!, 0) % 10);
}
const pad = (s: string, n: number): string => (s + '<'.repeat(n)).slice(0, n);

const TD3 = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
] as const;
const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
] as const;
const TD2 = [
  'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<',
  'D231458907UTO7408122F1204159<<<<<<<6',
] as const;
const MRV_A = [
  'V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L8988901C4XXX4009078F96121096ZE184226B<<<<<<',
] as const;
const MRV_B = [
  'V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<',
  'L8988901C4XXX4009078F9612109<<<<<<<<',
] as const;

/** A Russian internal passport's MRZ built with the reference check digit (synthetic data). */
function russianMrz(o: {
  series: string;
  number: string;
  issue: string;
  subdivision: string;
  name: string;
  birth: string;
  sex: string;
}): string[] {
  const doc = o.series.slice(0, 3) + o.number;
  const personal = o.series[3]! + o.issue + o.subdivision + '<';
  const head = doc + cd(doc) + 'RUS' + o.birth + cd(o.birth) + o.sex + '<<<<<<' + '<';
  const line2 = head + personal + cd(personal);
  const composite = line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43);
  return [pad('PNRUS' + o.name, 44), line2 + cd(composite)];
}

describe('computeMrzCheckDigit', () => {
  it('ICAO 520727 → 3, MVD 510509 → 2, Utopia specimen fields', () => {
    expect(computeMrzCheckDigit('520727')).toBe(3);
    expect(computeMrzCheckDigit('510509')).toBe(2);
    expect(computeMrzCheckDigit('L898902C3')).toBe(6);
    expect(computeMrzCheckDigit('740812')).toBe(2);
    expect(computeMrzCheckDigit('120415')).toBe(9);
    expect(computeMrzCheckDigit('ZE184226B<<<<<')).toBe(1);
    expect(computeMrzCheckDigit('D23145890')).toBe(7);
    expect(computeMrzCheckDigit('l898902c3')).toBeUndefined();
  });

  test.prop([
    fc.string({
      unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<'.split('')),
      maxLength: 40,
    }),
  ])('agrees with the reference', (s) => {
    expect(String(computeMrzCheckDigit(s))).toBe(cd(s));
  });
});

describe('parseMrz: ICAO specimens pass', () => {
  it('TD3 Utopia passport: every check digit and field', () => {
    expect(parseMrz(TD3, { now: NOW })).toEqual({
      success: true,
      data: {
        format: 'TD3',
        documentCode: 'P',
        issuingState: 'UTO',
        documentNumber: 'L898902C3',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
        nameTruncated: false,
        nationality: 'UTO',
        birthDate: '1974-08-12',
        sex: 'female',
        expiryDate: '2012-04-15',
        personalNumber: 'ZE184226B',
        optionalData: undefined,
        optionalData2: undefined,
        russianPassport: undefined,
        lines: [...TD3],
      },
    });
  });

  it('TD1 Utopia ID card (composite 6)', () => {
    expect(parseMrz(TD1.join('\n'))).toMatchObject({
      success: true,
      data: {
        format: 'TD1',
        documentNumber: 'D23145890',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
      },
    });
  });

  it('TD2 Utopia (composite 6)', () => {
    expect(parseMrz(TD2.join('\r\n'))).toMatchObject({
      success: true,
      data: { format: 'TD2', documentNumber: 'D23145890', nationality: 'UTO' },
    });
  });

  it('MRV-A and MRV-B Utopia visas have no composite digit', () => {
    expect(parseMrz(MRV_A, { now: NOW })).toMatchObject({
      success: true,
      data: {
        format: 'MRV-A',
        documentCode: 'V',
        documentNumber: 'L8988901C',
        nationality: 'XXX',
        birthDate: '1940-09-07',
        expiryDate: '1996-12-10',
        optionalData: '6ZE184226B',
      },
    });
    expect(parseMrz(MRV_B)).toMatchObject({
      success: true,
      data: { format: 'MRV-B', documentNumber: 'L8988901C', optionalData: undefined },
    });
  });

  it('TD1 long document number continued in the optional field (ICAO part 5 specimen)', () => {
    const lines = [
      'I<UTOD23145890<7349<<<<<<<<<<<',
      '3407127M9507122UTO<<<<<<<<<<<2',
      'STEVENSON<<PETER<JOHN<<<<<<<<<',
    ];
    expect(parseMrz(lines, { now: NOW })).toMatchObject({
      success: true,
      data: {
        documentNumber: 'D23145890734',
        birthDate: '1934-07-12',
        expiryDate: '1995-07-12',
        optionalData: undefined,
      },
    });
    // A 10-character number: the check digit right after the overflow.
    expect(
      parseMrz([
        'IDUTO123456789<07<<<<<<<<<<<<<',
        '8601012M3001019UTO<<<<<<<<<<<6',
        'SPECIMEN<<JANE<<<<<<<<<<<<<<<<',
      ]),
    ).toMatchObject({
      success: true,
      data: { documentNumber: '1234567890' },
    });
  });

  it('TD2 long document number continued in the optional field', () => {
    const number = 'AB12345678901';
    const optional = pad(number.slice(9) + cd(number), 7);
    const head = `${number.slice(0, 9)}<UTO7408122F1204159${optional}`;
    const lines = [
      'I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<',
      head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 35)),
    ];
    expect(parseMrz(lines)).toMatchObject({
      success: true,
      data: { format: 'TD2', documentNumber: number, optionalData: undefined },
    });
    const wrong = [
      lines[0]!,
      lines[1]!.replace(
        `${number.slice(9)}${cd(number)}`,
        `${number.slice(9)}${(Number(cd(number)) + 1) % 10}`,
      ),
    ];
    expect(parseMrz(wrong)).toMatchObject({
      success: false,
      issues: [{ params: { field: 'documentNumber' } }, { params: { field: 'composite' } }],
    });
  });

  it('one run of 88 characters, lines with spaces, and NFKC forms are read too', () => {
    expect(parseMrz(TD3.join('')).success).toBe(true);
    expect(parseMrz(`  ${TD3[0]}  \n\n ${TD3[1].slice(0, 20)} ${TD3[1].slice(20)}\n`).success).toBe(
      true,
    );
    expect(parseMrz(TD3.map((l) => l.replace(/</g, '＜')))).toMatchObject({ success: true });
  });
});

describe('parseMrz: check digits', () => {
  it('changing position 10 of the TD3 specimen breaks both the document-number check and the composite', () => {
    const line2 = `${TD3[1].slice(0, 9)}7${TD3[1].slice(10)}`;
    expect(parseMrz([TD3[0], line2])).toEqual({
      success: false,
      issues: [
        {
          code: 'mrz.check_digit',
          path: ['mrz'],
          params: { field: 'documentNumber', expected: 6, actual: '7' },
        },
        {
          code: 'mrz.check_digit',
          path: ['mrz'],
          params: { field: 'composite', expected: 7, actual: '0' },
        },
      ],
    });
  });

  it.each([
    ['birthDate', 19],
    ['expiryDate', 27],
    ['personalNumber', 42],
  ])('a wrong %s check digit is named', (field, index) => {
    const line = TD3[1];
    const wrong = String((Number(line[index]) + 1) % 10);
    const result = parseMrz([TD3[0], line.slice(0, index) + wrong + line.slice(index + 1)]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((i) => i.params?.['field'])).toContain(field);
  });

  it('an empty personal number may carry < or 0 as its check digit', () => {
    const build = (check: string): string[] => {
      const head = TD3[1].slice(0, 28) + '<'.repeat(14) + check;
      return [TD3[0], head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43))];
    };
    expect(parseMrz(build('<')).success).toBe(true);
    expect(parseMrz(build('0')).success).toBe(true);
    expect(parseMrz(build('5')).success).toBe(false);
  });

  it('TD1 and TD2 composite digits are checked', () => {
    expect(parseMrz([TD1[0], `${TD1[1].slice(0, 29)}5`, TD1[2]])).toMatchObject({
      issues: [{ params: { field: 'composite', expected: 6 } }],
    });
    expect(parseMrz([TD2[0], `${TD2[1].slice(0, 35)}5`])).toMatchObject({
      issues: [{ params: { field: 'composite', expected: 6 } }],
    });
  });
});

describe('parseMrz: the Russian internal passport (PN)', () => {
  const lines = russianMrz({
    series: '4510',
    number: '123456',
    issue: '200315',
    subdivision: '770053',
    name: 'IVANOV<<IVAN<IVANOVI3',
    birth: '800101',
    sex: 'M',
  });

  it('DOC-4: expiry all fillers with < as its check digit, series split between fields, names decoded', () => {
    expect(parseMrz(lines, { now: NOW })).toEqual({
      success: true,
      data: expect.objectContaining({
        format: 'TD3',
        documentCode: 'PN',
        issuingState: 'RUS',
        documentNumber: '451123456',
        expiryDate: undefined,
        birthDate: '1980-01-01',
        russianPassport: {
          series: '4510',
          number: '123456',
          issueDate: '2020-03-15',
          subdivisionCode: '770-053',
          surname: 'ИВАНОВ',
          givenNames: 'ИВАН ИВАНОВИЧ',
        },
      }),
    });
  });

  it('DOC-4: letters with digit substitutes (Ё→2, Й→Q, Ч→3, Ш→4, Щ→W, Ь→9, Э→6, Ю→7, Я→8) decode', () => {
    const r = parseMrz(
      russianMrz({
        series: '4510',
        number: '123456',
        issue: '150320',
        subdivision: '770053',
        name: 'W28LKIN<<6LINA<7R9EVNA',
        birth: '800101',
        sex: 'F',
      }),
    );
    expect(r).toMatchObject({
      success: true,
      data: { russianPassport: { surname: 'ЩЁЯЛКИН', givenNames: 'ЭЛИНА ЮРЬЕВНА' } },
    });
  });

  it('an unusual optional field is a warning, not a rejection', () => {
    const line2 = lines[1]!;
    const personal = 'X' + line2.slice(29, 43);
    const head = line2.slice(0, 28) + personal.slice(0, 14) + cd(personal.slice(0, 14));
    const other = [
      lines[0]!,
      head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43)),
    ];
    expect(parseMrz(other)).toMatchObject({
      success: true,
      warnings: [{ code: 'mrz.russian_layout' }],
      data: { russianPassport: undefined },
    });
  });

  it('an expiry of fillers is rejected for other documents', () => {
    const line2 = `${TD3[1].slice(0, 21)}<<<<<<<${TD3[1].slice(28)}`;
    const fixed =
      line2.slice(0, 43) + cd(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43));
    const r = parseMrz([TD3[0], fixed]);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues).toContainEqual({
        code: 'mrz.date',
        path: ['mrz'],
        params: { field: 'expiryDate' },
      });
  });
});

describe('parseMrz: malformed input (DOC-11)', () => {
  it('lower-case letters are refused up front with their position', () => {
    expect(parseMrz([TD3[0].toLowerCase(), TD3[1]])).toEqual({
      success: false,
      issues: [
        { code: 'mrz.characters', path: ['mrz'], params: { line: 1, column: 1, character: 'p' } },
      ],
    });
  });

  it('wrong line counts and lengths name them', () => {
    expect(parseMrz([TD3[0], TD3[1].slice(0, 43)])).toEqual({
      success: false,
      issues: [{ code: 'mrz.lines', path: ['mrz'], params: { lines: 2, lengths: '44, 43' } }],
    });
    expect(parseMrz('')).toEqual({
      success: false,
      issues: [{ code: 'input.required', path: ['mrz'] }],
    });
    expect(parseMrz(42)).toMatchObject({
      issues: [{ code: 'input.wrong_type', params: { expected: 'string | array' } }],
    });
  });

  it('a wrong document code, state, sex or date is named', () => {
    expect(parseMrz([`X${TD3[0].slice(1)}`, TD3[1]])).toMatchObject({
      issues: [{ code: 'mrz.document_code', params: { format: 'TD3', code: 'X<' } }],
    });
    const r = parseMrz([
      TD3[0],
      `${TD3[1].slice(0, 15)}13${TD3[1].slice(17, 20)}Q${TD3[1].slice(21)}`,
    ]);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['mrz.date', 'mrz.sex']));
    expect(parseMrz([`P<U1O${TD3[0].slice(5)}`, TD3[1]])).toMatchObject({
      issues: [{ code: 'mrz.state', params: { field: 'issuingState' } }],
    });
  });
});

// Generated TD3 MRZs with the reference check digits.
const alnum = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
const letters = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')),
  minLength: 1,
  maxLength: 12,
});
const yymmdd = fc
  .tuple(
    fc.integer({ min: 0, max: 99 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => [y, m, d].map((n) => String(n).padStart(2, '0')).join(''));
const td3 = fc
  .record({
    number: fc.string({ unit: alnum, minLength: 9, maxLength: 9 }),
    surname: letters,
    given: letters,
    birth: yymmdd,
    expiry: yymmdd,
    sex: fc.constantFrom('M', 'F', '<'),
    personal: fc.string({ unit: alnum, maxLength: 14 }),
  })
  .map((f) => {
    const personal = pad(f.personal, 14);
    const head = `${f.number}${cd(f.number)}UTO${f.birth}${cd(f.birth)}${f.sex}${f.expiry}${cd(f.expiry)}${personal}${cd(personal)}`;
    return {
      fields: f,
      lines: [
        pad(`P<UTO${f.surname}<<${f.given}`, 44),
        head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43)),
      ],
    };
  });

describe('parseMrz: properties', () => {
  test.prop([td3])('every generated TD3 passes and its fields come back', ({ fields, lines }) => {
    const r = parseMrz(lines, { now: NOW });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.documentNumber).toBe(fields.number);
    expect(r.data.surname).toBe(fields.surname);
    expect(r.data.givenNames).toBe(fields.given);
    expect(r.data.birthDate?.slice(2).replace(/-/g, '')).toBe(fields.birth);
    expect(r.data.expiryDate?.slice(2).replace(/-/g, '')).toBe(fields.expiry);
    expect(r.data.lines).toEqual(lines);
  });

  test.prop([
    td3,
    fc.constantFrom(13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26),
    fc.integer({ min: 1, max: 9 }),
  ])(
    'changing one digit of a date is always caught by a check digit',
    ({ lines }, index, delta) => {
      const line2 = lines[1]!;
      const changed =
        line2.slice(0, index) +
        String((Number(line2[index]) + delta) % 10) +
        line2.slice(index + 1);
      expect(parseMrz([lines[0]!, changed]).success).toBe(false);
    },
  );

  test.prop([td3, fc.constantFrom(13, 14, 15, 16, 17, 21, 22, 23, 24, 25)])(
    'swapping two adjacent date digits is caught whenever 7-3-1 weights can see it',
    ({ lines }, index) => {
      const line2 = lines[1]!;
      const a = Number(line2[index]);
      const b = Number(line2[index + 1]);
      const weights = [7, 3, 1];
      const start = index < 21 ? 13 : 21;
      const dw = weights[(index - start) % 3]! - weights[(index - start + 1) % 3]!;
      fc.pre(((a - b) * dw) % 10 !== 0);
      const swapped =
        line2.slice(0, index) + line2[index + 1]! + line2[index]! + line2.slice(index + 2);
      expect(parseMrz([lines[0]!, swapped]).success).toBe(false);
    },
  );

  test.prop([fc.anything()])('never throws', (input) => {
    expect(isMrz(input)).toBe(parseMrz(input).success);
  });

  test.prop([
    fc.array(
      fc.string({ unit: fc.constantFrom('A', '1', '<', 'a', ' ', '\u00a0'), maxLength: 46 }),
      { maxLength: 4 },
    ),
  ])('never throws on MRZ-like lines', (lines) => {
    expect(typeof parseMrz(lines).success).toBe('boolean');
  });
});

describe('mrzSchema', () => {
  it('outputs the parsed MRZ and names the failing check digit in params', () => {
    expect(mrzSchema.safeParse(TD3.join('\n')).success).toBe(true);
    const bad = mrzSchema.safeParse([TD3[0], `${TD3[1].slice(0, 43)}1`]);
    expect(bad.error?.issues[0]).toMatchObject({
      params: { code: 'mrz.check_digit', field: 'composite' },
    });
  });
});

// Indian passports: a single name in the given-name position, the surname empty (`P<IND<<NAME`).
/** A TD3 of an Indian-style passport, check digits by the reference (synthetic data). */
function indianTd3(nameField: string, number = 'J8369854'): string[] {
  const doc = pad(number, 9);
  const personal = pad('', 14);
  const head = `${doc}${cd(doc)}IND8501012M3003157${personal}${cd(personal)}`
    .replace('8501012', `850101${cd('850101')}`)
    .replace('M3003157', `M300315${cd('300315')}`);
  return [
    pad(`P<IND${nameField}`, 44),
    head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43)),
  ];
}

describe('parseMrz: a single name with an empty surname (Indian passports)', () => {
  it('DOC-8: P<IND<<RAMESH is accepted with the warning mrz.single_name, the name read as the surname', () => {
    const r = parseMrz(indianTd3('<<RAMESH'), { now: NOW });
    expect(r).toMatchObject({
      success: true,
      data: { issuingState: 'IND', surname: 'RAMESH', givenNames: '', nameTruncated: false },
      warnings: [{ code: 'mrz.single_name', path: ['mrz'] }],
    });
  });

  it('DOC-8: the typed single name compares as the surname, from the parsed parts and from the raw field', () => {
    const r = parseMrz(indianTd3('<<RAMESH'), { now: NOW });
    if (!r.success) throw new Error('expected success');
    expect(compareNameWithMrz({ surname: 'Ramesh' }, r.data)).toMatchObject({
      success: true,
      data: { method: 'exact' },
    });
    expect(compareNameWithMrz({ surname: 'Ramesh' }, pad('<<RAMESH', 39))).toMatchObject({
      success: true,
    });
    expect(compareNameWithMrz({ surname: 'Rakesh' }, r.data)).toMatchObject({
      success: false,
      issues: [{ code: 'name.mrz_mismatch', path: ['surname'] }],
    });
    expect(crossCheckMrz(r.data, { surname: 'RAMESH', givenNames: '' })).toMatchObject({
      success: true,
    });
  });

  it('DOC-8: still refused — a name field of fillers only, a name starting with one filler, digits', () => {
    for (const name of ['<<<<', '<RAMESH', '<<RAM3SH'])
      expect(parseMrz(indianTd3(name), { now: NOW })).toMatchObject({
        success: false,
        issues: [{ code: 'mrz.name' }],
      });
  });

  test.prop([letters, fc.option(letters, { nil: undefined })])(
    'DOC-8: any single name (one or two words) in the given-name position is accepted as the surname, with the warning',
    (first, second) => {
      const name = second === undefined ? first : `${first}<${second}`;
      const r = parseMrz(indianTd3(`<<${name}`), { now: NOW });
      expect(r).toMatchObject({
        success: true,
        data: { surname: name.replace('<', ' '), givenNames: '' },
        warnings: [{ code: 'mrz.single_name' }],
      });
      if (r.success)
        expect(compareNameWithMrz({ surname: name.replace('<', ' ') }, r.data).success).toBe(true);
    },
  );

  test.prop([td3])('DOC-8: a name with a surname carries no single-name warning', ({ lines }) => {
    const r = parseMrz(lines, { now: NOW });
    expect(r.success && (r.warnings ?? []).some((w) => w.code === 'mrz.single_name')).toBe(false);
  });
});

// Belgian identity cards: the long document number's check digit is computed over the number,
// the filler at position 15 and the continuation (PRADO BEL-BO-03003; peers special-case it).
/** A TD1 whose 12-character number continues in the optional field, with the chosen check digit. */
function longTd1(state: string, number: string, check: string): string[] {
  const line1 = pad(`ID${state}${number.slice(0, 9)}<${number.slice(9)}${check}`, 30);
  const head = `850101${cd('850101')}F300315${cd('300315')}${state}${'<'.repeat(11)}`;
  const composite = line1.slice(5, 30) + head.slice(0, 7) + head.slice(8, 15) + head.slice(18, 29);
  return [line1, head + cd(composite), pad('PEETERS<<AN', 30)];
}
const belgianCheck = (number: string): string => cd(`${number.slice(0, 9)}<${number.slice(9)}`);
const digits12 = fc.string({
  unit: fc.constantFrom(...'0123456789'.split('')),
  minLength: 12,
  maxLength: 12,
});

describe('parseMrz: Belgian identity cards check the long number over the filler', () => {
  // 000590448122: the ICAO check over 000590448122 is 5, the Belgian one over 000590448<122 is 9.
  it('DOC-4: IDBEL000590448<1229 with the check digit over the filler is accepted with the warning mrz.check_digit_filler', () => {
    expect(cd('000590448122')).toBe('5');
    expect(belgianCheck('000590448122')).toBe('9');
    expect(parseMrz(longTd1('BEL', '000590448122', '9'), { now: NOW })).toMatchObject({
      success: true,
      data: { issuingState: 'BEL', documentNumber: '000590448122' },
      warnings: [{ code: 'mrz.check_digit_filler', params: { field: 'documentNumber' } }],
    });
  });

  it('DOC-4: the ICAO check digit still passes without a warning; a digit neither way is refused', () => {
    expect(parseMrz(longTd1('BEL', '000590448122', '5'), { now: NOW })).toMatchObject({
      success: true,
    });
    expect(parseMrz(longTd1('BEL', '000590448122', '5'), { now: NOW })).not.toHaveProperty(
      'warnings',
    );
    expect(parseMrz(longTd1('BEL', '000590448122', '7'), { now: NOW })).toMatchObject({
      success: false,
      issues: [{ code: 'mrz.check_digit', params: { field: 'documentNumber', expected: 5 } }],
    });
  });

  it('DOC-4: only Belgian cards: the same number from another state is refused', () => {
    expect(parseMrz(longTd1('UTO', '000590448122', '9'), { now: NOW })).toMatchObject({
      success: false,
      issues: [{ code: 'mrz.check_digit' }],
    });
  });

  test.prop([digits12])(
    'DOC-4: every Belgian long number with either check digit passes; the filler variant warns exactly when the two differ',
    (number) => {
      const icao = cd(number);
      const belgian = belgianCheck(number);
      const r = parseMrz(longTd1('BEL', number, belgian), { now: NOW });
      expect(r).toMatchObject({ success: true, data: { documentNumber: number } });
      expect(r.success && (r.warnings ?? []).some((w) => w.code === 'mrz.check_digit_filler')).toBe(
        icao !== belgian,
      );
      const plain = parseMrz(longTd1('BEL', number, icao), { now: NOW });
      expect(plain.success && plain.warnings === undefined).toBe(true);
    },
  );

  test.prop([digits12, fc.constantFrom('UTO', 'D<<', 'NLD', 'FRA')])(
    'DOC-4: other states get no filler leniency',
    (number, state) => {
      fc.pre(cd(number) !== belgianCheck(number));
      expect(parseMrz(longTd1(state, number, belgianCheck(number)), { now: NOW }).success).toBe(
        false,
      );
    },
  );
});

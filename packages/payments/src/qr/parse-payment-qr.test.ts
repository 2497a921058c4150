import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildPaymentQr } from './build-payment-qr.js';
import { encodePaymentQr } from './encode-payment-qr.js';
import { parsePaymentQr } from './parse-payment-qr.js';
import type { PaymentQrFields, QrEncoding } from './payment-qr-types.js';

const codes = (r: { success: boolean; issues?: readonly { code: string }[] }): string[] =>
  r.success ? [] : (r.issues ?? []).map((i) => i.code);
const VECTOR =
  'ST00012|Name=ООО «Три кита»|PersonalAcc=40702810138250123017|BankName=ОАО "БАНК"|BIC=044525225|CorrespAcc=30101810400000000225|Sum=100000';

describe('GOST R 56042-2014 payment QR (reference §1.8 vectors)', () => {
  it('parses the reference vector: UTF-8, separator |, mandatory order, both account keys, 1000.00 RUB', () => {
    const r = parsePaymentQr(VECTOR);
    expect(r).toEqual({
      success: true,
      data: {
        encoding: 'utf-8',
        separator: '|',
        fields: {
          Name: 'ООО «Три кита»',
          PersonalAcc: '40702810138250123017',
          BankName: 'ОАО "БАНК"',
          BIC: '044525225',
          CorrespAcc: '30101810400000000225',
          Sum: '100000',
        },
        amountKopecks: 100_000,
        extra: {},
      },
    });
  });

  it('rejects the reference failures: ST00014 header, missing BIC, a broken account key', () => {
    expect(codes(parsePaymentQr(VECTOR.replace('ST00012', 'ST00014')))).toEqual(['qr.header']);
    expect(codes(parsePaymentQr(VECTOR.replace('|BIC=044525225', '')))).toEqual([
      'qr.missing_field',
    ]);
    expect(codes(parsePaymentQr(VECTOR.replace('123017', '123018')))).toEqual(['bank.account_key']);
  });

  it('accepts another separator (#) and a trailing separator', () => {
    const hash = VECTOR.replaceAll('|', '#');
    expect(parsePaymentQr(hash).success && parsePaymentQr(hash)).toMatchObject({
      data: { separator: '#', amountKopecks: 100_000 },
    });
    expect(parsePaymentQr(`${VECTOR}|`).success).toBe(true);
  });

  it('accepts a state-duty QR: treasury account 03…, ЕКС 40102… as correspondent, TOFK BIK 00…, УИН, tech code', () => {
    const duty =
      'ST00012|Name=УФК по г. Москве (ГУ МВД России по г. Москве)|PersonalAcc=03100643000000017300|BankName=ГУ Банка России по ЦФО//УФК по г. Москве|BIC=004525988|CorrespAcc=40102810545370000003|Sum=350000|PayeeINN=7707089101|KPP=770731005|CBC=18810806000010008110|OKTMO=45382000|UIN=32117072411021588933|TechCode=05';
    const r = parsePaymentQr(duty);
    expect(r.success).toBe(true);
    expect(r.success && r.data.fields.UIN).toBe('32117072411021588933');
    expect(
      codes(parsePaymentQr(duty.replace('UIN=32117072411021588933', 'UIN=32117072411021588934'))),
    ).toEqual(['uin.checksum']);
    expect(codes(parsePaymentQr(duty.replace('TechCode=05', 'TechCode=16')))).toEqual([
      'qr.value_format',
    ]);
  });

  it('reports limits, shapes, duplicates, malformed pairs; warns about order and unknown keys', () => {
    expect(
      codes(parsePaymentQr(VECTOR.replace('Name=ООО «Три кита»', `Name=${'Я'.repeat(161)}`))),
    ).toEqual(['qr.value_too_long']);
    expect(codes(parsePaymentQr(VECTOR.replace('BIC=044525225', 'BIC=04452522')))).toEqual([
      'qr.value_format',
    ]);
    expect(codes(parsePaymentQr(`${VECTOR}|Sum=5`))).toEqual(['qr.duplicate_field']);
    expect(codes(parsePaymentQr(`${VECTOR}|sum=5`))).toEqual(['qr.duplicate_field']);
    expect(parsePaymentQr(`${VECTOR}|junk`)).toEqual({
      success: false,
      issues: [{ code: 'qr.field_format', path: [6], params: { index: 6 } }],
    });
    expect(codes(parsePaymentQr(`${VECTOR}|Sum=1.5`.replace('|Sum=100000', '')))).toEqual([
      'qr.value_format',
    ]);
    expect(codes(parsePaymentQr('ST00012'))).toEqual(['qr.separator']);
    expect(codes(parsePaymentQr('ST00012A'))).toEqual(['qr.separator']);
    expect(codes(parsePaymentQr(42))).toEqual(['input.not_a_string']);
    const reordered = parsePaymentQr(
      'ST00012|BIC=044525225|Name=ООО «Три кита»|PersonalAcc=40702810138250123017|BankName=ОАО "БАНК"|CorrespAcc=30101810400000000225|Custom=1',
    );
    expect(reordered.success && reordered.warnings?.map((w) => w.code)).toEqual([
      'qr.unknown_field',
      'qr.mandatory_order',
    ]);
    expect(reordered.success && reordered.data.extra).toEqual({ Custom: '1' });
    expect(parsePaymentQr(`${VECTOR}|Purpose=`)).toMatchObject({
      success: true,
      data: { fields: { Sum: '100000' } },
    });
  });

  it('reads bytes in the declared encoding: windows-1251 and KOI8-R round-trip, invalid UTF-8 is reported', () => {
    // KOI8-R has no guillemets: its vector quotes the name with '"'.
    for (const [flag, encoding, name] of [
      ['1', 'windows-1251', 'ООО «Три кита»'],
      ['3', 'koi8-r', 'ООО "Три кита"'],
    ] as const) {
      const text = VECTOR.replace('ST00012', `ST0001${flag}`).replace('ООО «Три кита»', name);
      const bytes = encodePaymentQr(text);
      expect(bytes.length).toBe([...text].length);
      const r = parsePaymentQr(bytes);
      expect(r.success && r.data.encoding).toBe(encoding);
      expect(r.success && r.data.fields.Name).toBe(name);
    }
    expect(() => encodePaymentQr(VECTOR.replace('ST00012', 'ST00013'))).toThrow(/koi8-r/);
    expect(encodePaymentQr('ST00011|Name=Т')[13]).toBe(0xd2);
    const broken = new Uint8Array([...new TextEncoder().encode('ST00012|Name='), 0xff, 0xfe]);
    expect(codes(parsePaymentQr(broken))).toEqual(['qr.decoding']);
    expect(codes(parsePaymentQr(new Uint8Array([1, 2, 3])))).toEqual(['qr.header']);
    expect(() => encodePaymentQr('hello')).toThrow(/header/);
  });

  it('builds: picks a separator absent from the data, refuses characters the encoding lacks', () => {
    const fields: PaymentQrFields = {
      Name: 'A|B',
      PersonalAcc: '40702810138250123017',
      BankName: 'Банк',
      BIC: '044525225',
      CorrespAcc: '30101810400000000225',
    };
    const built = buildPaymentQr({ fields });
    expect(built.success && built.data.slice(0, 8)).toBe('ST00012#');
    expect(
      codes(buildPaymentQr({ fields: { ...fields, Name: 'Tea 🍵' }, encoding: 'windows-1251' })),
    ).toEqual(['qr.unencodable']);
    expect(codes(buildPaymentQr({ fields, separator: '|' }))).toEqual(['qr.separator']);
    expect(codes(buildPaymentQr({ fields: { ...fields, BIC: '1' } }))).toEqual(['qr.value_format']);
    expect(codes(buildPaymentQr({ fields, extra: { Sum: '1' } }))).toEqual(['qr.field_format']);
    const everySeparator = '|#;:^_~{}!$%&()*+,/@';
    expect(codes(buildPaymentQr({ fields: { ...fields, Name: everySeparator } }))).toEqual([
      'qr.separator_unavailable',
    ]);
  });

  const text = (max: number) =>
    fc
      .string({
        unit: fc.constantFrom(...'АБВгдеЁё «»"№ -.,abcXYZ019|#;:'),
        minLength: 1,
        maxLength: max,
      })
      .filter((s) => s.trim() === s && s.length > 0);
  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const fieldsArb = fc.record(
    {
      Name: text(160),
      BankName: text(45),
      Sum: digits(6).map((s) => String(Number(s) + 1)),
      Purpose: text(210),
      PayeeINN: digits(10),
      OKTMO: digits(8),
      UIN: fc.constant('32117072411021588933'),
    },
    { requiredKeys: ['Name', 'BankName'] },
  );

  test.prop([fieldsArb, fc.constantFrom<QrEncoding>('utf-8', 'windows-1251', 'koi8-r')])(
    'build → parse returns the same fields (text and bytes)',
    (f, encoding) => {
      const fields: PaymentQrFields = {
        ...f,
        PersonalAcc: '40702810138250123017',
        BIC: '044525225',
        CorrespAcc: '30101810400000000225',
      };
      const built = buildPaymentQr({ fields, encoding });
      if (!built.success) {
        // Every separator candidate occurs in the data, or KOI8-R lacks «, » or №.
        const lacking = encoding === 'koi8-r' && /[«»№]/.test(Object.values(fields).join(''));
        expect(codes(built)).toEqual([lacking ? 'qr.unencodable' : 'qr.separator_unavailable']);
        return;
      }
      const parsed = parsePaymentQr(built.data);
      expect(parsed.success && parsed.data.fields).toEqual(fields);
      expect(parsed.success && parsed.warnings).toBeUndefined();
      const fromBytes = parsePaymentQr(encodePaymentQr(built.data));
      expect(fromBytes.success && fromBytes.data.fields).toEqual(fields);
      // parse → build gives the canonical text back.
      expect(
        parsed.success &&
          buildPaymentQr({
            fields: parsed.data.fields,
            encoding,
            separator: parsed.data.separator,
          }),
      ).toEqual({ success: true, data: built.data });
    },
  );

  test.prop([fc.string({ maxLength: 300 })])('never throws on arbitrary text (S-17)', (s) => {
    expect(typeof parsePaymentQr(`ST00012|${s}`).success).toBe('boolean');
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { makeExe, makeJpeg, makePdf, makePng } from '../../test/file-fixtures.js';
import { checkFile, type ScanVerdict } from './check-file.js';
import { checkFileHead } from './check-file-head.js';
import { createFileSchema } from './create-file-schema.js';
import { FILE_HEAD_BYTES, filePolicies } from './file-policies.js';
import { isFileAcceptable } from './is-file-acceptable.js';

const MB = 1024 * 1024;
const scanner = (verdict: ScanVerdict | 'throw') => {
  const seen: number[] = [];
  return {
    seen,
    scan: (bytes: Uint8Array): Promise<ScanVerdict> => {
      seen.push(bytes.length);
      return verdict === 'throw'
        ? Promise.reject(new Error('clamd down'))
        : Promise.resolve(verdict);
    },
  };
};

describe('checkFile', () => {
  test.prop([
    fc.record({
      width: fc.integer({ min: 1, max: 9000 }),
      height: fc.integer({ min: 1, max: 9000 }),
      dpi: fc.integer({ min: 1, max: 1200 }),
      scanBytes: fc.integer({ min: 0, max: 20_000 }),
      seed: fc.nat(),
      how: fc.constantFrom('jfif', 'exif-le', 'exif-be', 'exif-cm'),
    }),
  ])(
    'FILE-1 / FILE-2: generated JPEGs pass as documents and report their size and density',
    async ({ width, height, dpi, scanBytes, seed, how }) => {
      const jpeg =
        how === 'jfif'
          ? makeJpeg({ width, height, scanBytes, seed, jfif: { units: 1, x: dpi, y: dpi } })
          : how === 'exif-cm'
            ? makeJpeg({ width, height, scanBytes, seed, exif: { x: dpi, y: dpi, unit: 3 } })
            : makeJpeg({
                width,
                height,
                scanBytes,
                seed,
                exif: { x: dpi, y: dpi, littleEndian: how === 'exif-le' },
              });
      const r = await checkFile(jpeg, filePolicies.document);
      const expectedDpi = how === 'exif-cm' ? Math.round(dpi * 2.54) : dpi;
      expect(r).toMatchObject({
        success: true,
        data: {
          mime: 'image/jpeg',
          ext: 'jpg',
          size: jpeg.length,
          width,
          height,
          dpi: { x: expectedDpi, y: expectedDpi },
        },
      });
      const scan = await checkFile(jpeg, filePolicies.passportScan);
      expect(scan.success).toBe(expectedDpi >= 300);
    },
  );

  test.prop([fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 60 })])(
    'FILE-4: a JPEG cut anywhere after its header is refused as truncated',
    async (scanBytes, cut) => {
      const jpeg = makeJpeg({ scanBytes, jfif: { units: 1, x: 300, y: 300 } });
      // Cut inside the scan data or the EOI marker (the header stays whole).
      const r = await checkFile(
        jpeg.subarray(0, jpeg.length - Math.min(cut, scanBytes + 2)),
        filePolicies.document,
      );
      expect(r).toMatchObject({
        success: false,
        issues: [{ code: 'file.truncated', params: { type: 'JPEG' } }],
      });
    },
  );

  test.prop([fc.integer({ min: 1, max: 40 })])(
    'FILE-4: a PNG cut anywhere after its IHDR is refused as truncated',
    async (cut) => {
      const png = makePng({ physPerMetre: 11811 });
      const r = await checkFile(png.subarray(0, png.length - cut), filePolicies.document);
      expect(r).toMatchObject({
        success: false,
        issues: [{ code: 'file.truncated', params: { type: 'PNG' } }],
      });
    },
  );

  test.prop([fc.uint8Array({ maxLength: 5000 })])(
    'S-13 / S-17: random bytes never throw and never pass as something unchecked',
    async (bytes) => {
      const r = await checkFile(bytes, filePolicies.document);
      if (r.success) expect(['application/pdf', 'image/jpeg', 'image/png']).toContain(r.data.mime);
      else expect(r.issues[0]!.code).toMatch(/^(file|input)\./);
    },
  );

  test.prop([fc.anything()])('S-17: no input of any shape throws', async (input) => {
    const r = await checkFile(input as Uint8Array, filePolicies.document);
    expect(typeof r.success).toBe('boolean');
  });

  test.prop([fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 255 })])(
    'FILE-4: flipping a byte inside a PNG chunk is caught by its CRC',
    async (at, value) => {
      const png = makePng({ physPerMetre: 11811 });
      const i = 8 + (at % (png.length - 8));
      fc.pre(png[i] !== value);
      const damaged = Uint8Array.from(png);
      damaged[i] = value;
      const r = await checkFile(damaged, filePolicies.document);
      expect(r.success).toBe(false);
    },
  );

  it('FILE-4 / S-13: a renamed .exe is refused by its bytes, whatever its name', async () => {
    const r = await checkFile(makeExe(), filePolicies.document, { declaredName: 'passport.jpg' });
    expect(r).toEqual({
      success: false,
      issues: [
        {
          code: 'file.type_not_allowed',
          path: ['file'],
          params: { detected: 'exe', allowed: 'PDF, JPEG, PNG' },
        },
      ],
    });
  });

  it('FILE-1 / FILE-4: what is uploaded instead is refused and named: phone photos, Word files, archives, binaries', async () => {
    const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
    const named: [string, number[]][] = [
      ['heic', [0, 0, 0, 0x18, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic')]],
      ['webp', [...ascii('RIFF'), 0x24, 0x10, 0, 0, ...ascii('WEBPVP8 ')]],
      ['zip', [...ascii('PK'), 3, 4, 20, 0, 6, 0, 8, 0, ...ascii('[Content_Types].xml')]], // a .docx
      ['cfb', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // a .doc
      ['elf', [0x7f, ...ascii('ELF'), 2, 1, 1, 0]],
      ['tif', [...ascii('II*'), 0, 8, 0, 0, 0]],
    ];
    for (const [detected, head] of named) {
      const file = Uint8Array.from([...head, ...new Uint8Array(64)]);
      expect(
        await checkFile(file, filePolicies.document, { declaredName: 'passport.pdf' }),
      ).toEqual({
        success: false,
        issues: [
          {
            code: 'file.type_not_allowed',
            path: ['file'],
            params: { detected, allowed: 'PDF, JPEG, PNG' },
          },
        ],
      });
    }
  });

  it('FILE-2 / FILE-3: an animated PNG (APNG) is refused as apng: the first frame need not be what a viewer shows', async () => {
    const png = makePng({ physPerMetre: 11811 });
    // acTL (2 frames, loop forever) right after IHDR, before IDAT.
    const actl = [
      0,
      0,
      0,
      8,
      ...[0x61, 0x63, 0x54, 0x4c],
      0,
      0,
      0,
      2,
      0,
      0,
      0,
      0,
      0x8a,
      0x3e,
      0x9e,
      0xa4,
    ];
    const apng = Uint8Array.from([...png.subarray(0, 33), ...actl, ...png.subarray(33)]);
    expect(await checkFile(apng, filePolicies.photo)).toMatchObject({
      issues: [{ code: 'file.type_not_allowed', params: { detected: 'apng' } }],
    });
  });

  it('FILE-4: a type signature counts only at the first byte: a PDF behind a UTF-8 BOM or a space is of unknown type', async () => {
    for (const prefix of [[0xef, 0xbb, 0xbf], [0x20]]) {
      expect(
        await checkFile(Uint8Array.from([...prefix, ...makePdf()]), filePolicies.document),
      ).toMatchObject({ issues: [{ code: 'file.unknown_type' }] });
    }
  });

  it('FILE-4: truncated PNG (no IEND), JPEG (no EOI) and PDF (no %%EOF) are refused with a clear issue', async () => {
    expect(await checkFile(makePng({ iend: false }), filePolicies.document)).toMatchObject({
      issues: [{ code: 'file.truncated', params: { type: 'PNG' } }],
    });
    expect(await checkFile(makeJpeg({ eoi: false }), filePolicies.document)).toMatchObject({
      issues: [{ code: 'file.truncated', params: { type: 'JPEG' } }],
    });
    expect(await checkFile(makePdf({ eof: false }), filePolicies.document)).toMatchObject({
      issues: [{ code: 'file.truncated', params: { type: 'PDF' } }],
    });
    expect(await checkFile(makePdf(), filePolicies.document)).toMatchObject({
      success: true,
      data: { mime: 'application/pdf', ext: 'pdf', scan: 'skipped' },
    });
  });

  it('S-13: a PNG with anything after IEND — an appended executable, a zip, one stray byte — is refused with file.trailing_data', async () => {
    const png = makePng({ physPerMetre: 11811 });
    expect(await checkFile(png, filePolicies.passportScan)).toMatchObject({ success: true });
    for (const tail of [
      makeExe(),
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
      Uint8Array.of(0),
    ]) {
      const { seen, scan } = scanner('clean');
      const r = await checkFile(Uint8Array.from([...png, ...tail]), filePolicies.passportScan, {
        scan,
      });
      expect(r).toEqual({
        success: false,
        issues: [{ code: 'file.trailing_data', path: ['file'], params: { type: 'PNG' } }],
      });
      // Refused on its structure, before the scanning hook sees it.
      expect(seen).toEqual([]);
    }
  });

  test.prop([fc.uint8Array({ minLength: 1, maxLength: 64 })])(
    "S-13: whatever follows a PNG's IEND, the file is refused",
    async (tail) => {
      const r = await checkFile(Uint8Array.from([...makePng(), ...tail]), filePolicies.photo);
      expect(r).toMatchObject({ success: false, issues: [{ code: 'file.trailing_data' }] });
    },
  );

  it('FILE-2: a 72-dpi scan is refused as a passport scan; 300 dpi passes; no density is refused too', async () => {
    expect(
      await checkFile(makeJpeg({ jfif: { units: 1, x: 72, y: 72 } }), filePolicies.passportScan),
    ).toEqual({
      success: false,
      issues: [{ code: 'file.dpi_too_low', path: ['file'], params: { dpi: 72, min: 300 } }],
    });
    expect(
      await checkFile(makePng({ physPerMetre: 2835 }), filePolicies.passportScan),
    ).toMatchObject({ issues: [{ code: 'file.dpi_too_low', params: { dpi: 72 } }] });
    expect(
      await checkFile(makePng({ physPerMetre: 11811 }), filePolicies.passportScan),
    ).toMatchObject({ success: true, data: { dpi: { x: 300, y: 300, source: 'png-phys' } } });
    expect(
      await checkFile(makeJpeg({ jfif: { units: 2, x: 118, y: 118 } }), filePolicies.passportScan),
    ).toMatchObject({ success: true, data: { dpi: { x: 300 } } });
    expect(
      await checkFile(makeJpeg({ jfif: { units: 0, x: 1, y: 1 } }), filePolicies.passportScan),
    ).toMatchObject({ issues: [{ code: 'file.dpi_unknown', params: { min: 300 } }] });
    expect(await checkFile(makeJpeg(), filePolicies.passportScan)).toMatchObject({
      issues: [{ code: 'file.dpi_unknown' }],
    });
    // EXIF wins over JFIF when both are present.
    expect(
      await checkFile(
        makeJpeg({ jfif: { units: 1, x: 300, y: 300 }, exif: { x: 72, y: 72 } }),
        filePolicies.passportScan,
      ),
    ).toMatchObject({ issues: [{ code: 'file.dpi_too_low' }] });
    expect(await checkFile(makePdf(), filePolicies.passportScan)).toMatchObject({
      issues: [
        { code: 'file.type_not_allowed', params: { detected: 'pdf', allowed: 'JPEG, PNG' } },
      ],
    });
  });

  it('FILE-2: the strict preset also wants the pixels of a 300-dpi passport page', async () => {
    const small = makeJpeg({ width: 800, height: 560, jfif: { units: 1, x: 300, y: 300 } });
    expect(await checkFile(small, filePolicies.passportScan)).toMatchObject({ success: true });
    expect(await checkFile(small, filePolicies.passportScanStrict)).toMatchObject({
      issues: [
        {
          code: 'file.resolution_too_low',
          params: { width: 800, height: 560, minLong: 1476, minShort: 1039 },
        },
      ],
    });
    expect(
      await checkFile(
        makeJpeg({ width: 1100, height: 1600, jfif: { units: 1, x: 300, y: 300 } }),
        filePolicies.passportScanStrict,
      ),
    ).toMatchObject({ success: true });
  });

  it('FILE-1 / FILE-3: 5 MB for documents, 2 MB for photos, empty files refused', async () => {
    const big = makeJpeg({ scanBytes: 2.5 * MB, jfif: { units: 1, x: 300, y: 300 } });
    expect(await checkFile(big, filePolicies.document)).toMatchObject({ success: true });
    expect(await checkFile(big, filePolicies.photo)).toMatchObject({
      issues: [{ code: 'file.too_large', params: { max: 2 * MB, maxMb: 2 } }],
    });
    const padded = new Uint8Array(5 * MB + 1);
    padded.set(makePdf());
    expect(await checkFile(padded, filePolicies.document)).toMatchObject({
      issues: [{ code: 'file.too_large', params: { maxMb: 5 } }],
    });
    expect(await checkFile(new Uint8Array(0), filePolicies.document)).toMatchObject({
      issues: [{ code: 'file.empty' }],
    });
    expect(
      await checkFile(new TextEncoder().encode('just text'), filePolicies.document),
    ).toMatchObject({ issues: [{ code: 'file.unknown_type' }] });
    expect(await checkFile(makePng().buffer as ArrayBuffer, filePolicies.photo)).toMatchObject({
      success: true,
    });
  });

  it('FILE-4 / S-13: the scanning hook runs last, and infected or failed scans refuse the file', async () => {
    const clean = scanner('clean');
    expect(await checkFile(makePng(), filePolicies.photo, { scan: clean.scan })).toMatchObject({
      success: true,
      data: { scan: 'clean' },
    });
    expect(
      await checkFile(makePng(), filePolicies.photo, { scan: scanner('infected').scan }),
    ).toEqual({ success: false, issues: [{ code: 'file.infected', path: ['file'] }] });
    expect(
      await checkFile(makePng(), filePolicies.photo, { scan: scanner('error').scan }),
    ).toMatchObject({ issues: [{ code: 'file.scan_failed' }] });
    expect(
      await checkFile(makePng(), filePolicies.photo, { scan: scanner('throw').scan }),
    ).toMatchObject({ issues: [{ code: 'file.scan_failed' }] });
    const notReached = scanner('clean');
    await checkFile(makeExe(), filePolicies.photo, { scan: notReached.scan });
    expect(notReached.seen).toEqual([]);
    expect(await checkFile(makePng(), filePolicies.photo)).toMatchObject({
      success: true,
      data: { scan: 'skipped' },
    });
  });

  it('FILE-4: a name that disagrees with the content is a warning, not the verdict', async () => {
    expect(
      await checkFile(makePng(), filePolicies.photo, { declaredName: 'photo.JPG' }),
    ).toMatchObject({
      success: true,
      warnings: [{ code: 'file.name_mismatch', params: { detected: 'png' } }],
    });
    expect(
      await checkFile(makeJpeg(), filePolicies.photo, { declaredName: 'photo.JPEG' }),
    ).not.toHaveProperty('warnings');
    expect(await isFileAcceptable(makePng(), filePolicies.photo)).toBe(true);
  });

  it('FILE-4: the async zod schema carries our codes', async () => {
    const form = z.object({ scan: createFileSchema(filePolicies.passportScan) });
    const bad = await form.safeParseAsync({ scan: makeJpeg({ jfif: { units: 1, x: 72, y: 72 } }) });
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['scan'],
      params: { code: 'file.dpi_too_low', dpi: 72 },
    });
    expect(await form.safeParseAsync({ scan: makePng({ physPerMetre: 11811 }) })).toMatchObject({
      success: true,
      data: { scan: { ext: 'png' } },
    });
  });
});

describe('checkFileHead', () => {
  it('S-13: refuses by declared size and by the first bytes, before the body is read', async () => {
    const head = makeJpeg({ scanBytes: 10_000 }).subarray(0, FILE_HEAD_BYTES);
    expect(await checkFileHead(head, 3 * MB, filePolicies.photo)).toMatchObject({
      issues: [{ code: 'file.too_large', params: { maxMb: 2 } }],
    });
    expect(await checkFileHead(head, 1 * MB, filePolicies.photo)).toEqual({
      success: true,
      data: { mime: 'image/jpeg', ext: 'jpg' },
    });
    expect(
      await checkFileHead(makeExe().subarray(0, 64), 1000, filePolicies.document),
    ).toMatchObject({ issues: [{ code: 'file.type_not_allowed', params: { detected: 'exe' } }] });
    expect(await checkFileHead(makePdf().subarray(0, 16), 1000, filePolicies.photo)).toMatchObject({
      issues: [{ code: 'file.type_not_allowed', params: { detected: 'pdf' } }],
    });
    expect(await checkFileHead(makePng().subarray(0, 40), 1000, filePolicies.photo)).toEqual({
      success: true,
      data: { mime: 'image/png', ext: 'png' },
    });
    expect(await checkFileHead(makePng().subarray(0, 15), 1000, filePolicies.photo)).toMatchObject({
      issues: [{ code: 'file.unknown_type' }],
    });
    expect(await checkFileHead(head, 0, filePolicies.photo)).toMatchObject({
      issues: [{ code: 'file.empty' }],
    });
    expect(await checkFileHead(head, -1, filePolicies.photo)).toMatchObject({
      issues: [{ code: 'input.wrong_format' }],
    });
    expect(await checkFileHead(head, Number.NaN, filePolicies.photo)).toMatchObject({
      issues: [{ code: 'input.wrong_format' }],
    });
  });

  test.prop([
    fc.uint8Array({ maxLength: FILE_HEAD_BYTES }),
    fc.integer({ min: -10, max: 10 * MB }),
  ])('S-17: never throws', async (bytes, size) => {
    expect(typeof (await checkFileHead(bytes, size, filePolicies.document)).success).toBe(
      'boolean',
    );
  });
});

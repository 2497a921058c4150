// sniffFileType against file-type 21.3.4, the detector it replaced, as the oracle: on the same
// bytes they must agree whether a file is PDF, JPEG or PNG — what FILE-1…FILE-3 accept —, and
// whatever the sniffer names, file-type must name too. The deliberate differences are listed
// in DIFFERENCES below and explained in docs/validators-disagreements.md.
import { fc, test } from '@fast-check/vitest';
import { fileTypeFromBuffer } from 'file-type/core';
import { describe, expect, it } from 'vitest';
import { makeExe, makeJpeg, makePdf, makePng } from '../../test/file-fixtures.js';
import { FILE_HEAD_BYTES } from '../file/file-policies.js';
import { sniffFileType, type SniffedType } from './sniff-file-type.js';

const bytes = (...parts: (string | readonly number[] | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : [...p])),
  );
const be32 = (n: number): number[] => [
  (n >>> 24) & 0xff,
  (n >>> 16) & 0xff,
  (n >>> 8) & 0xff,
  n & 0xff,
];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// A chunk with its declared length; the data may be shorter or longer (a head, or a lie).
const chunk = (type: string, length: number, data: readonly number[] = []): number[] => [
  ...be32(length),
  ...bytes(type),
  ...data,
  0,
  0,
  0,
  0,
];
const ftyp = (brand: string): Uint8Array =>
  bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0], 'isommp42');

/** Deliberate differences, each documented in docs/validators-disagreements.md. */
const DIFFERENCES = {
  // file-type strips a UTF-8 BOM, or skips an ID3v2 tag, and detects what follows; a
  // signature counts at offset 0 only here (the structure readers need it there too).
  reentryPrefix: (b: Uint8Array): boolean =>
    (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) ||
    (b[0] === 0x49 && b[1] === 0x44 && b[2] === 0x33),
  // What file-type may answer where the sniffer names a family by its container.
  family: {
    zip: [
      'zip',
      'docx',
      'docm',
      'dotx',
      'dotm',
      'xlsx',
      'xlsm',
      'xltx',
      'xltm',
      'pptx',
      'pptm',
      'potx',
      'potm',
      'ppsx',
      'ppsm',
      'vsdx',
      '3mf',
      'epub',
      'odt',
      'ott',
      'ods',
      'ots',
      'odp',
      'otp',
      'odg',
      'otg',
      'jar',
      'apk',
      'xpi',
    ],
    // file-type walks the first IFD (cr2, nef, arw, dng) and gives up when it lies past the head.
    tif: ['tif', 'cr2', 'nef', 'arw', 'dng', undefined],
  } as Partial<Record<SniffedType, readonly (string | undefined)[]>>,
};

const ALLOWED = new Set<string | undefined>(['pdf', 'jpg', 'png']);
const allowed = (ext: string | undefined): string | undefined =>
  ALLOWED.has(ext) ? ext : undefined;

async function expectAgreement(input: Uint8Array): Promise<void> {
  const ours = sniffFileType(input);
  const theirs = (await fileTypeFromBuffer(input))?.ext;
  const context = { input: Buffer.from(input.subarray(0, 48)).toString('hex'), ours, theirs };
  if (DIFFERENCES.reentryPrefix(input)) expect(ours, JSON.stringify(context)).toBeUndefined();
  else expect(allowed(ours), JSON.stringify(context)).toBe(allowed(theirs));
  if (ours !== undefined)
    expect(DIFFERENCES.family[ours] ?? [ours], JSON.stringify(context)).toContain(theirs);
}

// Leading bytes of every type the sniffer names, of near misses, and of types it leaves to
// file-type (or that only file-type's later checks would claim).
const SIGNATURES: readonly Uint8Array[] = [
  bytes('%PDF-1.7\n'),
  bytes('%PDF'),
  bytes('%!PS-Adobe-3.0 EPSF-3.0'),
  bytes([0xff, 0xd8, 0xff, 0xe0]),
  bytes([0xff, 0xd8, 0xff, 0xe1]),
  bytes([0xff, 0xd8, 0xff, 0xdb]),
  bytes([0xff, 0xd8, 0xff, 0xf7]), // JPEG-LS
  bytes([0xff, 0xd8, 0xfe]),
  bytes(PNG_SIGNATURE),
  bytes(PNG_SIGNATURE, chunk('IHDR', 13, Array(13).fill(1))),
  bytes(PNG_SIGNATURE, chunk('IHDR', 13, Array(13).fill(1)), be32(5), 'IHDR'), // the head ends on a chunk header
  bytes('BM'),
  bytes('MZ'),
  bytes('GIF89a'),
  bytes([0x1f, 0x8b, 0x08]),
  bytes('8BPS'),
  bytes('PK', [3, 4]),
  bytes('PK', [5, 6]),
  bytes('PK', [7, 8]),
  bytes('PK', [3, 6]),
  bytes('II*\0'),
  bytes('MM\0*'),
  bytes('II+\0'),
  bytes('II', [0xbc]),
  bytes([0x7f], 'ELF'),
  bytes([0xfe, 0xed, 0xfa, 0xce]),
  bytes([0xfe, 0xed, 0xfa, 0xcf]),
  bytes([0xce, 0xfa, 0xed, 0xfe]),
  bytes([0xcf, 0xfa, 0xed, 0xfe]),
  bytes([0xca, 0xfe, 0xba, 0xbe]),
  bytes('<?xml '),
  bytes('<svg xmlns="http://www.w3.org/2000/svg">'),
  bytes('<!DOCTYPE html>'),
  bytes('7z', [0xbc, 0xaf, 0x27, 0x1c]),
  bytes('Rar!', [0x1a, 0x07]),
  bytes('Rar!', [0x1a, 0x07, 0x00]),
  bytes('Rar!', [0x1a, 0x07, 0x01, 0x00]),
  bytes('RIFF', [0x24, 0x10, 0, 0], 'WEBPVP8 '),
  bytes('RIFF', 'ftypWEBP'), // a RIFF size spelling `ftyp`: an ISO media box to file-type
  bytes('RIFF', 'freeWEBP'),
  bytes('RIFF', [0x24, 0x10, 0, 0], 'AVI '),
  bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  ...[
    'isom',
    'mp42',
    'avif',
    'avis',
    'mif1',
    'msf1',
    'heic',
    'heix',
    'hevc',
    'hevx',
    'qt  ',
    'M4V ',
    'M4VH',
    'M4A ',
    'F4V ',
    'crx ',
    '3gp4',
    '3g2a',
    'M4XY',
    '\0\0\0\0',
    'qt\0\0',
    'q\0t ',
    ' qt ',
  ].map(ftyp),
  bytes([0, 0, 1, 0xba], 'ftypisom'), // an MPEG pack header to file-type
  bytes([0, 0x61, 0x73, 0x6d], 'ftypisom'), // WebAssembly to file-type
  bytes('FORM', 'ftypisom'), // AIFF to file-type
  bytes([0, 0, 0, 8], 'free'),
  bytes([0, 0, 0, 0x0c], 'jP  \r\n', [0x87, 0x0a], [0, 0, 0, 0x14], 'ftypjp2 '),
  bytes([0, 0, 0, 0x0c], 'JXL \r\n', [0x87, 0x0a]),
  bytes([0xff, 0x0a]),
  bytes([0xef, 0xbb, 0xbf], '%PDF-1.4\n'),
  bytes([0xef, 0xbb, 0xbf, 0xff, 0xd8, 0xff, 0xe0]),
  bytes('ID3', [4, 0, 0, 0, 0, 0, 0], [0xff, 0xd8, 0xff, 0xe0]),
  bytes('OggS'),
  bytes('fLaC'),
  bytes('{\\rtf1'),
  bytes('%!PS'),
];

const tail = fc.uint8Array({ maxLength: 200 });
const signatureWithTail = fc
  .tuple(fc.constantFrom(...SIGNATURES), tail)
  .map(([s, t]) => bytes(s, t));
const truncatedSignature = fc
  .constantFrom(...SIGNATURES)
  .chain((s) => fc.integer({ min: 0, max: s.length }).map((n) => s.subarray(0, n)));
const signatureAtOffset1 = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...SIGNATURES), tail)
  .map(([b, s, t]) => bytes([b], s, t));
const pngChunks = fc
  .array(
    fc.record({
      type: fc.oneof(
        fc.constantFrom('IHDR', 'IDAT', 'acTL', 'CgBI', 'pHYs', 'tEXt', 'IEND'),
        fc.string({ minLength: 4, maxLength: 4 }),
      ),
      length: fc.oneof(
        fc.constant(13),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 0xffffffff }),
      ),
      data: fc.uint8Array({ maxLength: 40 }),
    }),
    { maxLength: 6 },
  )
  .map((chunks) => {
    // Declared length and data length agree unless the declared one is large.
    const parts = chunks.map(({ type, length, data }) =>
      chunk(
        type
          .padEnd(4, ' ')
          .slice(0, 4)
          .replace(/[^\x00-\xff]/g, '?'),
        length,
        length <= 40 ? Array(length).fill(7) : [...data],
      ),
    );
    return bytes(PNG_SIGNATURE, parts.flat());
  });
const pngCut = pngChunks.chain((b) =>
  fc.integer({ min: 0, max: b.length }).map((n) => b.subarray(0, n)),
);
const fixtures = fc
  .constantFrom(
    makeJpeg({ jfif: { units: 1, x: 300, y: 300 } }),
    makeJpeg({ exif: { x: 72, y: 72 } }),
    makePng({ physPerMetre: 11811 }),
    makePng(),
    makePdf(),
    makeExe(),
  )
  .chain((f) =>
    fc.integer({ min: 0, max: f.length }).map((n) => f.subarray(0, Math.min(n, FILE_HEAD_BYTES))),
  );

describe('sniffFileType', () => {
  test.prop(
    [fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: FILE_HEAD_BYTES }))],
    { numRuns: 500 },
  )(
    'FILE-1 / FILE-4: on random bytes it agrees with file-type on PDF, JPEG and PNG',
    expectAgreement,
  );

  it('FILE-1 / FILE-4: on every listed signature, and every prefix of it, it agrees with file-type', async () => {
    for (const signature of SIGNATURES)
      for (let n = 0; n <= signature.length; n++) await expectAgreement(signature.subarray(0, n));
  });

  test.prop([fc.oneof(signatureWithTail, truncatedSignature, signatureAtOffset1)], {
    numRuns: 2000,
  })(
    'FILE-1 / FILE-4: on signatures with random tails, cut short or shifted by a byte it agrees with file-type',
    expectAgreement,
  );

  test.prop([fc.oneof(pngChunks, pngCut)], { numRuns: 1000 })(
    'FILE-1 / FILE-4: on PNG chunk sequences (IHDR, IDAT, acTL, CgBI, lying lengths) it agrees with file-type',
    expectAgreement,
  );

  test.prop([fixtures], { numRuns: 300 })(
    'FILE-1: on the test fixtures and every head of them it agrees with file-type',
    expectAgreement,
  );

  it.each([
    ['pdf', makePdf()],
    ['jpg', makeJpeg()],
    ['png', makePng()],
    [
      'apng',
      bytes(
        PNG_SIGNATURE,
        chunk('IHDR', 13, Array(13).fill(1)),
        chunk('acTL', 8, Array(8).fill(0)),
        chunk('IDAT', 1, [0]),
      ),
    ],
    ['exe', makeExe()],
    ['elf', bytes([0x7f], 'ELF', [2, 1, 1, 0])],
    ['zip', bytes('PK', [3, 4, 20, 0, 0, 0, 0, 0])],
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['webp', bytes('RIFF', [0x24, 0x10, 0, 0], 'WEBPVP8 ')],
    ['heic', ftyp('heic')],
    ['heic', ftyp('mif1')],
    ['avif', ftyp('avif')],
    ['mp4', ftyp('isom')],
    ['mov', ftyp('qt  ')],
    ['bmp', bytes('BM', [0x36, 0, 0, 0])],
    ['tif', bytes('II*\0', [8, 0, 0, 0])],
    ['cfb', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  ] as const)('FILE-4 / S-13: names %s by its bytes, as file-type does', async (type, input) => {
    expect(sniffFileType(input)).toBe(type);
    expect(DIFFERENCES.family[type] ?? [type]).toContain((await fileTypeFromBuffer(input))?.ext);
  });

  it('FILE-4: a signature counts at offset 0 only (file-type looks past a BOM or an ID3 tag)', async () => {
    const bomPdf = bytes([0xef, 0xbb, 0xbf], makePdf());
    expect(sniffFileType(bomPdf)).toBeUndefined();
    expect((await fileTypeFromBuffer(bomPdf))?.ext).toBe('pdf');
    expect(sniffFileType(bytes(' ', makePdf()))).toBeUndefined();
  });

  it('FILE-1: like file-type, stops a PNG walk after 512 chunks', async () => {
    const input = bytes(
      PNG_SIGNATURE,
      chunk('IHDR', 13, Array(13).fill(1)),
      ...Array.from({ length: 511 }, () => chunk('tEXt', 0)),
      chunk('IHDR', 5, Array(5).fill(1)),
    );
    expect(sniffFileType(input)).toBe('png');
    await expectAgreement(input);
  });

  it('FILE-4: leaves archives, Mach-O, PSD and XML unnamed (file.unknown_type: still refused, the subpath stays under 3 kB)', async () => {
    const unnamed = [
      ['macho', bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1])],
      ['rar', bytes('Rar!', [0x1a, 0x07, 0x01, 0x00])],
      ['7z', bytes('7z', [0xbc, 0xaf, 0x27, 0x1c, 0, 4])],
      ['gz', bytes([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3])],
      ['psd', bytes('8BPS', [0, 1])],
      ['xml', bytes('<?xml version="1.0"?><svg/>')],
    ] as const;
    for (const [type, input] of unnamed) {
      expect(sniffFileType(input)).toBeUndefined();
      expect((await fileTypeFromBuffer(input))?.ext).toBe(type);
    }
  });

  it('leaves unnamed what it does not know, and one byte', () => {
    // II*\x01 is no TIFF: file-type reads the version (42 or 43) as a 16-bit number.
    for (const input of [
      bytes(''),
      bytes('%'),
      bytes('just text'),
      bytes('<!DOCTYPE html>'),
      bytes('OggS'),
      ftyp('M4A '),
      bytes('II*\x01'),
      bytes('MM\x01*'),
    ]) {
      expect(sniffFileType(input)).toBeUndefined();
    }
  });
});

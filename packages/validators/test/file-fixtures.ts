// Builders of small, structurally valid JPEG, PNG and PDF files (and broken ones) for the file
// tests and the benchmark. CRCs come from node:zlib, independent of the checker's own CRC code.
import { crc32 } from 'node:zlib';

const be16 = (n: number): number[] => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number): number[] => [
  (n >>> 24) & 0xff,
  (n >>> 16) & 0xff,
  (n >>> 8) & 0xff,
  n & 0xff,
];
const le16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number): number[] => [
  n & 0xff,
  (n >>> 8) & 0xff,
  (n >>> 16) & 0xff,
  (n >>> 24) & 0xff,
];
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

function segment(marker: number, data: number[]): number[] {
  return [0xff, marker, ...be16(data.length + 2), ...data];
}

/** Options of {@link makeJpeg}. */
export interface JpegOptions {
  width?: number;
  height?: number;
  /** JFIF density: units 0 (aspect only), 1 (dpi) or 2 (dots per cm). */
  jfif?: { units: 0 | 1 | 2; x: number; y: number };
  /** EXIF IFD0 XResolution/YResolution/ResolutionUnit (2 inch, 3 cm). */
  exif?: { x: number; y: number; unit?: 1 | 2 | 3; littleEndian?: boolean };
  /** Bytes of entropy-coded data (with 0xFF stuffing and restart markers). */
  scanBytes?: number;
  /** Write the final EOI marker (default true). */
  eoi?: boolean;
  /** Seed of the pseudo-random scan data. */
  seed?: number;
}

function exifSegment(x: number, y: number, unit: number, little: boolean): number[] {
  const u16 = little ? le16 : be16;
  const u32 = little ? le32 : be32;
  // TIFF header (8) + IFD0 with 3 entries (2 + 36 + 4) = 50, then two RATIONALs at 50 and 58.
  const tiff = [...ascii(little ? 'II' : 'MM'), ...u16(42), ...u32(8), ...u16(3)];
  tiff.push(...u16(0x011a), ...u16(5), ...u32(1), ...u32(50));
  tiff.push(...u16(0x011b), ...u16(5), ...u32(1), ...u32(58));
  tiff.push(...u16(0x0128), ...u16(3), ...u32(1), ...u16(unit), 0, 0);
  tiff.push(...u32(0)); // no next IFD
  tiff.push(...u32(x * 100), ...u32(100), ...u32(y * 100), ...u32(100));
  return segment(0xe1, [...ascii('Exif\0\0'), ...tiff]);
}

/** A baseline JPEG skeleton that a marker walker accepts as whole. */
export function makeJpeg(options: JpegOptions = {}): Uint8Array {
  const width = options.width ?? 1600;
  const height = options.height ?? 1100;
  const bytes: number[] = [0xff, 0xd8];
  if (options.jfif !== undefined) {
    const { units, x, y } = options.jfif;
    bytes.push(...segment(0xe0, [...ascii('JFIF\0'), 1, 1, units, ...be16(x), ...be16(y), 0, 0]));
  }
  if (options.exif !== undefined)
    bytes.push(
      ...exifSegment(
        options.exif.x,
        options.exif.y,
        options.exif.unit ?? 2,
        options.exif.littleEndian ?? true,
      ),
    );
  bytes.push(...segment(0xdb, [0, ...Array.from({ length: 64 }, () => 1)]));
  bytes.push(...segment(0xc0, [8, ...be16(height), ...be16(width), 1, 1, 0x11, 0]));
  bytes.push(...segment(0xc4, [0, ...Array.from({ length: 16 }, (_, i) => (i === 0 ? 1 : 0)), 0]));
  bytes.push(...segment(0xda, [1, 1, 0, 0, 63, 0]));
  const head = Uint8Array.from(bytes);
  const scanLength = options.scanBytes ?? 2000;
  const scan = new Uint8Array(scanLength + Math.ceil(scanLength / 50) + 16);
  let n = 0;
  let state = options.seed ?? 12345;
  for (let i = 0; i < scanLength; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    const byte = (state >>> 16) & 0xff;
    scan[n++] = byte;
    if (byte === 0xff) scan[n++] = 0x00; // stuffing
    if (i % 4096 === 4095) {
      scan[n++] = 0xff;
      scan[n++] = 0xd0 + ((i >> 12) & 7); // restart marker
    }
  }
  const tail = options.eoi === false ? [] : [0xff, 0xd9];
  const out = new Uint8Array(head.length + n + tail.length);
  out.set(head, 0);
  out.set(scan.subarray(0, n), head.length);
  out.set(tail, head.length + n);
  return out;
}

function chunk(type: string, data: number[]): number[] {
  const body = Uint8Array.from([...ascii(type), ...data]);
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}

/** Options of {@link makePng}. */
export interface PngOptions {
  width?: number;
  height?: number;
  /** pHYs in pixels per metre (unit metre); 11811 ≈ 300 dpi, 2835 ≈ 72 dpi. */
  physPerMetre?: number;
  /** Write IEND (default true). */
  iend?: boolean;
}

/** A PNG with IHDR, optional pHYs, one IDAT and IEND, all with correct CRCs. */
export function makePng(options: PngOptions = {}): Uint8Array {
  const bytes: number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  bytes.push(
    ...chunk('IHDR', [
      ...be32(options.width ?? 1600),
      ...be32(options.height ?? 1100),
      8,
      2,
      0,
      0,
      0,
    ]),
  );
  if (options.physPerMetre !== undefined)
    bytes.push(...chunk('pHYs', [...be32(options.physPerMetre), ...be32(options.physPerMetre), 1]));
  bytes.push(...chunk('IDAT', [0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]));
  if (options.iend !== false) bytes.push(...chunk('IEND', []));
  return Uint8Array.from(bytes);
}

/** A minimal PDF; `eof: false` leaves out the closing `%%EOF`. */
export function makePdf(options: { eof?: boolean } = {}): Uint8Array {
  const body =
    '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n';
  return Uint8Array.from(ascii(options.eof === false ? body : `${body}%%EOF\n`));
}

/** The start of a Windows executable ("MZ" DOS header pointing at a "PE\0\0" header). */
export function makeExe(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set(ascii('MZ'), 0);
  bytes.set(le32(0x80), 0x3c);
  bytes.set(ascii('PE\0\0'), 0x80);
  return bytes;
}

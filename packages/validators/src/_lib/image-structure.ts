// Reads just enough of a JPEG, PNG or PDF to tell whether the file is whole (FILE-4: a
// truncated upload is rejected) and to find its pixel size and declared density (FILE-2:
// passport scans of at least 300 dpi). Every offset is bounds-checked: hostile bytes give a
// verdict, never an exception.
import { crc32 } from './crc32.js';

/** Horizontal and vertical density in dots per inch, rounded. */
export interface Density {
  readonly x: number;
  readonly y: number;
  /** Where it was read from. */
  readonly source: 'jfif' | 'exif' | 'png-phys';
}

/** Pixel size of an image. */
export interface PixelSize {
  readonly width: number;
  readonly height: number;
}

/** What the structure walk found. */
export interface Structure {
  /** `ok`, or why the file cannot be read whole, or (`trailing_data`) why it is more than the image. */
  readonly integrity: 'ok' | 'truncated' | 'corrupt' | 'trailing_data';
  readonly size?: PixelSize | undefined;
  readonly density?: Density | undefined;
}

const u16be = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
/** Big-endian unsigned 32-bit integer at `i` (bytes past the end read as 0). */
export const u32be = (b: Uint8Array, i: number): number =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;

function startsWith(b: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > b.length) return false;
  for (let i = 0; i < ascii.length; i++) if (b[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

function density(
  x: number,
  y: number,
  perCm: boolean,
  source: Density['source'],
): Density | undefined {
  if (!(x > 0 && y > 0 && x < Infinity && y < Infinity)) return undefined;
  const k = perCm ? 2.54 : 1;
  return { x: Math.round(x * k), y: Math.round(y * k), source };
}

// JFIF APP0: 'JFIF\0', version (2), units (0 none, 1 dpi, 2 dots/cm), Xdensity (2), Ydensity (2).
function jfifDensity(b: Uint8Array, start: number, end: number): Density | undefined {
  if (end - start < 12 || !startsWith(b, start, 'JFIF\0')) return undefined;
  const units = b[start + 7]!;
  if (units !== 1 && units !== 2) return undefined;
  return density(u16be(b, start + 8), u16be(b, start + 10), units === 2, 'jfif');
}

// EXIF APP1: 'Exif\0\0' then a TIFF header; IFD0 tags XResolution (0x011A), YResolution
// (0x011B) as RATIONAL and ResolutionUnit (0x0128; 2 inch — the default —, 3 cm, 1 none).
function exifDensity(b: Uint8Array, start: number, end: number): Density | undefined {
  if (end - start < 14 || !startsWith(b, start, 'Exif\0\0')) return undefined;
  // The TIFF header and its offsets, bounds-checked against the segment's end.
  const tiff = new DataView(b.buffer, b.byteOffset + start + 6, end - start - 6);
  const order = tiff.getUint16(0);
  const little = order === 0x4949;
  if (!little && order !== 0x4d4d) return undefined;
  const r16 = (o: number): number | undefined =>
    o + 2 <= tiff.byteLength ? tiff.getUint16(o, little) : undefined;
  const r32 = (o: number): number | undefined =>
    o + 4 <= tiff.byteLength ? tiff.getUint32(o, little) : undefined;
  const ifd = r32(4);
  if (ifd === undefined) return undefined;
  const count = r16(ifd);
  if (count === undefined) return undefined;
  let x: number | undefined;
  let y: number | undefined;
  let unit = 2;
  for (let n = 0; n < count; n++) {
    const entry = ifd + 2 + n * 12;
    const tag = r16(entry);
    if (tag === undefined) break;
    if (tag === 0x011a || tag === 0x011b) {
      const offset = r32(entry + 8);
      const num = offset === undefined ? undefined : r32(offset);
      const den = offset === undefined ? undefined : r32(offset + 4);
      const value = num !== undefined && den !== undefined && den > 0 ? num / den : undefined;
      if (tag === 0x011a) x = value;
      else y = value;
    } else if (tag === 0x0128) {
      unit = r16(entry + 8) ?? 2;
    }
  }
  if (unit !== 2 && unit !== 3) return undefined;
  return x === undefined || y === undefined ? undefined : density(x, y, unit === 3, 'exif');
}

/**
 * Walks JPEG markers to EOI, through entropy-coded scans; reads SOF size and density. Runs on
 * bytes sniffFileType named `jpg`, so FF D8 FF is already checked.
 */
export function readJpeg(b: Uint8Array): Structure {
  let i = 2;
  let size: PixelSize | undefined;
  let jfif: Density | undefined;
  let exif: Density | undefined;
  const result = (integrity: Structure['integrity']): Structure => ({
    integrity,
    size,
    density: exif ?? jfif,
  });
  for (;;) {
    if (i >= b.length) return result('truncated');
    if (b[i] !== 0xff) return result('corrupt');
    while (i < b.length && b[i] === 0xff) i++; // fill bytes
    if (i >= b.length) return result('truncated');
    const marker = b[i++]!;
    if (marker === 0xd9) return result('ok');
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (marker === 0x00 || marker === 0xd8) return result('corrupt');
    if (i + 2 > b.length) return result('truncated');
    const length = u16be(b, i);
    if (length < 2) return result('corrupt');
    const start = i + 2;
    const end = i + length;
    if (end > b.length) return result('truncated');
    if (marker === 0xe0) jfif ??= jfifDensity(b, start, end);
    else if (marker === 0xe1) exif ??= exifDensity(b, start, end);
    else if (
      marker >= 0xc0 &&
      marker <= 0xcf &&
      marker !== 0xc4 &&
      marker !== 0xc8 &&
      marker !== 0xcc &&
      end - start >= 5
    ) {
      size = { width: u16be(b, start + 3), height: u16be(b, start + 1) };
    }
    i = end;
    if (marker === 0xda) {
      // Entropy-coded data: skip to the next marker that is not a stuffed byte or a restart.
      for (;;) {
        const ff = b.indexOf(0xff, i);
        if (ff < 0 || ff + 1 >= b.length) return result('truncated');
        const next = b[ff + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) {
          i = ff + 2;
          continue;
        }
        if (next === 0xff) {
          i = ff + 1;
          continue;
        }
        i = ff;
        break;
      }
    }
  }
}

/**
 * Walks PNG chunks to IEND checking lengths and CRCs; reads IHDR size and pHYs density. Runs
 * on bytes sniffFileType named `png`, so the 8-byte signature is already checked.
 */
export function readPng(b: Uint8Array): Structure {
  let i = 8;
  let size: PixelSize | undefined;
  let phys: Density | undefined;
  const result = (integrity: Structure['integrity']): Structure => ({
    integrity,
    size,
    density: phys,
  });
  let first = true;
  for (;;) {
    if (i + 8 > b.length) return result('truncated');
    const length = u32be(b, i);
    if (length > 0x7fffffff) return result('corrupt');
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    if (!/^[A-Za-z]{4}$/.test(type)) return result('corrupt');
    const dataStart = i + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > b.length) return result('truncated');
    if (crc32(b, i + 4, dataEnd) !== u32be(b, dataEnd)) return result('corrupt');
    if (first && type !== 'IHDR') return result('corrupt');
    first = false;
    if (type === 'IHDR' && length >= 8) {
      size = { width: u32be(b, dataStart), height: u32be(b, dataStart + 4) };
    } else if (type === 'pHYs' && length >= 9 && b[dataStart + 8] === 1) {
      // Pixels per metre → dots per inch.
      phys = density(
        u32be(b, dataStart) * 0.0254,
        u32be(b, dataStart + 4) * 0.0254,
        false,
        'png-phys',
      );
    } else if (type === 'IEND') {
      // IEND is the end: bytes after it (an appended program or archive, S-13) are no part of the image.
      return result(dataEnd + 4 === b.length ? 'ok' : 'trailing_data');
    }
    i = dataEnd + 4;
  }
}

/** A PDF must start with `%PDF-` and end (up to 1 KB of trailing bytes) with `%%EOF`. */
export function readPdf(b: Uint8Array): Structure {
  if (!startsWith(b, 0, '%PDF-')) return { integrity: 'corrupt' };
  const from = Math.max(0, b.length - 1024);
  for (let i = b.length - 5; i >= from; i--)
    if (b[i] === 0x25 && startsWith(b, i, '%%EOF')) return { integrity: 'ok' };
  return { integrity: 'truncated' };
}

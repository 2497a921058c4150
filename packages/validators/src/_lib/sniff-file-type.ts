// Names a file's type from its first bytes (FILE-4, S-13: by content, never by name). It
// knows the three types the portal accepts and what is uploaded instead — phone photos and
// videos (HEIC, AVIF, WebP, GIF, MP4, MOV), scans (TIFF, BMP), Word files (.doc, and .docx as
// `zip`), executables renamed to look harmless (PE, ELF) — and follows the
// rules of file-type 21.3.4, its test oracle, for each of them: the same signatures, read
// from the first 32 bytes zero-padded as file-type pads its sample, each named only where no
// check file-type makes before it could claim the bytes. Deliberate differences (sniff-file-type.test.ts
// pins them, docs/validators-disagreements.md explains them): a signature counts at offset 0
// only — file-type also looks past a UTF-8 BOM or an ID3 tag —; every ZIP is `zip` and every
// TIFF `tif` (file-type reads on to name docx, apk, cr2, …, or gives up); types outside the
// list are `undefined` (still refused, as `file.unknown_type`; archives, Mach-O, PSD and XML
// went unnamed to keep the `/file` subpath under its 3 kB budget).
import { u32be } from './image-structure.js';

/** What {@link sniffFileType} names: file-type's extensions for the types it covers. */
export type SniffedType =
  | 'pdf'
  | 'jpg'
  | 'png'
  | 'apng'
  | 'bmp'
  | 'exe'
  | 'gif'
  | 'zip'
  | 'tif'
  | 'elf'
  | 'mov'
  | 'mp4'
  | 'avif'
  | 'heic'
  | 'webp'
  | 'cfb';

// PNG (file-type's walk): chunks up to the first IDAT (`png`) or an acTL before it (`apng`);
// the first chunk header must be there, every IHDR must be 13 bytes, only CgBI may precede
// IHDR; a chunk running past the end, or 512 chunks, end the walk as `png`.
function png(b: Uint8Array): SniffedType | undefined {
  let ihdr = false;
  for (let i = 8, n = 1; i + 8 <= b.length; n++) {
    const length = u32be(b, i);
    const type = String.fromCharCode(b[i + 4]!, b[i + 5]!, b[i + 6]!, b[i + 7]!);
    if (length > 0x7fffffff || (type === 'IHDR' && length !== 13)) return undefined;
    ihdr ||= type === 'IHDR';
    if (type === 'IDAT') return 'png';
    if (type === 'acTL') return 'apng';
    if (!ihdr && type !== 'CgBI') return undefined;
    i += length + 12;
    if (n === 512 || i + 8 >= b.length) return 'png';
  }
  return undefined;
}

// ISO base media (`ftyp` box): the major brand names the type. M4A, F4V, 3GP, CR3 and the
// like are left unnamed (file-type names them); every other brand is `mp4`.
function isoMedia(s: string): SniffedType | undefined {
  const brand = s.slice(8, 12).replace('\0', ' ').trim();
  if (/^avi[fs]$/.test(brand)) return 'avif';
  if (/^(mif1|msf1|hei[cx]|hev[cx])$/.test(brand)) return 'heic';
  if (brand === 'qt') return 'mov';
  return /^([MF]4|3g|crx)/.test(brand) ? undefined : 'mp4';
}

// Signatures at offset 0. No two overlap, so their order does not matter, and file-type
// tests each before any of its checks that this list lacks and that could match the same bytes.
const SIGNATURES: Readonly<Partial<Record<SniffedType, RegExp>>> = {
  bmp: /^BM/,
  exe: /^MZ/,
  gif: /^GIF/,
  jpg: /^\xff\xd8\xff(?!\xf7)/, // FF D8 FF F7 is JPEG-LS
  zip: /^PK[\x03\x05\x07][\x04\x06\x08]/,
  pdf: /^%PDF/,
  tif: /^(II[*+]\0|MM\0[*+])/,
  elf: /^\x7fELF/,
  // WebP only with a RIFF size under 16 MB (byte 7 zero): a size spelling `ftyp` or `free`
  // is an ISO media box to file-type, which tests that first.
  webp: /^RIFF...\0WEBP/s,
  cfb: /^\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1/,
};

/**
 * Names the type of a file from its first bytes, or `undefined` for a type it does not know.
 * Pure and synchronous. Reads the first 32 bytes; a PNG's chunk walk may read to the end, so
 * pass the head (`FILE_HEAD_BYTES`), as file-type was given.
 *
 * @param bytes - the first bytes of the file
 * @returns file-type's extension for it (`pdf`, `jpg`, `png`, `apng`, `exe`, `zip`, `heic`, …)
 * @example
 * ```ts
 * sniffFileType(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0)); // 'jpg'
 * sniffFileType(Uint8Array.of(0x4d, 0x5a, 0x90, 0x00)); // 'exe'
 * ```
 */
export function sniffFileType(bytes: Uint8Array): SniffedType | undefined {
  let s = '';
  for (let i = 0; i < 32; i++) s += String.fromCharCode(bytes[i] ?? 0);
  if (s.startsWith('\x89PNG\r\n\x1a\n')) return png(bytes);
  // An ISO box is named only when its size starts with two zero bytes and is not an MPEG pack
  // header: file-type tests it after signatures this sniffer lacks, which other bytes could be.
  if (/^\0\0(?!\x01\xba)..ftyp[\x20-\x7f\xa0-\xff]/s.test(s)) return isoMedia(s);
  for (const [type, signature] of Object.entries(SIGNATURES) as [SniffedType, RegExp][])
    if (signature.test(s)) return type;
  return undefined;
}

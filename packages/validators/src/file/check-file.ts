import { fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core/result';
import { asBytes, detectType, sizeIssue, typeLabel } from '../_lib/file-checks.js';
import { wrongTypeIssue } from '../_lib/normalize-input.js';
import { readJpeg, readPdf, readPng, type Structure } from '../_lib/image-structure.js';
import type { DetectedFileType } from './check-file-head.js';
import type { FilePolicy } from './file-policies.js';
import type { ValidatorIssueCode } from '../locales/validator-messages.js';

/** The verdict of an antivirus scan (FILE-4). */
export type ScanVerdict = 'clean' | 'infected' | 'error';

/**
 * The scanning hook (FILE-4, S-13): given the bytes, answers `clean`, `infected` or `error`.
 * Wrap ClamAV, a cloud scanner or a sandbox; a rejected promise counts as `error`.
 */
export type FileScanner = (bytes: Uint8Array) => Promise<ScanVerdict>;

/** A file that passed {@link checkFile}. */
export interface CheckedFile extends DetectedFileType {
  /** Size in bytes. */
  readonly size: number;
  /** Pixel width of an image. */
  readonly width?: number;
  /** Pixel height of an image. */
  readonly height?: number;
  /** Declared density of an image in dots per inch, and where it was read from. */
  readonly dpi?: {
    /** Horizontal dots per inch, rounded. */
    readonly x: number;
    /** Vertical dots per inch, rounded. */
    readonly y: number;
    /** JFIF APP0, EXIF IFD0 or PNG pHYs. */
    readonly source: 'jfif' | 'exif' | 'png-phys';
  };
  /** `clean` after the scanning hook said so; `skipped` when no hook was given. */
  readonly scan: 'clean' | 'skipped';
}

/** Options of {@link checkFile}. */
export interface CheckFileOptions {
  /** Path reported in issues (default `['file']`). */
  readonly path?: IssuePath;
  /**
   * The scanning hook (FILE-4), run last, only on a file that passed every other check.
   * Without it the result says `scan: 'skipped'`; code that stores files must always pass one.
   */
  readonly scan?: FileScanner;
  /** The file name the client sent: a different extension gives the warning `file.name_mismatch`. */
  readonly declaredName?: string;
}

const EXTENSIONS: Readonly<Record<DetectedFileType['ext'], readonly string[]>> = {
  pdf: ['pdf'],
  jpg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
};

function structureOf(bytes: Uint8Array, ext: DetectedFileType['ext']): Structure {
  if (ext === 'jpg') return readJpeg(bytes);
  if (ext === 'png') return readPng(bytes);
  return readPdf(bytes);
}

function imageIssues(
  { size, density }: Structure,
  policy: FilePolicy,
  path: IssuePath,
): Issue<ValidatorIssueCode>[] {
  const issues: Issue<ValidatorIssueCode>[] = [];
  const { minDpi, minLongSidePx: minLong = 0, minShortSidePx: minShort = 0 } = policy;
  if (minDpi !== undefined) {
    const dpi = density && Math.min(density.x, density.y);
    if (dpi === undefined) issues.push(issue('file.dpi_unknown', path, { min: minDpi }));
    else if (dpi < minDpi) issues.push(issue('file.dpi_too_low', path, { dpi, min: minDpi }));
  }
  // An unread size counts as 0 × 0; with neither minimum set nothing is below 0.
  const { width, height } = size ?? { width: 0, height: 0 };
  if (Math.max(width, height) < minLong || Math.min(width, height) < minShort) {
    issues.push(issue('file.resolution_too_low', path, { width, height, minLong, minShort }));
  }
  return issues;
}

/**
 * Checks an upload by its bytes (FILE-1…FILE-4, S-13): the size limit first, then the type
 * from the signature at its first byte — never the name or declared type, so an `.exe`
 * renamed `.jpg` is refused as `exe`. The detector follows file-type's rules and names what
 * is commonly sent instead (`heic`, `webp`, `zip` for a .docx, `cfb` for a .doc); an animated
 * PNG is `apng` and refused too. Then readability: a JPEG must run through its scans to EOI,
 * a PNG through CRC-checked chunks to IEND and end there (S-13: nothing may follow IEND —
 * an executable or archive appended to an image is refused), a PDF must end with `%%EOF`, so
 * truncated, damaged or padded uploads are refused. For images the declared density is read from JFIF APP0, EXIF
 * XResolution/ResolutionUnit (preferred when both are present) or PNG pHYs and compared
 * with `minDpi` (FILE-2); pixel size with `minLongSidePx` / `minShortSidePx`. Last, the
 * scanning hook runs (FILE-4): `infected` and `error` both refuse the file.
 *
 * @param bytes - the whole file
 * @param policy - a {@link FilePolicy}, e.g. {@link filePolicies}.passportScan
 * @param options - scanning hook, declared name, issue path
 * @returns the {@link CheckedFile} (warning `file.name_mismatch` (`detected`) when the name's
 *   extension differs from the content), or issues: `input.wrong_type` (not bytes), `file.empty`,
 *   `file.too_large` (`max`, `maxMb`), `file.unknown_type` (`allowed`),
 *   `file.type_not_allowed` (`detected`: file-type's extension, e.g. `exe`; `allowed`),
 *   `file.truncated` (`type`), `file.corrupt` (`type`), `file.trailing_data` (`type`: bytes
 *   after a PNG's IEND), `file.dpi_unknown` (`min`),
 *   `file.dpi_too_low` (`dpi`, `min`), `file.resolution_too_low` (`width`, `height`,
 *   `minLong`, `minShort`), `file.infected`, `file.scan_failed`
 * @example
 * ```ts
 * const r = await checkFile(bytes, filePolicies.passportScan, { scan: clamav, declaredName: 'passport.jpg' });
 * if (!r.success) r.issues[0]!.code; // e.g. 'file.dpi_too_low' for a 72-dpi scan
 * ```
 */
export async function checkFile(
  bytes: Uint8Array | ArrayBuffer,
  policy: FilePolicy,
  options?: CheckFileOptions,
): Promise<Result<CheckedFile, ValidatorIssueCode>> {
  const path = options?.path ?? ['file'];
  const data = asBytes(bytes);
  if (data === undefined) return fail(wrongTypeIssue(bytes, path, 'Uint8Array | ArrayBuffer'));
  const size = sizeIssue(data.length, policy, path);
  if (size !== undefined) return fail(size);
  const type = detectType(data, policy, path);
  if ('code' in type) return fail(type);
  const structure = structureOf(data, type.ext);
  if (structure.integrity !== 'ok')
    return fail(issue(`file.${structure.integrity}`, path, { type: typeLabel(type.mime) }));
  const problems = type.ext === 'pdf' ? [] : imageIssues(structure, policy, path);
  if (problems.length > 0) return fail(problems);

  let scan: CheckedFile['scan'] = 'skipped';
  if (options?.scan !== undefined) {
    let verdict: ScanVerdict;
    try {
      verdict = await options.scan(data);
    } catch {
      verdict = 'error';
    }
    if (verdict === 'infected') return fail(issue('file.infected', path));
    if (verdict !== 'clean') return fail(issue('file.scan_failed', path));
    scan = 'clean';
  }
  const warnings: Issue[] = [];
  const name = options?.declaredName;
  if (name !== undefined) {
    const dot = name.lastIndexOf('.');
    const ext = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
    if (!EXTENSIONS[type.ext].includes(ext))
      warnings.push(issue('file.name_mismatch', path, { detected: type.ext }));
  }
  const { size: pixels, density: dpi } = structure;
  return ok({ ...type, size: data.length, ...pixels, ...(dpi && { dpi }), scan }, warnings);
}

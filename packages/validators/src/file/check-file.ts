import { KabinetError, fail, issue, ok, type Issue, type IssuePath, type Result } from '@kabinet/core';
import { asBytes, detectType, sizeIssue } from '../_lib/file-checks.js';
import { readJpeg, readPdf, readPng, type Structure } from '../_lib/image-structure.js';
import type { DetectedFileType } from './check-file-head.js';
import type { FilePolicy } from './file-policies.js';

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
  /** The scanning hook, run last, only on a file that passed every other check. */
  readonly scan?: FileScanner;
  /** Throw `ERR_CONFIG` when no `scan` hook is given (for code that binds files to a profile). */
  readonly requireScan?: boolean;
  /** The file name the client sent: a different extension gives the warning `file.name_mismatch`. */
  readonly declaredName?: string;
}

const EXTENSIONS: Readonly<Record<DetectedFileType['ext'], readonly string[]>> = { pdf: ['pdf'], jpg: ['jpg', 'jpeg', 'jpe', 'jfif'], png: ['png'] };
const TYPE_NAME: Readonly<Record<DetectedFileType['ext'], string>> = { pdf: 'PDF', jpg: 'JPEG', png: 'PNG' };

function structureOf(bytes: Uint8Array, ext: DetectedFileType['ext']): Structure {
  if (ext === 'jpg') return readJpeg(bytes);
  if (ext === 'png') return readPng(bytes);
  return readPdf(bytes);
}

function imageIssues(structure: Structure, policy: FilePolicy, path: IssuePath): Issue[] {
  const issues: Issue[] = [];
  if (policy.minDpi !== undefined) {
    const d = structure.density;
    if (d === undefined) issues.push(issue('file.dpi_unknown', path, { min: policy.minDpi }));
    else if (Math.min(d.x, d.y) < policy.minDpi) issues.push(issue('file.dpi_too_low', path, { dpi: Math.min(d.x, d.y), min: policy.minDpi }));
  }
  if (policy.minLongSidePx !== undefined || policy.minShortSidePx !== undefined) {
    const { width, height } = structure;
    const long = width === undefined || height === undefined ? 0 : Math.max(width, height);
    const short = width === undefined || height === undefined ? 0 : Math.min(width, height);
    if (long < (policy.minLongSidePx ?? 0) || short < (policy.minShortSidePx ?? 0)) {
      issues.push(issue('file.resolution_too_low', path, { width: width ?? 0, height: height ?? 0, minLong: policy.minLongSidePx ?? 0, minShort: policy.minShortSidePx ?? 0 }));
    }
  }
  return issues;
}

/**
 * Checks an upload by its bytes (FILE-1…FILE-4, S-13): the size limit first, then the type
 * from magic bytes (file-type) — never the name or declared type, so an `.exe` renamed
 * `.jpg` is refused as `exe` —, then readability: a JPEG must run through its scans to EOI, a
 * PNG through CRC-checked chunks to IEND, a PDF must end with `%%EOF`, so truncated or damaged
 * uploads are refused. For images the declared density is read from JFIF APP0, EXIF
 * XResolution/ResolutionUnit (preferred when both are present) or PNG pHYs and compared
 * with `minDpi` (FILE-2); pixel size with `minLongSidePx` / `minShortSidePx`. Last, the
 * scanning hook runs (FILE-4): `infected` and `error` both refuse the file.
 *
 * @param bytes - the whole file
 * @param policy - a {@link FilePolicy}, e.g. {@link filePolicies}.passportScan
 * @param options - scanning hook, declared name, issue path
 * @returns the {@link CheckedFile} (warning `file.name_mismatch` (`detected`) when the name's
 *   extension differs from the content), or issues: `input.wrong_format`, `file.empty`,
 *   `file.too_large` (`max`, `maxMb`), `file.unknown_type` (`allowed`),
 *   `file.type_not_allowed` (`detected`, `allowed`), `file.truncated` (`type`),
 *   `file.corrupt` (`type`), `file.dpi_unknown` (`min`), `file.dpi_too_low` (`dpi`, `min`),
 *   `file.resolution_too_low` (`width`, `height`, `minLong`, `minShort`), `file.infected`,
 *   `file.scan_failed`
 * @throws KabinetError `ERR_CONFIG` when `requireScan` is set and no `scan` hook is given
 * @example
 * ```ts
 * const r = await checkFile(bytes, filePolicies.passportScan, { scan: clamav, declaredName: 'passport.jpg' });
 * if (!r.success) r.issues[0]!.code; // e.g. 'file.dpi_too_low' for a 72-dpi scan
 * ```
 */
export async function checkFile(bytes: Uint8Array | ArrayBuffer, policy: FilePolicy, options?: CheckFileOptions): Promise<Result<CheckedFile>> {
  if (options?.requireScan === true && options.scan === undefined) {
    throw new KabinetError('ERR_CONFIG', 'checkFile: requireScan is set but no scan hook was given (FILE-4)');
  }
  const path = options?.path ?? ['file'];
  const data = asBytes(bytes);
  if (data === undefined) return fail(issue('input.wrong_format', path));
  const size = sizeIssue(data.length, policy, path);
  if (size !== undefined) return fail(size);
  const type = await detectType(data, policy, path);
  if ('code' in type) return fail(type);
  const structure = structureOf(data, type.ext);
  if (structure.integrity !== 'ok') return fail(issue(`file.${structure.integrity}`, path, { type: TYPE_NAME[type.ext] }));
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
    if (!EXTENSIONS[type.ext].includes(ext)) warnings.push(issue('file.name_mismatch', path, { detected: type.ext }));
  }
  const d = structure.density;
  return ok(
    {
      ...type,
      size: data.length,
      ...(structure.width === undefined ? {} : { width: structure.width }),
      ...(structure.height === undefined ? {} : { height: structure.height }),
      ...(d === undefined ? {} : { dpi: { x: d.x, y: d.y, source: d.source } }),
      scan,
    },
    warnings,
  );
}

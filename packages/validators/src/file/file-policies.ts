/** The upload types the portal accepts (FILE-1). */
export type AllowedFileType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** Rules an uploaded file must meet. */
export interface FilePolicy {
  /** Types judged by content (magic bytes), never by name (FILE-4, S-13). */
  readonly allowedTypes: readonly AllowedFileType[];
  /** Largest size in bytes (FILE-1: 5 MB = 5 × 1024 × 1024). */
  readonly maxBytes: number;
  /** Least declared density in dots per inch (FILE-2: 300 for passport scans); unset = no check. */
  readonly minDpi?: number;
  /** Least pixel length of the longer side (a stricter check than declared dpi). */
  readonly minLongSidePx?: number;
  /** Least pixel length of the shorter side. */
  readonly minShortSidePx?: number;
}

const MB = 1024 * 1024;

/**
 * Upload policies: `document` (FILE-1: PDF, JPEG or PNG, at most 5 MB), `passportScan`
 * (FILE-2: JPEG or PNG, at least 300 dpi, at most 5 MB), `photo` (FILE-3: JPEG or PNG, at most
 * 2 MB) and the stricter `passportScanStrict`, which also demands the pixels a 300-dpi scan of
 * a passport page (125 × 88 mm) has — declared dpi alone can be set by any editor.
 *
 * @example
 * ```ts
 * await checkFile(bytes, filePolicies.passportScan);
 * await checkFile(bytes, { ...filePolicies.document, maxBytes: 10 * 1024 * 1024 });
 * ```
 */
export const filePolicies: {
  /** FILE-1: PDF, JPEG or PNG, at most 5 MB. */
  readonly document: FilePolicy;
  /** FILE-2: JPEG or PNG, at least 300 dpi, at most 5 MB. */
  readonly passportScan: FilePolicy;
  /** FILE-3: JPEG or PNG, at most 2 MB. */
  readonly photo: FilePolicy;
  /** FILE-2 plus at least 1476 × 1039 pixels (a 125 × 88 mm page at 300 dpi). */
  readonly passportScanStrict: FilePolicy;
} = {
  document: { allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 5 * MB },
  passportScan: { allowedTypes: ['image/jpeg', 'image/png'], maxBytes: 5 * MB, minDpi: 300 },
  photo: { allowedTypes: ['image/jpeg', 'image/png'], maxBytes: 2 * MB },
  passportScanStrict: {
    allowedTypes: ['image/jpeg', 'image/png'],
    maxBytes: 5 * MB,
    minDpi: 300,
    minLongSidePx: 1476,
    minShortSidePx: 1039,
  },
};

/**
 * How many leading bytes type detection reads (file-type's sample size, whose rules it
 * follows; only a PNG's chunk walk reads past the first 32): what an HTTP layer hands to
 * {@link checkFileHead}.
 *
 * @example
 * ```ts
 * const head = await readFirstBytes(stream, FILE_HEAD_BYTES);
 * ```
 */
export const FILE_HEAD_BYTES = 4100;

/**
 * Uploads judged by their bytes (FILE-1…FILE-4, S-13): size first, type from magic bytes,
 * readability (truncated JPEG/PNG/PDF refused), declared density of scans (300 dpi for
 * passports), then an antivirus hook. {@link checkFileHead} lets an HTTP layer refuse an
 * upload from its first bytes and declared size before reading the body; {@link checkFiles}
 * checks a list of uploads at once.
 *
 * @example
 * ```ts
 * import { checkFile, filePolicies } from '@kabinet/validators/file';
 * const r = await checkFile(bytes, filePolicies.passportScan, { scan: async (b) => ((await clamd.scan(b)).clean ? 'clean' : 'infected') });
 * if (r.success) r.data; // { mime: 'image/jpeg', ext: 'jpg', size, width, height, dpi: { x: 300, y: 300, source: 'jfif' }, scan: 'clean' }
 * ```
 *
 * @module @kabinet/validators/file
 */
export {
  checkFile,
  type CheckedFile,
  type CheckFileOptions,
  type FileScanner,
  type ScanVerdict,
} from './check-file.js';
export {
  checkFileHead,
  type CheckFileHeadOptions,
  type DetectedFileType,
} from './check-file-head.js';
export {
  filePolicies,
  FILE_HEAD_BYTES,
  type AllowedFileType,
  type FilePolicy,
} from './file-policies.js';
export { checkFiles, type CheckedUpload, type CheckFilesOptions } from './check-files.js';
export { isFileAcceptable } from './is-file-acceptable.js';
export { createFileSchema } from './create-file-schema.js';
export { uploadedFileSchema, type UploadedFile } from './uploaded-file-schema.js';

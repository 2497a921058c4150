import { fail, issue, ok, type Result } from '@kabinet/core';
import { readBodyBytes, type BodyIssueCode } from './read-body.js';

/** One uploaded file: its bytes, the form field it came in and the name the client gave it (informative only). */
export interface UploadedFile {
  /** The file's bytes, exactly as received. */
  readonly bytes: Uint8Array;
  /** The form field it came in (multipart only). */
  readonly field?: string;
  /** The name the client gave it (informative only, at most 255 characters). */
  readonly fileName?: string;
}

/**
 * An upload: the first file's bytes and name (the whole body for a raw upload), every file of
 * a multipart form in order, and the form's text fields.
 */
export interface Upload {
  /** The first file's bytes (a raw upload: the whole body). */
  readonly bytes: Uint8Array;
  /** The first file's name as the client gave it (informative only). */
  readonly fileName?: string;
  /** The media type the client declared (never trusted for the file's type: S-13). */
  readonly contentType: string;
  /** Every file part of a multipart form, in order (a raw upload: the one body). */
  readonly files: readonly UploadedFile[];
  /** Text fields of a multipart form (the last value of a repeated name wins). */
  readonly fields: Readonly<Record<string, string>>;
}

/** Codes of upload problems. */
export type UploadIssueCode = BodyIssueCode | 'upload.missing_file' | 'upload.malformed_multipart';

function limitStream(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  onOverflow: () => void,
): ReadableStream<Uint8Array> {
  let total = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          onOverflow();
          controller.error(new RangeError('upload too large'));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * Reads an uploaded file from a raw (`application/octet-stream`, `image/*`, …) or
 * `multipart/form-data` body (first file field). The size limit is enforced on the stream, so
 * an oversized upload is refused while arriving, never held whole (S-13). The declared
 * content type and file name are not trusted: the caller judges the bytes.
 *
 * @param request - the Web request
 * @param maxBytes - the largest accepted body
 * @returns the upload, or an issue
 * @example
 * ```ts
 * const upload = await readUpload(request, 5 * 1024 * 1024);
 * if (upload.success) checkFile(upload.data.bytes, documentPolicy);
 * ```
 */
export async function readUpload(
  request: Request,
  maxBytes: number,
): Promise<Result<Upload, UploadIssueCode>> {
  const declaredType = (request.headers.get('content-type') ?? '').slice(0, 256);
  const type = declaredType.toLowerCase();
  if (!type.startsWith('multipart/form-data')) {
    const bytes = await readBodyBytes(request, maxBytes);
    return bytes.success
      ? ok({
          bytes: bytes.data,
          contentType: declaredType,
          files: [{ bytes: bytes.data }],
          fields: {},
        })
      : bytes;
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes)
    return fail(issue('body.too_large', [], { max: maxBytes }));
  if (request.body === null) return fail(issue('upload.missing_file', ['file']));
  let overflow = false;
  const limited = limitStream(request.body, maxBytes, () => (overflow = true));
  let form: FormData;
  try {
    form = await new Response(limited, {
      headers: { 'content-type': request.headers.get('content-type')! },
    }).formData();
  } catch {
    return overflow
      ? fail(issue('body.too_large', [], { max: maxBytes }))
      : fail(issue('upload.malformed_multipart'));
  }
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of form) {
    if (typeof value === 'string') fields[name.slice(0, 128)] = value;
    else
      files.push({
        bytes: new Uint8Array(await value.arrayBuffer()),
        field: name.slice(0, 128),
        fileName: value.name.slice(0, 255),
      });
  }
  const first = files[0];
  if (first === undefined) return fail(issue('upload.missing_file', ['file']));
  return ok({
    bytes: first.bytes,
    ...(first.fileName === undefined ? {} : { fileName: first.fileName }),
    contentType: declaredType,
    files,
    fields: { ...fields },
  });
}

import { fail, issue, ok, type Result } from '@kabinet/core';
import { readBodyBytes, type BodyIssueCode } from './read-body.js';

/** An uploaded file's bytes and the name the client gave it (informative only). */
export interface Upload {
  readonly bytes: Uint8Array;
  readonly fileName?: string;
}

/** Codes of upload problems. */
export type UploadIssueCode = BodyIssueCode | 'upload.missing_file' | 'upload.malformed_multipart';

function limitStream(body: ReadableStream<Uint8Array>, maxBytes: number, onOverflow: () => void): ReadableStream<Uint8Array> {
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
export async function readUpload(request: Request, maxBytes: number): Promise<Result<Upload, UploadIssueCode>> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (!type.startsWith('multipart/form-data')) {
    const bytes = await readBodyBytes(request, maxBytes);
    return bytes.success ? ok({ bytes: bytes.data }) : bytes;
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return fail(issue('body.too_large', [], { max: maxBytes }));
  if (request.body === null) return fail(issue('upload.missing_file', ['file']));
  let overflow = false;
  const limited = limitStream(request.body, maxBytes, () => (overflow = true));
  let form: FormData;
  try {
    form = await new Response(limited, { headers: { 'content-type': request.headers.get('content-type')! } }).formData();
  } catch {
    return overflow ? fail(issue('body.too_large', [], { max: maxBytes })) : fail(issue('upload.malformed_multipart'));
  }
  for (const [, value] of form) {
    if (typeof value !== 'string') {
      return ok({ bytes: new Uint8Array(await value.arrayBuffer()), fileName: value.name.slice(0, 255) });
    }
  }
  return fail(issue('upload.missing_file', ['file']));
}

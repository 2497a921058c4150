import { issue, readInput } from '@kabinet/core';
import type { z } from 'zod';
import { defaultBodyLimits } from '../../../body/read-body.js';
import { readJsonBody } from '../../../body/read-json-body.js';
import type { Upload } from '../../../body/read-upload.js';
import type { HttpReply } from '../../../responses/http-reply.js';
import { failureReply } from '../reply/answer.js';
import type { KabinetContext } from '../tools.js';

/** A file as the use cases take it. */
export interface FileInput {
  readonly bytes: Uint8Array;
  readonly name?: string;
}

/** The checked fields of a form and its files, or the reply for a bad one. */
export type FormResult<T> =
  | { readonly success: true; readonly data: T; readonly files: FileInput[] }
  | { readonly success: false; readonly reply: HttpReply };

async function parseJson(
  text: string | Uint8Array,
): Promise<
  { ok: true; value: unknown } | { ok: false; code: string; issues: ReturnType<typeof issue>[] }
> {
  const size = typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength;
  const r = await readJsonBody(
    new Request('http://kabinet.invalid/', {
      method: 'POST',
      body: text,
      headers: { 'content-type': 'application/json' },
    }),
    { ...defaultBodyLimits, maxBytes: Math.max(size, 1) },
  );
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, code: r.issues[0]!.code, issues: [...r.issues] };
}

/**
 * Reads a route body that is either JSON (no files) or a multipart form: text fields named in
 * `jsonFields` hold JSON (e.g. `document`), other text fields are taken as strings, file
 * parts become `files` (judged later by their bytes: S-13). The fields are checked by
 * `schema`; malformed JSON is a 400, a wrong shape a 422 with paths.
 */
export async function readForm<S extends z.ZodType>(
  ctx: KabinetContext,
  upload: Upload,
  schema: S,
  jsonFields: readonly string[],
): Promise<FormResult<z.output<S>>> {
  const type = upload.contentType.split(';')[0]!.trim().toLowerCase();
  let raw: unknown;
  let files: FileInput[] = [];
  if (type === 'multipart/form-data') {
    const fields: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(upload.fields)) {
      if (!jsonFields.includes(name)) {
        fields[name] = value;
        continue;
      }
      const parsed = await parseJson(value);
      if (!parsed.ok)
        return {
          success: false,
          reply: ctx.problem(
            400,
            parsed.code,
            parsed.issues.map((i) => ({ ...i, path: [name] })),
          ),
        };
      fields[name] = parsed.value;
    }
    raw = fields;
    files = upload.files.map((f) =>
      f.fileName === undefined ? { bytes: f.bytes } : { bytes: f.bytes, name: f.fileName },
    );
  } else if (type === 'application/json' || type.endsWith('+json')) {
    const parsed = await parseJson(upload.bytes);
    if (!parsed.ok) return { success: false, reply: ctx.problem(400, parsed.code, parsed.issues) };
    raw = parsed.value;
  } else {
    const expected = 'application/json or multipart/form-data';
    return {
      success: false,
      reply: ctx.problem(415, 'body.unsupported_media_type', [
        issue('body.unsupported_media_type', [], { expected }),
      ]),
    };
  }
  const checked = readInput(schema, raw);
  if (!checked.success) return { success: false, reply: failureReply(ctx, checked.issues) };
  return { success: true, data: checked.data, files };
}

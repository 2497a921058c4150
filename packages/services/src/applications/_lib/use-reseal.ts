import { ok, retryOnConflict, type Result } from '@kabinet/core';
import { applicationsInputSchemas as schemas } from '../applications-input-schemas.js';
import { applications, read, unstore, type AppContext } from './context.js';
import type { ApplicationIssueCode } from '../application-messages.js';

/**
 * resealForms (S-12, key rotation): one page of applications read (opened with whichever key
 * sealed them) and written back sealed under the cipher's current key, version-checked (a
 * record changed meanwhile is re-read). Resumable by cursor; nothing to do without a cipher.
 */
export async function resealForms(
  ctx: AppContext,
  input: unknown = {},
): Promise<Result<{ resealed: number; nextCursor?: string }, ApplicationIssueCode>> {
  const r = read(schemas.reseal, input, 'resealForms');
  if (!r.success) return r;
  if (ctx.fieldCipher === undefined) return ok({ resealed: 0 });
  const store = applications(ctx);
  const page = await store.list({
    limit: r.data.limit ?? ctx.policy.maxPageSize,
    ...(r.data.cursor === undefined ? {} : { after: r.data.cursor }),
  });
  let resealed = 0;
  for (const item of page.items) {
    await retryOnConflict(ctx.policy.conflictRetries, async () => {
      const current = await store.get(item.id);
      if (current === undefined) return;
      await store.update(unstore(current), current.version);
      resealed++;
    });
  }
  return ok({
    resealed,
    ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
  });
}

import { fail, issue, ok, type Result } from '@kabinet/core';
import type { Page, Stored } from '@kabinet/ports';
import type { CertificateRecord } from '../application-record.js';
import type { ApplicationDetails } from '../applications-service.js';
import { applicationsInputSchemas as schemas } from '../applications-input-schemas.js';
import { applications, certificates, loadOwned, read, type AppContext } from './context.js';
import { detailsOf } from './details.js';
import type { ApplicationIssueCode } from '../application-messages.js';

const pageOf = (ctx: AppContext, limit: number | undefined, cursor: string | undefined) => ({
  limit: Math.min(limit ?? ctx.policy.defaultPageSize, ctx.policy.maxPageSize),
  ...(cursor === undefined ? {} : { after: cursor }),
});

/** get: the account's own application (another's answers as missing). */
export async function getApplication(
  ctx: AppContext,
  input: unknown,
): Promise<Result<ApplicationDetails, ApplicationIssueCode>> {
  const r = read(schemas.one, input, 'get');
  if (!r.success) return r;
  const app = await loadOwned(ctx, r.data.accountId, r.data.applicationId);
  return app === undefined
    ? fail(issue('application.not_found', ['applicationId']))
    : ok(detailsOf(ctx, app, ctx.deps.clock.now()));
}

/** list: «Мои заявки», newest first. */
export async function listApplications(
  ctx: AppContext,
  input: unknown,
): Promise<Result<Page<ApplicationDetails>, ApplicationIssueCode>> {
  const r = read(schemas.list, input, 'list');
  if (!r.success) return r;
  const page = await applications(ctx).listByOwner(
    r.data.accountId,
    pageOf(ctx, r.data.limit, r.data.cursor),
  );
  const now = ctx.deps.clock.now();
  return ok({
    items: page.items.map((a) => detailsOf(ctx, a, now)),
    ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }),
  });
}

/** listCertificates (AUD-2): the received certificates, newest first. */
export async function listCertificates(
  ctx: AppContext,
  input: unknown,
): Promise<Result<Page<Stored<CertificateRecord>>, ApplicationIssueCode>> {
  const r = read(schemas.list, input, 'listCertificates');
  if (!r.success) return r;
  return ok(
    await certificates(ctx).listByOwner(r.data.accountId, pageOf(ctx, r.data.limit, r.data.cursor)),
  );
}

/** readCertificate: the account's own certificate with its bytes. */
export async function readCertificate(
  ctx: AppContext,
  input: unknown,
): Promise<
  Result<{ certificate: Stored<CertificateRecord>; bytes: Uint8Array }, ApplicationIssueCode>
> {
  const r = read(schemas.certificate, input, 'readCertificate');
  if (!r.success) return r;
  const certificate = await certificates(ctx).get(r.data.certificateId);
  if (certificate === undefined || certificate.ownerId !== r.data.accountId)
    return fail(issue('application.certificate_not_found', ['certificateId']));
  const blob = await ctx.deps.blobs.get(certificate.blobId);
  if (blob === undefined)
    return fail(issue('application.certificate_not_found', ['certificateId']));
  return ok({ certificate, bytes: blob.bytes });
}

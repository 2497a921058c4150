import { fail, issue, ok, readInput, type Result } from '@kabinet/core';
import type { ConfirmationMethod, IdentityConfirmationRecord } from '@kabinet/ports';
import { uploadedFileSchema } from '@kabinet/validators/file';
import { z } from 'zod';
import type { AccountContext } from '../context/account-context.js';
import type { AuthContext, RequestMeta } from '../context/auth-context.js';
import { readContactValue, readPersonal } from '../_lib/account-pii.js';
import { reserveSend } from '../_lib/guard-code.js';
import { advanceCheck, newCheck } from '../steps/identity-steps.js';
import { storeFiles } from '../_lib/store-files.js';
import { checkStep, begin } from './_lib/check-step.js';
import { requireStandard, prefixEvidence } from './_lib/identity-rules.js';
import { ownedAccount } from './_lib/owned-account.js';
import { identityInputSchemas, type IdentityInput } from './identity-input-schemas.js';
import type { CheckView } from './identity-views.js';
import type { AccountIssueCode } from '../messages/account-issue-code.js';

const bankSchema = z.object({
  bankId: z.string().min(2).max(64),
  attestationId: z.string().min(4).max(128),
  cardLast4: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});
const signatureSchema = z.object({
  certificateSerial: z.string().regex(/^[0-9A-Fa-f]{8,64}$/),
  issuer: z.string().min(2).max(200),
});
const videoSchema = z.object({
  appointmentAt: z.union([z.number().int().positive(), z.string().min(10).max(40)]),
});
const uploadSchema = z.object({ files: z.array(uploadedFileSchema).min(1).max(10) });

/**
 * Starts a confirmation `{ method, evidence }` for the confirmed level (ACC-7), standard level
 * required: `document_upload` `{ files }`, `bank` `{ bankId, attestationId, cardLast4? }`,
 * `e_signature` `{ certificateSerial, issuer }`, `sms_code` `{}` (a code to the registered
 * phone), `video` `{ appointmentAt }`, `registered_mail` `{}`. `in_person` is started by an
 * operator.
 *
 * @param ctx - the account context
 * @param auth - the signed-in session
 * @param input - `{ method, evidence? }`, validated at run time
 * @param meta - the request's IP and user agent
 * @returns the new check
 * @example
 * ```ts
 * await startConfirmation(ctx, auth, { method: 'bank', evidence: { bankId: 'sber', attestationId: 'att-42' } }, { ip });
 * ```
 */
export async function startConfirmation(
  ctx: AccountContext,
  auth: AuthContext,
  input: IdentityInput<'startConfirmation'>,
  meta: RequestMeta = {},
): Promise<Result<CheckView, AccountIssueCode>> {
  const read = readInput(identityInputSchemas.startConfirmation, input);
  if (!read.success) return read;
  const method: ConfirmationMethod = read.data.method;
  if (!ctx.policy.confirmationMethods.includes(method))
    return fail(issue('identity.method_unavailable', ['method']));
  if (method === 'in_person') return fail(issue('identity.not_applicable', ['method']));
  const evidence = read.data.evidence ?? {};
  const account = await ownedAccount(ctx, auth);
  if (!account.success) return account;
  const now = ctx.clock.now();
  const ready = requireStandard(account.data);
  if (!ready.success) return ready;
  // Evidence that needs I/O is prepared before the step.
  let prepared: {
    event: Parameters<typeof advanceCheck>[3];
    evidence: unknown;
    summary: Record<string, string | number | boolean>;
    patch?: Partial<IdentityConfirmationRecord>;
  };
  switch (method) {
    case 'document_upload': {
      const r = readInput(uploadSchema, evidence);
      if (!r.success) return fail(prefixEvidence(r.issues));
      const files = await storeFiles(ctx, r.data.files, auth.accountId, 'evidence', now);
      if (!files.success) return fail(prefixEvidence(files.issues));
      prepared = {
        event: 'evidence_submitted',
        evidence: { files: files.data },
        summary: { files: files.data.length },
      };
      break;
    }
    case 'bank': {
      const r = readInput(bankSchema, evidence);
      if (!r.success) return fail(prefixEvidence(r.issues));
      prepared = {
        event: 'bank_confirmed',
        evidence: r.data,
        summary: {
          bank: r.data.bankId,
          ...(r.data.cardLast4 === undefined ? {} : { card: `**** ${r.data.cardLast4}` }),
        },
      };
      break;
    }
    case 'e_signature': {
      const r = readInput(signatureSchema, evidence);
      if (!r.success) return fail(prefixEvidence(r.issues));
      prepared = {
        event: 'signature_verified',
        evidence: r.data,
        summary: { issuer: r.data.issuer },
      };
      break;
    }
    case 'video': {
      const r = readInput(videoSchema, evidence);
      if (!r.success) return fail(prefixEvidence(r.issues));
      const at =
        typeof r.data.appointmentAt === 'number'
          ? r.data.appointmentAt
          : Date.parse(r.data.appointmentAt);
      if (!Number.isFinite(at) || at <= now)
        return fail(issue('input.wrong_format', ['evidence', 'appointmentAt']));
      prepared = {
        event: 'appointment_booked',
        evidence: { appointmentAt: at },
        summary: { appointment: new Date(at).toISOString() },
        patch: { appointmentAt: at },
      };
      break;
    }
    case 'sms_code': {
      const destination = readContactValue(ctx, account.data, 'phone');
      // S-5: the holder's own budget (only the session's holder can spend it).
      const reserved = await reserveSend(
        ctx,
        'sms',
        account.data.phone.blindIndex,
        meta.ip,
        'owner',
      );
      if (!reserved.success) return reserved;
      const sent = await ctx.otp.issueAndSend(
        {
          purpose: 'confirmation',
          channel: 'sms',
          destination,
          sessionId: auth.sessionId,
          subject: auth.accountId,
        },
        ctx.senders,
        { locale: ctx.locale },
      );
      if (!sent.success) return sent;
      prepared = {
        event: 'code_sent',
        evidence: {},
        summary: { sentTo: sent.data.destinationMasked },
        patch: { challengeId: sent.data.challengeId },
      };
      break;
    }
    case 'registered_mail': {
      const personal = readPersonal(ctx, account.data);
      if (personal.address === undefined) return fail(issue('input.required', ['address']));
      return checkStep(ctx, auth, 'identity.confirmation_started', async (current, at) => {
        const ok_ = requireStandard(current);
        if (!ok_.success) return ok_;
        const check = newCheck(
          ctx,
          current.id,
          method,
          { address: 'profile' },
          { letter: 'ordered' },
          at,
        );
        return ok({
          account: {
            ...current,
            identityChecks: [...current.identityChecks, check],
            updatedAt: at,
          },
          checkId: check.id,
          transitions: [],
        });
      });
    }
  }
  return checkStep(ctx, auth, 'identity.confirmation_started', async (current, at) => {
    const ok_ = requireStandard(current);
    if (!ok_.success) return ok_;
    const check = newCheck(ctx, current.id, method, prepared.evidence, prepared.summary, at);
    return begin(ctx, check, prepared.event, prepared.patch ?? {})(current, at);
  });
}

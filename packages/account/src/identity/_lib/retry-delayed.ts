import { ok } from '@kabinet/core';
import type { AccountRecord } from '@kabinet/ports';
import type { AccountContext } from '../../context/account-context.js';
import { SYSTEM_CLOCK } from '../../_lib/journal-draft.js';
import { lookUpRegistry } from '../../_lib/registry-check.js';
import { noticeFor } from '../../steps/identity-steps.js';
import { loadAccount, runAccountStep } from '../../steps/run-account-step.js';
import { applyCheckEvent } from '../../steps/transitions.js';

/** Retries the delayed registry look-ups whose time has come (OTP-7), as the system. */
export async function retryDelayed(ctx: AccountContext, accountId: string): Promise<void> {
  const account = await loadAccount(ctx, accountId);
  const now = ctx.clock.now();
  const due =
    account?.identityChecks.filter(
      (c) => c.state === 'checking' && c.retryAt !== undefined && c.retryAt <= now,
    ) ?? [];
  for (const check of due) {
    let before: AccountRecord | undefined;
    let after: AccountRecord | undefined;
    await runAccountStep(ctx, accountId, SYSTEM_CLOCK, async (current, at) => {
      const fresh = current.identityChecks.find((c) => c.id === check.id);
      if (fresh?.state !== 'checking' || fresh.retryAt === undefined || fresh.retryAt > at)
        return { result: ok(undefined) };
      const registry = await lookUpRegistry(ctx, current, fresh, at);
      const applied = applyCheckEvent(current, fresh.id, registry.event, registry.patch, at);
      if (!applied.success) return { result: ok(undefined) };
      before = current;
      after = applied.data.account;
      return {
        result: ok(undefined),
        account: applied.data.account,
        journal: [
          {
            action: 'identity.registry_retried',
            payload: {
              checkId: fresh.id,
              kind: fresh.kind,
              registry: registry.outcome,
              transitions: applied.data.transitions.map((t) => ({ ...t })),
            },
          },
        ],
      };
    });
    if (before !== undefined && after !== undefined) await noticeFor(ctx, before, after, check.id);
  }
}

import { ok, retryOnConflict, type Issue, type Result } from '@kabinet/core';
import type { JournaledUnit } from '@kabinet/audit/units';
import type { Stored } from '@kabinet/ports';
import type { NoticeDraft } from '../../notifications/notice-board.js';
import type { ApplicationRecord } from '../application-record.js';
import {
  journal,
  journalChange,
  unitApplications,
  unstore,
  type AppContext,
  type ChangeJournal,
  type Party,
} from './context.js';
import type { ApplicationIssueCode } from '../application-messages.js';

/**
 * A change decided on a read application: the next record, its journal entry (an action with
 * exactly its payload) and what else commits with it. A decision returns it as `ok<Change>({…})`,
 * so the object literal is checked against the catalogue (a misnamed field does not compile).
 */
export type Change = ChangeJournal & {
  readonly next: ApplicationRecord;
  /** The notice code (`notice.application.submitted`) and params, posted in the unit. */
  readonly notice?: {
    readonly code: string;
    readonly params?: Readonly<Record<string, string | number>>;
    readonly notBefore?: number;
    readonly key?: string;
  };
  /** Reminder keys to withdraw. */
  readonly cancelKeys?: readonly string[];
  readonly uniqueKeys?: readonly string[];
  /** More writes in the same unit (a certificate). */
  readonly also?: (unit: JournaledUnit) => Promise<void>;
};

/** What a decision may also return instead of a change: nothing to do, with a value. */
export interface NoChange {
  readonly unchanged: true;
}

/** Decides a change on the application as read at `now` (or refuses it with issues). */
export type Decide = (
  app: Stored<ApplicationRecord>,
  now: number,
) =>
  | Promise<Result<Change | NoChange, ApplicationIssueCode>>
  | Result<Change | NoChange, ApplicationIssueCode>;

/** Posts a notice about an application. */
export async function notify(
  ctx: AppContext,
  unit: JournaledUnit,
  app: ApplicationRecord,
  notice: NonNullable<Change['notice']>,
): Promise<void> {
  const draft: NoticeDraft = {
    accountId: app.ownerId,
    kind: 'application',
    code: notice.code,
    params: {
      service: app.serviceCode,
      ...(app.number === undefined ? {} : { number: app.number }),
      ...notice.params,
    },
    subject: { type: 'application', id: app.id },
    ...(notice.notBefore === undefined ? {} : { notBefore: notice.notBefore }),
    ...(notice.key === undefined ? {} : { key: notice.key }),
  };
  await ctx.deps.notices.post(unit, draft);
}

/** Journals a refused event (DESIGN 2: rejected with an issue and journaled, never applied). */
export async function journalRefusal(
  ctx: AppContext,
  actor: Party,
  app: ApplicationRecord,
  issues: readonly Issue<ApplicationIssueCode>[],
): Promise<void> {
  const refused = issues.find((i) => i.params?.event !== undefined);
  if (refused === undefined) return;
  await ctx.deps.units.run((unit) =>
    journal(unit, actor, 'application.event_rejected', app.ownerId, {
      applicationId: app.id,
      from: String(refused.params?.from),
      event: String(refused.params?.event),
      code: refused.code,
    }),
  );
}

/**
 * Read → decide → write with the expected version, the journal entry and the notice in one
 * unit; re-run from the read on a conflict (S-15). A refusal that names an event is journaled.
 */
export async function changeApplication(
  ctx: AppContext,
  load: () => Promise<Stored<ApplicationRecord> | undefined>,
  missing: () => Result<Stored<ApplicationRecord>, ApplicationIssueCode>,
  actor: Party,
  decide: Decide,
): Promise<Result<Stored<ApplicationRecord>, ApplicationIssueCode>> {
  return retryOnConflict(ctx.policy.conflictRetries, async () => {
    const app = await load();
    if (app === undefined) return missing();
    const decided = await decide(app, ctx.deps.clock.now());
    if (!decided.success) {
      await journalRefusal(ctx, actor, app, decided.issues);
      return decided;
    }
    if ('unchanged' in decided.data) return ok(app, decided.warnings);
    const change = decided.data;
    const saved = await ctx.deps.units.run(async (unit) => {
      const stored = await unitApplications(ctx, unit).update(
        stripVersion(change.next),
        app.version,
        change.uniqueKeys === undefined ? undefined : { uniqueKeys: change.uniqueKeys },
      );
      await journalChange(unit, actor, app, change);
      for (const key of change.cancelKeys ?? [])
        await ctx.deps.notices.cancel(unit, app.ownerId, key);
      if (change.notice !== undefined) await notify(ctx, unit, change.next, change.notice);
      if (change.also !== undefined) await change.also(unit);
      return stored;
    });
    return ok(saved, decided.warnings);
  });
}

/** The record as written: a stored copy's `version` left out. */
function stripVersion(record: ApplicationRecord): ApplicationRecord {
  if (!('version' in record)) return record;
  return unstore(record as Stored<ApplicationRecord>);
}

/** A copy without the named optional fields. */
export function without<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const out = { ...record };
  for (const key of keys) delete out[key];
  return out;
}

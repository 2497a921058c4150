import { pick, type Line } from './printer.js';
import type { Stage } from './steps.js';

/** Prints an account's journal (actions only: personal data stays in the encrypted payloads) and verifies the whole chain. */
export async function showJournal(
  stage: Stage,
  accounts: readonly {
    readonly name: Line;
    readonly accountId: string;
    readonly draftId: string;
  }[],
): Promise<boolean> {
  const { kabinet, print } = stage;
  print.section({
    ru: 'Журнал действий (AUD-1) и его проверка (S-14)',
    en: 'The action journal (AUD-1) and its verification (S-14)',
  });
  for (const { name: names, accountId, draftId } of accounts) {
    const name = pick(names, print.locale);
    const registration = await kabinet.journal.history({ type: 'draft', id: draftId });
    const actions = [...new Set(registration.map((e) => e.entry.action))].join(', ');
    print.step({
      ru: `${name}, регистрация (черновик): ${registration.length} записей — ${actions}`,
      en: `${name}, registration (draft): ${registration.length} entries: ${actions}`,
    });
    const events = await kabinet.journal.history({ type: 'account', id: accountId });
    print.step({
      ru: `${name}: ${events.length} записей`,
      en: `${name}: ${events.length} entries`,
    });
    for (const e of events) {
      const time = new Date(e.entry.ts).toISOString().slice(5, 16).replace('T', ' ');
      print.note(
        `#${String(e.entry.seq).padStart(3)} ${time}  ${e.entry.actor.type.padEnd(7)} ${e.entry.action}`,
      );
    }
    const log = await kabinet.journal.loginLog({ type: 'account', id: accountId });
    const logins = log.records.map((r) => `${r.ip ?? '—'} ${r.outcome}`).join(', ');
    print.note({ ru: `Журнал входов: ${logins} (ACC-11)`, en: `Login log: ${logins} (ACC-11)` });
  }
  const checkpoint = await kabinet.journal.checkpoint();
  const report = await kabinet.journal.verify(checkpoint?.jws, { payloads: true });
  const point = `${checkpoint?.size ?? '—'} (kid ${checkpoint?.kid ?? '—'})`;
  print.step({
    ru: `Проверка журнала: ${report.ok ? 'цепочка цела' : 'НАРУШЕНА'}; записей ${report.size}, подписанная контрольная точка ${point}`,
    en: `Journal check: ${report.ok ? 'the chain is intact' : 'BROKEN'}; ${report.size} entries, signed checkpoint ${point}`,
  });
  return report.ok;
}

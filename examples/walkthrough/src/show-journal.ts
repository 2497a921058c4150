import type { Stage } from './steps.js';

/** Prints an account's journal (actions only: personal data stays in the encrypted payloads) and verifies the whole chain. */
export async function showJournal(stage: Stage, accounts: readonly { readonly name: string; readonly accountId: string; readonly draftId: string }[]): Promise<boolean> {
  const { kabinet, print } = stage;
  print.section('Журнал действий (AUD-1) и его проверка (S-14)');
  for (const { name, accountId, draftId } of accounts) {
    const registration = await kabinet.journal.history({ type: 'draft', id: draftId });
    print.step(`${name}, регистрация (черновик): ${registration.length} записей — ${[...new Set(registration.map((e) => e.entry.action))].join(', ')}`);
    const events = await kabinet.journal.history({ type: 'account', id: accountId });
    print.step(`${name}: ${events.length} записей`);
    for (const e of events) {
      const time = new Date(e.entry.ts).toISOString().slice(5, 16).replace('T', ' ');
      print.note(`#${String(e.entry.seq).padStart(3)} ${time}  ${e.entry.actor.type.padEnd(7)} ${e.entry.action}`);
    }
    const log = await kabinet.journal.loginLog({ type: 'account', id: accountId });
    print.note(`Журнал входов: ${log.records.map((r) => `${r.ip ?? '—'} ${r.outcome}`).join(', ')} (ACC-11)`);
  }
  const checkpoint = await kabinet.journal.checkpoint();
  const report = await kabinet.journal.verify(checkpoint?.jws, { payloads: true });
  print.step(`Проверка журнала: ${report.ok ? 'цепочка цела' : 'НАРУШЕНА'}; записей ${report.size}, подписанная контрольная точка ${checkpoint?.size ?? '—'} (kid ${checkpoint?.kid ?? '—'})`);
  return report.ok;
}

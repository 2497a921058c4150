import { hash } from 'node:crypto';
import { JOURNAL_GENESIS_HASH } from '@kabinet/ports';
import { hashEntry } from '/work/main/packages/audit/src/entry/hash-entry.ts';
const N = 100000;
const entries: any[] = [];
let prev = JOURNAL_GENESIS_HASH;
for (let i = 0; i < N; i++) { const f = { v: 1, seq: i, ts: 1767225600000 + i, actor: { type: 'account', id: 'acc_01jd4s9x3kq7m2v8w5n6p0r1t' }, action: 'payment.attempt.started', subject: { type: 'payment', id: 'pay_01jd4s9x3kq7m2v8w5n6p0r1t' }, payloadCommitment: null, prev }; const h = hashEntry(f as any); entries.push({ ...f, hash: h }); prev = h; }
const flat = entries.map((e) => JSON.parse(JSON.stringify('\u0000' + 'x'.repeat(300))));
const str = JSON.stringify;
function joined(e: any): string {
  return hash('sha256', ['\u0000{"action":', str(e.action), ',"actor":{"id":', str(e.actor.id), ',"type":', str(e.actor.type), '},"payloadCommitment":', e.payloadCommitment === null ? 'null' : str(e.payloadCommitment), ',"prev":', str(e.prev), ',"seq":', e.seq, ',"subject":{"id":', str(e.subject.id), ',"type":', str(e.subject.type), '},"ts":', e.ts, ',"v":', e.v, '}'].join(''), 'hex');
}
const enc = new TextEncoder();
const buf = new Uint8Array(2048);
function encInto(e: any): string {
  const s = `\u0000{"action":${str(e.action)},"actor":{"id":${str(e.actor.id)},"type":${str(e.actor.type)}},"payloadCommitment":${e.payloadCommitment === null ? 'null' : str(e.payloadCommitment)},"prev":${str(e.prev)},"seq":${e.seq},"subject":{"id":${str(e.subject.id)},"type":${str(e.subject.type)}},"ts":${e.ts},"v":${e.v}}`;
  const { written } = enc.encodeInto(s, buf);
  return hash('sha256', buf.subarray(0, written), 'hex');
}
const tm = (name: string, f: () => void) => { let best = 0; for (let r = 0; r < 5; r++) { const t = performance.now(); f(); best = Math.max(best, N / ((performance.now() - t) / 1000)); } console.log(name, best | 0); };
tm('raw', () => { for (const s of flat) hash('sha256', s, 'hex'); });
tm('hashEntry(tmpl)', () => { for (const e of entries) hashEntry(e); });
tm('join', () => { for (const e of entries) joined(e); });
tm('encodeInto', () => { for (const e of entries) encInto(e); });
tm('stringify only x7', () => { for (const e of entries) { str(e.action); str(e.actor.id); str(e.actor.type); str(e.prev); str(e.subject.id); str(e.subject.type); str(e.hash); } });
const SAFE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const q = (s: string): string => (SAFE.test(s) ? `"${s}"` : JSON.stringify(s));
function fast(e: any): string {
  return hash('sha256', `\u0000{"action":${q(e.action)},"actor":{"id":${q(e.actor.id)},"type":${q(e.actor.type)}},"payloadCommitment":${e.payloadCommitment === null ? 'null' : q(e.payloadCommitment)},"prev":${q(e.prev)},"seq":${e.seq},"subject":{"id":${q(e.subject.id)},"type":${q(e.subject.type)}},"ts":${e.ts},"v":${e.v}}`, 'hex');
}
tm('fast q()', () => { for (const e of entries) fast(e); });
tm('raw', () => { for (const s of flat) hash('sha256', s, 'hex'); });
tm('hashEntry(tmpl)', () => { for (const e of entries) hashEntry(e); });
let ok = true; for (const e of entries.slice(0, 50)) ok &&= fast(e) === e.hash; console.log(ok);

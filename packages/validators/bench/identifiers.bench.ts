// SNILS, INN and MRZ TD3 throughput against the peers, on the same mixed (valid and invalid)
// inputs in one run, plus every input on which Kabinet and a peer give different verdicts.
// Run with `pnpm bench validators` (or `pnpm bench identifiers`).
import isInnPeer from 'is-inn-js';
import { parse as mrzPeerParse } from 'mrz';
import ruValidationCodes from 'ru-validation-codes';
import { stdnum } from 'stdnum';
import { opsPerSecond, writeReport, type Metric } from '../../../bench/_lib/report.js';
import { parseInn } from '../src/inn/parse-inn.js';
import { parseMrz } from '../src/mrz/parse-mrz.js';
import { isSnils } from '../src/snils/is-snils.js';
import { parseSnils } from '../src/snils/parse-snils.js';

const { checkSnils, checkSnilsOnlyChecksum, checkINN } = ruValidationCodes;

// Deterministic generator (no Math.random: the inputs are the same in every run).
let seed = 20_260_101;
function next(): number {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed / 2 ** 32;
}
const int = (max: number): number => Math.floor(next() * max);
const digits = (n: number): string => Array.from({ length: n }, () => String(int(10))).join('');

// ---------- inputs ----------
function snilsControl(body: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (9 - i);
  const c = sum < 100 ? sum : (sum % 101) % 100;
  return String(c).padStart(2, '0');
}
const maskSnils = (s: string): string =>
  `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6, 9)} ${s.slice(9)}`;

const SNILS_EDGE: unknown[] = [
  '112-233-445 95',
  '112-233-445 96',
  '112-855-899 74',
  '001-326-679 00',
  '001-508-816 00',
  '017-996-174 00',
  '006-996-683 00',
  '001-001-998 00',
  '001-001-999 00',
  '087-654-303 00',
  8765430300,
  11223344595,
  '08765430300',
  '111-111-111 45',
  '000-000-000 00',
  '11223344595',
  '112 233 445 95',
  '112-233-445-95',
  '112\u00a0233\u00a0445 95',
  '１１２－２３３－４４５ ９５',
  '112-233-445 9',
];
function snilsInputs(): unknown[] {
  const out: unknown[] = [...SNILS_EDGE];
  while (out.length < 1024) {
    const body = digits(9);
    const valid = body + snilsControl(body);
    const kind = int(10);
    if (kind < 4) out.push(valid);
    else if (kind < 7) out.push(maskSnils(valid));
    else if (kind < 9)
      out.push(
        maskSnils(body + String((Number(snilsControl(body)) + 1 + int(98)) % 100).padStart(2, '0')),
      );
    else out.push(valid.slice(0, 10));
  }
  return out;
}

const innDigit = (s: string, w: number[]): string =>
  String((w.reduce((a, x, i) => a + x * Number(s[i]), 0) % 11) % 10);
const W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN_EDGE: unknown[] = [
  '7707083893',
  '7707083894',
  '500100732259',
  '500100732258',
  '0274062111',
  274062111,
  7707083893,
  '020812345690',
  '0000000000',
  '000000000000',
  ' 7707083893',
  '7707-083893',
  '5001 0073 2259',
  '５００１００７３２２５９',
  '77070838931',
  '77O7083893',
];
function innInputs(): unknown[] {
  const out: unknown[] = [...INN_EDGE];
  while (out.length < 1024) {
    const kind = int(10);
    if (kind < 4) {
      const b = digits(9);
      out.push(b + innDigit(b, W10));
    } else if (kind < 8) {
      const b = digits(10);
      const d11 = b + innDigit(b, W11);
      out.push(d11 + innDigit(d11, W12));
    } else {
      const b = digits(kind === 8 ? 10 : 12);
      out.push(b);
    }
  }
  return out;
}

function cd(s: string): string {
  const value = (c: string): number =>
    c === '<' ? 0 : c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55;
  return String([...s].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3]!, 0) % 10);
}
const pad = (s: string, n: number): string => (s + '<'.repeat(n)).slice(0, n);
const STATES = [
  'UZB',
  'TJK',
  'KGZ',
  'KAZ',
  'ARM',
  'AZE',
  'BLR',
  'UKR',
  'MDA',
  'CHN',
  'IND',
  'VNM',
  'TUR',
  'D<<',
  'FRA',
  'USA',
];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const word = (n: number): string => Array.from({ length: n }, () => LETTERS[int(26)]).join('');
const yymmdd = (): string =>
  [int(100), 1 + int(12), 1 + int(28)].map((n) => String(n).padStart(2, '0')).join('');
function td3(state: string, corrupt: boolean): string[] {
  const number = word(2) + digits(7);
  const birth = yymmdd();
  const expiry = yymmdd();
  const personal = pad(digits(int(2) === 0 ? 0 : 10), 14);
  const head = `${number}${cd(number)}${state}${birth}${cd(birth)}${int(2) === 0 ? 'M' : 'F'}${expiry}${cd(expiry)}${personal}${cd(personal)}`;
  let line2 = head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43));
  if (corrupt) {
    const at = [9, 19, 27, 43][int(4)]!;
    line2 = line2.slice(0, at) + String((Number(line2[at]) + 1) % 10) + line2.slice(at + 1);
  }
  return [pad(`P<${state}${word(3 + int(8))}<<${word(3 + int(8))}`, 44), line2];
}
function russianInternal(): string[] {
  const doc = '451123456';
  const personal = '0200315770053<';
  const head = `${doc}${cd(doc)}RUS8001014M<<<<<<<${personal}${cd(personal)}`;
  return [
    pad('PNRUSIVANOV<<IVAN<IVANOVI3', 44),
    head + cd(head.slice(0, 10) + head.slice(13, 20) + head.slice(21, 43)),
  ];
}
const MRZ_EDGE: string[][] = [
  ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'],
  ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C37UTO7408122F1204159ZE184226B<<<<<10'],
  ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'],
  ['p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<', 'l898902c36uto7408122f1204159ze184226b<<<<<10'],
  russianInternal(),
];
function mrzInputs(): string[][] {
  const out: string[][] = [...MRZ_EDGE];
  while (out.length < 256) out.push(td3(STATES[int(STATES.length)]!, int(5) === 0));
  return out;
}

// ---------- verdicts ----------
type Verdict = string;
const ours = (r: { success: boolean; issues?: readonly { code: string }[] }): Verdict =>
  r.success ? 'valid' : `invalid (${r.issues?.[0]?.code ?? '?'})`;
const bool = (v: boolean): Verdict => (v ? 'valid' : 'invalid');
function guarded(fn: () => boolean): Verdict {
  try {
    return bool(fn());
  } catch (e) {
    return `throws (${(e as Error).message.slice(0, 40)})`;
  }
}
const okOf = (v: Verdict): boolean => v === 'valid';

interface Disagreement {
  input: string;
  kabinet: Verdict;
  peer: string;
  verdict: Verdict;
  cause: string;
}

const show = (input: unknown): string =>
  typeof input === 'string' ? JSON.stringify(input) : `${String(input)} (${typeof input})`;
const hasNonAscii = (input: unknown): boolean =>
  typeof input === 'string' && /[^\x20-\x7e]/.test(input);

function snilsCause(input: unknown, peer: string): string {
  if (typeof input !== 'string')
    return 'JS number: the peer coerces it, Kabinet refuses it (leading zeros are lost)';
  if (hasNonAscii(input)) return 'Unicode spaces / full-width digits not normalized by the peer';
  const compact = input.replace(/[\s-]/g, '');
  if (/^0+$/.test(compact)) return 'all-zero number accepted by the peer';
  if (compact.length === 11 && Number(compact.slice(0, 9)) <= 1_001_998)
    return 'exempt range ≤ 001-001-998 not known to the peer';
  if (peer.endsWith('checkSnils') && !/^\d{3}-\d{3}-\d{3} \d{2}$/.test(input))
    return 'peer accepts only the exact mask XXX-XXX-XXX YY';
  return 'other';
}
function innCause(input: unknown): string {
  if (typeof input !== 'string')
    return 'JS number: the peer coerces it, Kabinet refuses it (leading zeros are lost)';
  if (/^0+$/.test(input)) return 'all-zero INN accepted by the peer';
  if (hasNonAscii(input)) return 'Unicode spaces / full-width digits not normalized by the peer';
  if (/[\s-]/.test(input)) return 'separators or surrounding spaces not stripped by the peer';
  return 'other';
}
function mrzCause(lines: string[]): string {
  if (lines.join('') !== lines.join('').toUpperCase())
    return 'lower-case input (not MRZ) not rejected up front by the peer';
  if (lines[0]!.startsWith('PNRUS'))
    return 'Russian internal passport (expiry all fillers) rejected by the peer';
  if (lines[0]!.startsWith('V')) return 'machine-readable visa read as TD3 by the peer';
  if (lines.join('').includes('UTO')) return 'ICAO specimen state UTO rejected by the peer';
  return 'other';
}

function compare<I>(
  inputs: I[],
  kabinet: (i: I) => Verdict,
  peers: Record<string, (i: I) => Verdict>,
  cause: (i: I, peer: string) => string,
  label: (i: I) => string,
): Disagreement[] {
  const seen = new Set<string>();
  const out: Disagreement[] = [];
  for (const input of inputs) {
    const k = kabinet(input);
    for (const [peer, fn] of Object.entries(peers)) {
      const v = fn(input);
      const key = `${peer}|${label(input)}`;
      if (okOf(k) !== okOf(v) && !seen.has(key)) {
        seen.add(key);
        out.push({ input: label(input), kabinet: k, peer, verdict: v, cause: cause(input, peer) });
      }
    }
  }
  return out;
}

// ---------- measurements ----------
let sink = 0;
/**
 * Parses every input once per call; returns inputs parsed per second. A whole batch per call
 * keeps tinybench's per-call timing overhead out of the comparison, and each contestant gets a
 * loop compiled on its own (`new Function`), so its call site stays monomorphic and the engine
 * can inline it — a shared loop would charge every contestant the same megamorphic call.
 */
async function throughput<I>(
  name: string,
  inputs: I[],
  fn: (input: I) => unknown,
): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const loop = new Function(
    'inputs',
    'fn',
    'let s = 0; for (let i = 0; i < inputs.length; i++) s ^= fn(inputs[i]) ? 1 : 0; return s;',
  ) as (inputs: I[], fn: (input: I) => unknown) => number;
  const calls = await opsPerSecond(
    name,
    () => {
      sink ^= loop(inputs, fn);
    },
    300,
  );
  return calls * inputs.length;
}

/**
 * Measures every contestant of a suite in ROUNDS interleaved rounds and keeps each one's best
 * round, so a burst of load on a shared machine cannot favour whoever ran at a quiet moment.
 */
const ROUNDS = 5;
async function suite<I>(
  inputs: I[],
  contestants: Record<string, (input: I) => unknown>,
): Promise<Record<string, number>> {
  const best: Record<string, number> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(contestants)) {
      const value = await throughput(name, inputs, fn);
      best[name] = Math.max(best[name] ?? 0, value);
    }
  }
  return best;
}

// Inputs as a server receives them: every string flat, as JSON.parse leaves it (strings built by
// concatenation here would be V8 rope strings, slower to read for every contestant alike).
const asReceived = <T>(inputs: T): T => JSON.parse(JSON.stringify(inputs)) as T;
const snils = asReceived(snilsInputs());
const inn = asReceived(innInputs());
const mrz = asReceived(mrzInputs());

// Like for like: each peer answers a boolean, and so does isSnils (same verdicts as parseSnils,
// which the property tests prove); parseSnils also builds the normalized value or typed issues.
// The floor: reading every character once and checking nothing. Any validator that accepts the
// same writings (full-width digits, Unicode spaces) must read each input to its end before it can
// say yes or no, so no such validator can beat this rate on these inputs.
const READ_FLOOR = 'read every character, check nothing';
function readEveryCharacter(x: unknown): boolean {
  if (typeof x !== 'string') return false;
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x.charCodeAt(i);
  return sum > 0;
}
const {
  Kabinet: snilsIsOurs = 0,
  [READ_FLOOR]: snilsReadFloor = 0,
  ...snilsIsPeers
} = await suite(snils, {
  Kabinet: (x) => isSnils(x),
  [READ_FLOOR]: readEveryCharacter,
  'ru-validation-codes checkSnils': (x) => checkSnils(x as string),
  'ru-validation-codes checkSnilsOnlyChecksum': (x) => checkSnilsOnlyChecksum(x as string),
});
const { Kabinet: snilsOurs = 0, ...snilsPeers } = await suite(snils, {
  Kabinet: (x) => parseSnils(x).success,
  'ru-validation-codes checkSnils': (x) => checkSnils(x as string),
  'ru-validation-codes checkSnilsOnlyChecksum': (x) => checkSnilsOnlyChecksum(x as string),
});
// The same numbers, all in the printed form XXX-XXX-XXX YY: the one form every peer function
// accepts (checkSnils rejects any other writing of a valid number in a single regex test).
const snilsPrintedBuilt = snils
  .map((x) => (typeof x === 'string' && /^\d{11}$/.test(x) ? maskSnils(x) : x))
  .filter((x): x is string => typeof x === 'string' && /^\d{3}-\d{3}-\d{3} \d{2}$/.test(x));
while (snilsPrintedBuilt.length < 1024)
  snilsPrintedBuilt.push(snilsPrintedBuilt[snilsPrintedBuilt.length % 512]!);
snilsPrintedBuilt.length = 1024;
const snilsPrinted = asReceived(snilsPrintedBuilt);
const { Kabinet: snilsPrintedOurs = 0, ...snilsPrintedPeers } = await suite(snilsPrinted, {
  Kabinet: (x) => isSnils(x),
  'ru-validation-codes checkSnils': (x) => checkSnils(x),
  'ru-validation-codes checkSnilsOnlyChecksum': (x) => checkSnilsOnlyChecksum(x),
});
const { Kabinet: innOurs = 0, ...innPeers } = await suite(inn, {
  Kabinet: (x) => parseInn(x).success,
  'ru-validation-codes checkINN': (x) => checkINN(x as string),
  'is-inn-js': (x) => isInnPeer(x),
  'stdnum RU.inn.validate': (x) => stdnum.RU.inn.validate(x as string).isValid,
});
const mrzTd3 = mrz.filter(
  (lines) =>
    lines[0]!.length === 44 &&
    lines[0]!.startsWith('P') &&
    !lines[0]!.startsWith('PN') &&
    !lines.join('').includes('UTO') &&
    lines.join('') === lines.join('').toUpperCase(),
);
while (mrzTd3.length < 256) mrzTd3.push(asReceived(td3('UZB', false)));
const { Kabinet: mrzOurs = 0, ...mrzPeers } = await suite(mrzTd3, {
  Kabinet: (x) => parseMrz(x).success,
  mrz: (x) => mrzPeerParse(x).valid,
});

const best = (peers: Record<string, number>): number => Math.max(...Object.values(peers));
const metrics: Metric[] = [
  {
    name: 'snils.is',
    value: snilsIsOurs,
    unit: 'ops/s',
    better: 'higher',
    peers: snilsIsPeers,
    target: '>= 10x fastest peer',
    met: snilsIsOurs >= 10 * best(snilsIsPeers),
    note: 'isSnils: a boolean verdict, like every peer function',
  },
  {
    name: 'snils read floor (no checks)',
    value: snilsReadFloor,
    unit: 'ops/s',
    better: 'higher',
    peers: snilsIsPeers,
    note: 'each input read once with charCodeAt and nothing checked: the most any validator that reads its input can reach here; its ratio bounds the ratio any SNILS validator can reach on this mix',
  },
  {
    name: 'snils.parse',
    value: snilsOurs,
    unit: 'ops/s',
    better: 'higher',
    peers: snilsPeers,
    target: '>= 10x fastest peer',
    met: snilsOurs >= 10 * best(snilsPeers),
    note: 'parseSnils: also builds the compact value or the typed issue with its params',
  },
  {
    name: 'snils.is (printed form only)',
    value: snilsPrintedOurs,
    unit: 'ops/s',
    better: 'higher',
    peers: snilsPrintedPeers,
    target: '>= 10x fastest peer',
    met: snilsPrintedOurs >= 10 * best(snilsPrintedPeers),
    note: 'the same numbers, every one written XXX-XXX-XXX YY',
  },
  {
    name: 'inn.parse',
    value: innOurs,
    unit: 'ops/s',
    better: 'higher',
    peers: innPeers,
    target: '>= 1.5x fastest peer',
    met: innOurs >= 1.5 * best(innPeers),
  },
  {
    name: 'mrz.parse (TD3)',
    value: mrzOurs,
    unit: 'ops/s',
    better: 'higher',
    peers: mrzPeers,
    target: '>= 10x mrz',
    met: mrzOurs >= 10 * best(mrzPeers),
  },
];

// ---------- disagreements ----------
const disagreements = {
  SNILS: compare(
    snils,
    (x) => ours(parseSnils(x)),
    {
      'ru-validation-codes checkSnils': (x) => guarded(() => checkSnils(x as string)),
      'ru-validation-codes checkSnilsOnlyChecksum': (x) =>
        guarded(() => checkSnilsOnlyChecksum(x as string)),
    },
    snilsCause,
    show,
  ),
  INN: compare(
    inn,
    (x) => ours(parseInn(x)),
    {
      'ru-validation-codes checkINN': (x) => guarded(() => checkINN(x as string)),
      'is-inn-js': (x) => guarded(() => isInnPeer(x)),
      'stdnum RU.inn.validate': (x) => guarded(() => stdnum.RU.inn.validate(x as string).isValid),
    },
    (x) => innCause(x),
    show,
  ),
  MRZ: compare(
    mrz,
    (x) => ours(parseMrz(x)),
    { mrz: (x) => guarded(() => mrzPeerParse(x).valid) },
    (x) => mrzCause(x),
    (x) => x.join(' / '),
  ),
};

const esc = (s: string): string => s.replace(/\|/g, '\\|');
const sections: string[] = [
  '## Inputs',
  '',
  `Same inputs for Kabinet and every peer, valid and invalid mixed: SNILS ${snils.length} (named edge cases of validators.md §1.1 plus generated valid numbers, compact and in the printed mask, wrong controls, wrong lengths); INN ${inn.length} (§1.2 vectors plus generated 10- and 12-digit INNs, a fifth with random check digits); MRZ TD3 ${mrzTd3.length} generated passports of the main countries of origin, a fifth with one corrupted check digit (the ICAO UTO specimens are left out of the timing because \`mrz\` rejects their state code, but are listed below). ops/s counts inputs parsed per second: each timed call parses the whole batch, every contestant runs in 5 interleaved rounds and keeps its best.`,
  '',
  '## Inputs on which Kabinet and a peer disagree',
  '',
  'Every input with a different verdict, once per peer, grouped by suite and cause; causes are explained in [docs/validators-disagreements.md](../validators-disagreements.md).',
  '',
];
for (const [suite, rows] of Object.entries(disagreements)) {
  const counts = new Map<string, number>();
  for (const row of rows)
    counts.set(`${row.peer} — ${row.cause}`, (counts.get(`${row.peer} — ${row.cause}`) ?? 0) + 1);
  sections.push(`### ${suite}: ${rows.length} disagreements`, '');
  sections.push(
    '| peer — cause | inputs |',
    '|---|---|',
    ...[...counts].map(([k, n]) => `| ${esc(k)} | ${n} |`),
    '',
  );
  sections.push(
    '<details><summary>every input</summary>',
    '',
    '| input | Kabinet | peer | peer verdict | cause |',
    '|---|---|---|---|---|',
  );
  for (const row of [...rows].sort(
    (a, b) => a.cause.localeCompare(b.cause) || a.peer.localeCompare(b.peer),
  )) {
    sections.push(
      `| \`${esc(row.input)}\` | ${esc(row.kabinet)} | ${esc(row.peer)} | ${esc(row.verdict)} | ${esc(row.cause)} |`,
    );
  }
  sections.push('', '</details>', '');
}
sections.push(`<!-- sink ${sink & 1} -->`);

writeReport(
  'validators-identifiers',
  'Validators: SNILS, INN and MRZ against peers',
  metrics,
  sections.join('\n'),
);

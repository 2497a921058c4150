// Complete registration-to-confirmed flows per second, in process on the memory adapters,
// and the share of that time spent hashing passwords (the floor no SDK can beat with these
// scrypt parameters), measured in one run. A flow: draft, personal data, two documents with
// a scan, contacts with both codes, password, terms, account; login with password and SMS
// code; documents check (standard); bank confirmation (confirmed).
import { performance } from 'node:perf_hooks';
import type { PasswordHasher } from '@kabinet/ports';
import { writeReport } from '../../../bench/_lib/report.js';
import { createScryptHasher } from '../src/password/create-scrypt-hasher.js';
import { defaultScryptParams } from '../src/password/scrypt-params.js';
import { createKit, standardAccount } from '../test/test-kit.js';

interface Timed extends PasswordHasher {
  readonly spentMs: () => number;
}

function timed(inner: PasswordHasher): Timed {
  let spent = 0;
  const measure = async <T>(fn: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      spent += performance.now() - start;
    }
  };
  return {
    hash: (secret) => measure(() => inner.hash(secret)),
    verify: (hash, secret) => measure(() => inner.verify(hash, secret)),
    needsRehash: (hash) => inner.needsRehash(hash),
    spentMs: () => spent,
  };
}

async function run(
  flows: number,
  hasher: Timed,
): Promise<{ perSecond: number; hashingShare: number; hashMsPerFlow: number }> {
  const kit = createKit({ scrypt: defaultScryptParams }, undefined, hasher);
  await standardAccount(kit, 'foreign_citizen', '10.0.0.1'); // warm-up
  const before = hasher.spentMs();
  const start = performance.now();
  for (let i = 0; i < flows; i++) {
    const s = await standardAccount(
      kit,
      i % 2 === 0 ? 'foreign_citizen' : 'residence_permit_holder',
      `10.1.${i >> 8}.${i & 255}`,
    );
    const r = await kit.identity.startConfirmation(s.auth, {
      method: 'bank',
      evidence: { bankId: 'sber', attestationId: `att-${i}-bench` },
    });
    if (!r.success || r.data.state !== 'confirmed')
      throw new Error(`flow ${i} did not confirm: ${JSON.stringify(r)}`);
  }
  const elapsed = performance.now() - start;
  const hashing = hasher.spentMs() - before;
  return {
    perSecond: (flows * 1000) / elapsed,
    hashingShare: hashing / elapsed,
    hashMsPerFlow: hashing / flows,
  };
}

const strong = await run(12, timed(createScryptHasher(defaultScryptParams)));
const cheap = await run(60, timed(createScryptHasher({ ...defaultScryptParams, cost: 2 ** 10 })));
const floor = 1000 / strong.hashMsPerFlow;

writeReport(
  'account',
  'Account: registration-to-confirmed flows',
  [
    {
      name: 'flow.registration_to_confirmed',
      value: strong.perSecond,
      unit: 'flows/s',
      better: 'higher',
      peers: { 'password hashing alone (floor)': floor },
      note: `default scrypt N=2^${Math.log2(defaultScryptParams.cost)}, r=${defaultScryptParams.blockSize}, p=${defaultScryptParams.parallelization}; memory adapters; fake clock`,
    },
    {
      name: 'flow.hashing_share',
      value: strong.hashingShare * 100,
      unit: '%',
      better: 'higher',
      note: 'share of the flow time inside PasswordHasher.hash/verify (same run)',
    },
    {
      name: 'flow.hashing_ms_per_flow',
      value: strong.hashMsPerFlow,
      unit: 'ms',
      better: 'lower',
      note: 'registration hash + login verify',
    },
    {
      name: 'flow.registration_to_confirmed.cheap_hash',
      value: cheap.perSecond,
      unit: 'flows/s',
      better: 'higher',
      note: `scrypt N=2^10 (test cost): what the rest of the SDK costs; hashing share ${(cheap.hashingShare * 100).toFixed(1)}%`,
    },
  ],
  [
    'A flow is: registration draft, personal data, passport with a 300-dpi scan and a migration card or permit + SNILS,',
    'phone and e-mail each confirmed with its code, password, terms, account creation; login with password and SMS code;',
    'the registry documents check (→ standard) and a bank confirmation (→ confirmed). Every step is journaled in the',
    'hash-chained journal and every personal field is AES-256-GCM encrypted. The floor is the rate the password hashing',
    'alone allows with the default scrypt parameters: no implementation of the flow can be faster with them.',
  ].join('\n'),
);

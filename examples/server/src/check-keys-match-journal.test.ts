import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KabinetError } from '@kabinet/core';
import type { MemoryJournalStore } from '@kabinet/memory';
import { createKabinet, type StaticKeysConfig } from 'kabinet';
import { checkKeysMatchJournal } from './check-keys-match-journal.js';
import { generateKeysFile } from './load-keys-file.js';
import { inMemoryPorts } from 'kabinet/testing';

/** A journal written with `keys`, and its latest signed checkpoint. */
async function checkpointSignedWith(keys: StaticKeysConfig) {
  const ports = inMemoryPorts();
  const store = ports.backend.journal as MemoryJournalStore;
  const kabinet = createKabinet({ ...ports, keys });
  await kabinet.journal.append({
    actor: { type: 'system', id: 'test' },
    action: 'test.started',
    subject: { type: 'system', id: 'test' },
  });
  await kabinet.journal.checkpoint();
  const checkpoint = await store.latestCheckpoint();
  expect(checkpoint).toBeDefined();
  return checkpoint!;
}

function refusal(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(KabinetError.isInstance(error) && error.code).toBe('ERR_CONFIG');
    return (error as Error).message;
  }
  throw new Error('expected ERR_CONFIG');
}

describe('checkKeysMatchJournal', () => {
  it('accepts the keys that signed the journal, and an empty journal with any keys', async () => {
    const keys = generateKeysFile();
    const checkpoint = await checkpointSignedWith(keys);
    expect(() => checkKeysMatchJournal(checkpoint, keys)).not.toThrow();
    expect(() => checkKeysMatchJournal(undefined, generateKeysFile())).not.toThrow();
  });

  it("refuses another instance's keys file, naming the key the journal needs", async () => {
    const keys = generateKeysFile();
    const checkpoint = await checkpointSignedWith(keys);
    expect(refusal(() => checkKeysMatchJournal(checkpoint, generateKeysFile()))).toContain(
      `signed with key ${keys.signing[0]!.kid}`,
    );
  });

  it('refuses a file whose key has the right id but other key material', async () => {
    const keys = generateKeysFile();
    const checkpoint = await checkpointSignedWith(keys);
    const other = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const forged = { ...keys, signing: [{ ...keys.signing[0]!, privateKey: other }] };
    expect(refusal(() => checkKeysMatchJournal(checkpoint, forged))).toContain(
      'is not the key that signed',
    );
  });

  it('accepts a rotated file that keeps the old signing key as retired', async () => {
    const old = generateKeysFile();
    const checkpoint = await checkpointSignedWith(old);
    const fresh = generateKeysFile();
    expect(() =>
      checkKeysMatchJournal(checkpoint, { ...fresh, signing: [...fresh.signing, ...old.signing] }),
    ).not.toThrow();
  });

  it('verifies ES256 checkpoints too', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const keys: StaticKeysConfig = {
      ...generateKeysFile(),
      signing: [
        {
          kid: 'es-1',
          alg: 'ES256',
          privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        },
      ],
    };
    const checkpoint = await checkpointSignedWith(keys);
    expect(() => checkKeysMatchJournal(checkpoint, keys)).not.toThrow();
    const { privateKey: other } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(
      refusal(() =>
        checkKeysMatchJournal(checkpoint, {
          ...keys,
          signing: [{ kid: 'es-1', alg: 'ES256', privateKey: other }],
        }),
      ),
    ).toContain('is not the key');
  });
});

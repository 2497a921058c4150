// A wrong keys file (another instance's path, a lost file replaced by fresh keys) would make
// every token, encrypted field and journal payload unreadable. The journal's latest signed
// checkpoint tells at start whether the keys are the ones this database was written with.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { KabinetError } from '@kabinet/core';
import type { StaticKeysConfig } from 'kabinet';

/** What the check reads of a stored checkpoint (`JournalCheckpointRecord` of `@kabinet/ports`). */
export interface SignedCheckpoint {
  /** Key id of the signature. */
  readonly kid: string;
  /** The compact JWS. */
  readonly jws: string;
}

function publicKeyOf(key: StaticKeysConfig['signing'][number]): KeyObject {
  if (key.publicKey !== undefined)
    return typeof key.publicKey === 'string' ? createPublicKey(key.publicKey) : key.publicKey;
  return createPublicKey(key.privateKey);
}

/**
 * Checks that the keys can verify the journal's latest checkpoint: its `kid` must be one of
 * the signing keys (current or retired) and its signature must verify with that key.
 *
 * @param checkpoint - the latest stored checkpoint (`undefined` for an empty journal: nothing to check)
 * @param keys - the keys from the keys file
 * @throws `KabinetError` `ERR_CONFIG` when the keys did not sign the journal
 * @example
 * ```ts
 * checkKeysMatchJournal(await backend.journal.latestCheckpoint(), keys);
 * ```
 */
export function checkKeysMatchJournal(
  checkpoint: SignedCheckpoint | undefined,
  keys: StaticKeysConfig,
): void {
  if (checkpoint === undefined) return;
  const key = keys.signing.find((k) => k.kid === checkpoint.kid);
  const known = keys.signing.map((k) => k.kid).join(', ');
  if (key === undefined) {
    throw new KabinetError(
      'ERR_CONFIG',
      `the journal in this database is signed with key ${checkpoint.kid}, which the keys file does not hold (it holds ${known}): start with the keys file that belongs to this database`,
      { details: { kid: checkpoint.kid } },
    );
  }
  const [header, payload, signature] = checkpoint.jws.split('.');
  const data = Buffer.from(`${header}.${payload}`);
  const sig = Buffer.from(signature ?? '', 'base64url');
  const ok =
    key.alg === 'EdDSA'
      ? verify(null, data, publicKeyOf(key), sig)
      : verify('sha256', data, { key: publicKeyOf(key), dsaEncoding: 'ieee-p1363' }, sig);
  if (!ok) {
    throw new KabinetError(
      'ERR_CONFIG',
      `the keys file's signing key ${key.kid} is not the key that signed this database's journal: start with the keys file that belongs to this database`,
      {
        details: { kid: key.kid },
      },
    );
  }
}

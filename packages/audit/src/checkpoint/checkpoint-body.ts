/**
 * What a checkpoint signs (a signed tree head): the journal's origin, the tree size, the
 * RFC 9162 root of the first `size` entries, the hash of entry `size - 1` and the signing time.
 */
export interface CheckpointBody {
  /** Names the journal (e.g. `kabinet.example.ru/journal`), so a checkpoint of one journal never vouches for another. */
  readonly origin: string;
  /** Tree size: the checkpoint covers entries `0 … size-1`. */
  readonly size: number;
  /** Hex Merkle root. */
  readonly root: string;
  /** Hex hash of the last covered entry (64 zeros, the genesis hash, when `size` is 0). */
  readonly head: string;
  /** Epoch ms. */
  readonly ts: number;
}

/** A checkpoint whose signature has been verified, with the key that signed it. */
export interface VerifiedCheckpoint extends CheckpointBody {
  /** The id of the key that signed it. */
  readonly kid: string;
  /** The compact JWS itself (keep it outside the database). */
  readonly jws: string;
}

/** The JWS `typ` of a checkpoint. */
export const CHECKPOINT_JWS_TYPE = 'audit-checkpoint+jws';

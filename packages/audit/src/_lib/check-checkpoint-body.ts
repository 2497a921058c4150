import { isSha256Hex, JOURNAL_GENESIS_HASH } from '@kabinet/ports';
import type { CheckpointBody } from '../checkpoint/checkpoint-body.js';
import { EMPTY_TREE_HASH } from './sha256.js';

/** The body with exactly its five fields when well formed, else `undefined`. */
export function checkCheckpointBody(value: unknown): CheckpointBody | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const { origin, size, root, head, ts } = v;
  if (typeof origin !== 'string' || origin.length === 0 || origin.length > 200) return undefined;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined;
  if (typeof ts !== 'number' || !Number.isSafeInteger(ts) || ts < 0) return undefined;
  if (!isSha256Hex(root) || !isSha256Hex(head)) return undefined;
  if (size === 0 && (root !== EMPTY_TREE_HASH || head !== JOURNAL_GENESIS_HASH)) return undefined;
  return { origin, size, root, head, ts };
}

import { randomBytes } from 'node:crypto';

const run = randomBytes(4).toString('hex');
let sequence = 0;

/**
 * A name no other test of this process or of a concurrent run uses, for collections, counter
 * keys and blob ids, so suites never see each other's data in a shared backend. ASCII only,
 * and names made later sort after names made earlier within one process.
 */
export function uniqueName(prefix: string): string {
  sequence += 1;
  return `${prefix}_${run}_${sequence.toString(36).padStart(6, '0')}`;
}

import { describe, expect, it } from 'vitest';
import { test } from '@fast-check/vitest';
import canonicalize from 'canonicalize';
import { JOURNAL_GENESIS_HASH } from '@kabinet/ports';
import { canonicalizeEntry } from './canonicalize-entry.js';
import { canonicalizeJson } from './canonicalize-json.js';
import { looseEntryArb } from '../../test/fixtures/arbitraries.js';

describe('canonicalizeEntry', () => {
  test.prop([looseEntryArb])(
    'equals a generic RFC 8785 implementation (canonicalize 4) and ours for every entry',
    (entry) => {
      expect(canonicalizeEntry(entry)).toBe(canonicalize(entry));
      expect(canonicalizeEntry(entry)).toBe(canonicalizeJson(entry));
    },
  );

  test.prop([looseEntryArb])(
    'does not depend on the key order of the object it is given',
    (entry) => {
      const reversed = Object.fromEntries(Object.entries(entry).reverse()) as typeof entry;
      expect(canonicalizeEntry(reversed)).toBe(canonicalizeEntry(entry));
    },
  );

  it('ignores a hash member and writes keys in code-unit order', () => {
    const fields = {
      v: 1 as const,
      seq: 0,
      ts: 5,
      actor: { type: 'system', id: 'sys' },
      action: 'x.y',
      subject: { type: 'account', id: 'acc_1' },
      payloadCommitment: null,
      prev: JOURNAL_GENESIS_HASH,
    };
    expect(canonicalizeEntry({ ...fields, hash: 'ignored' } as typeof fields)).toBe(
      `{"action":"x.y","actor":{"id":"sys","type":"system"},"payloadCommitment":null,"prev":"${JOURNAL_GENESIS_HASH}","seq":0,"subject":{"id":"acc_1","type":"account"},"ts":5,"v":1}`,
    );
  });
});

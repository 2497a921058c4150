// 1 for every byte value that is not a lower-case hex digit.
const NOT_LOWER_HEX = /* @__PURE__ */ (() => {
  const table = new Uint8Array(256).fill(1);
  for (const c of '0123456789abcdef') table[c.charCodeAt(0)] = 0;
  return table;
})();

/**
 * Whether a value has the form of every hash in the journal: a SHA-256 digest as 64
 * lower-case hex characters (`hash`, `prev`, `payloadCommitment`, checkpoint `root` and
 * `head`). Stores run it on every append, so it checks without a regex and without a branch
 * per character (digits and letters come in random order in a digest, so a per-character
 * branch would be mispredicted about half the time).
 *
 * @param value - any value
 * @returns `true` for a 64-character lower-case hex string
 * @example
 * ```ts
 * isSha256Hex(JOURNAL_GENESIS_HASH);  // true
 * isSha256Hex('AB'.repeat(32));       // false: upper case
 * isSha256Hex('ab');                  // false: too short
 * ```
 */
export function isSha256Hex(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 64) return false;
  let bad = 0;
  for (let i = 0; i < 64; i++) {
    const c = value.charCodeAt(i);
    bad |= NOT_LOWER_HEX[c & 255]! | (c >> 8);
  }
  return bad === 0;
}

import { hash } from 'node:crypto';

const NODE_INPUT = Buffer.alloc(65);
NODE_INPUT[0] = 0x01;

/** Hex SHA-256 of the empty string: the RFC 9162 hash of an empty tree. */
export const EMPTY_TREE_HASH = hash('sha256', '', 'hex');

/** Hex RFC 9162 leaf hash SHA-256(0x00 ‖ utf8(text)). */
export function leafHashOfText(text: string): string {
  // A U+0000 code unit encodes as the single byte 0x00 in UTF-8.
  return hash('sha256', '\u0000' + text, 'hex');
}

/** Hex RFC 9162 leaf hash SHA-256(0x00 ‖ bytes). */
export function leafHashOfBytes(bytes: Uint8Array): string {
  const input = Buffer.allocUnsafe(bytes.length + 1);
  input[0] = 0x00;
  input.set(bytes, 1);
  return hash('sha256', input, 'hex');
}

/** Hex RFC 9162 interior node hash SHA-256(0x01 ‖ left ‖ right) of two hex hashes. */
export function nodeHash(leftHex: string, rightHex: string): string {
  // One preallocated 65-byte buffer: no allocation per node (JS is single-threaded and hash() is synchronous).
  NODE_INPUT.write(leftHex, 1, 32, 'hex');
  NODE_INPUT.write(rightHex, 33, 32, 'hex');
  return hash('sha256', NODE_INPUT, 'hex');
}

// The frontier's node input: 0x01 ‖ left ‖ right, hashed through a DataView (node:crypto takes
// a DataView about twice as fast as a Buffer) and filled by plain JS loops (no native call).
const COMPACT_INPUT = new Uint8Array(65);
COMPACT_INPUT[0] = 0x01;
const COMPACT_VIEW = new DataView(COMPACT_INPUT.buffer, 0, 65);
const HEX_VALUE = new Int8Array(128).fill(0);
for (let i = 0; i < 10; i++) HEX_VALUE[48 + i] = i;
for (let i = 0; i < 6; i++) HEX_VALUE[97 + i] = HEX_VALUE[65 + i] = 10 + i;

function putCompact(value: string, at: number): void {
  if (value.length === 64) {
    for (let i = 0; i < 32; i++)
      COMPACT_INPUT[at + i] =
        (HEX_VALUE[value.charCodeAt(2 * i) & 127]! << 4) |
        HEX_VALUE[value.charCodeAt(2 * i + 1) & 127]!;
  } else {
    for (let i = 0; i < 32; i++) COMPACT_INPUT[at + i] = value.charCodeAt(i);
  }
}

/**
 * RFC 9162 node hash for the Merkle frontier, where a child is either a 64-character
 * lower-case hex hash (a leaf, already checked) or a 32-character latin1 string (an inner
 * node): keeping inner nodes raw avoids a hex encode and decode per level. Returns the digest
 * as a 32-character latin1 string.
 */
export function nodeHashCompact(left: string, right: string): string {
  putCompact(left, 1);
  putCompact(right, 33);
  return hash('sha256', COMPACT_VIEW, 'binary');
}

/** A 64-character hex hash from a hex or 32-character latin1 one. */
export function toHex(compact: string): string {
  return compact.length === 64 ? compact : Buffer.from(compact, 'latin1').toString('hex');
}

/** Hex SHA-256 of bytes. */
export function sha256Hex(bytes: Uint8Array | string): string {
  return hash('sha256', bytes, 'hex');
}

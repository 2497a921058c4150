import type { QrEncoding } from '../qr/payment-qr-types.js';

const tables = new Map<QrEncoding, Map<string, number>>();

/** Character → byte of a single-byte encoding, built once by decoding all 256 bytes. */
function tableOf(encoding: Exclude<QrEncoding, 'utf-8'>): Map<string, number> {
  let table = tables.get(encoding);
  if (table === undefined) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let byte = 0; byte < 256; byte++) {
      const ch = decoder.decode(new Uint8Array([byte]));
      if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, byte);
    }
    tables.set(encoding, table);
  }
  return table;
}

/** The first character of `text` the encoding cannot represent, or `undefined`. */
export function firstUnencodable(text: string, encoding: QrEncoding): string | undefined {
  if (encoding === 'utf-8') {
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code >= 0xd800 && code <= 0xdfff) return ch;
    }
    return undefined;
  }
  const table = tableOf(encoding);
  for (const ch of text) if (!table.has(ch)) return ch;
  return undefined;
}

/** Encodes text in the encoding; every character must be representable (see `firstUnencodable`). */
export function encodeText(text: string, encoding: QrEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const table = tableOf(encoding);
  const out = new Uint8Array([...text].length);
  let i = 0;
  for (const ch of text) out[i++] = table.get(ch)!;
  return out;
}

/** Decodes bytes strictly: `undefined` when they are not valid in the encoding. */
export function decodeBytes(bytes: Uint8Array, encoding: QrEncoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

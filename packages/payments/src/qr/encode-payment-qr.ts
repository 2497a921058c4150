import { KabinetError } from '@kabinet/core';
import { encodeText, firstUnencodable } from '../_lib/legacy-encodings.js';
import type { QrEncoding } from './payment-qr-types.js';

const FLAGS: Readonly<Record<string, QrEncoding>> = {
  '1': 'windows-1251',
  '2': 'utf-8',
  '3': 'koi8-r',
};

/**
 * The bytes to put in the QR code for a payload from {@link buildPaymentQr}, in the encoding
 * its header declares (windows-1251 and KOI8-R are single-byte; readers that only know UTF-8
 * need flag `2`).
 *
 * @param payload - a payload whose header is `ST0001` + `1`, `2` or `3`
 * @returns the encoded bytes
 * @throws KabinetError `ERR_INVALID_ARGUMENT` when the header is not a GOST header or a
 *   character cannot be encoded (build with {@link buildPaymentQr} to get issues instead)
 * @example
 * ```ts
 * const bytes = encodePaymentQr('ST00011|Name=Тест|…');
 * bytes[13]; // 0xd2 ('Т' in windows-1251)
 * ```
 */
export function encodePaymentQr(payload: string): Uint8Array {
  const flag = /^ST0001([123])/.exec(payload)?.[1];
  const encoding = flag === undefined ? undefined : FLAGS[flag];
  if (encoding === undefined)
    throw new KabinetError('ERR_INVALID_ARGUMENT', 'the payload has no GOST R 56042 header');
  const bad = firstUnencodable(payload, encoding);
  if (bad !== undefined)
    throw new KabinetError('ERR_INVALID_ARGUMENT', `a character cannot be encoded in ${encoding}`);
  return encodeText(payload, encoding);
}

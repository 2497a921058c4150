// The passport upload every registration benchmark sends: a small well-formed PNG scan at
// 300 dpi with the document's fields, as one multipart form.
import { crc32 } from 'node:zlib';

/** The multipart boundary of {@link passportForm}: send `multipart/form-data; boundary=${PASSPORT_FORM_BOUNDARY}`. */
export const PASSPORT_FORM_BOUNDARY = '----kabinetbench';

const be32 = (n: number): number[] => [
  (n >>> 24) & 0xff,
  (n >>> 16) & 0xff,
  (n >>> 8) & 0xff,
  n & 0xff,
];
function chunk(type: string, data: number[]): number[] {
  const body = Uint8Array.from([...[...type].map((c) => c.charCodeAt(0)), ...data]);
  return [...be32(data.length), ...body, ...be32(crc32(body))];
}
/** A small well-formed PNG passport scan at 300 dpi. */
const SCAN = Buffer.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...chunk('IHDR', [...be32(1600), ...be32(1100), 8, 2, 0, 0, 0]),
  ...chunk('pHYs', [...be32(11811), ...be32(11811), 1]),
  ...chunk('IDAT', [0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01]),
  ...chunk('IEND', []),
]);

/** The form of a foreign passport numbered `number` (one person, one account: each registrant its own) with its scan. */
export function passportForm(number: string): Buffer {
  const b = PASSPORT_FORM_BOUNDARY;
  return Buffer.concat([
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="document"\r\n\r\n`),
    Buffer.from(
      JSON.stringify({
        kind: 'foreign_passport',
        number,
        country: 'UZB',
        issueDate: '10.01.2020',
        expiryDate: '09.01.2034',
      }),
    ),
    Buffer.from(
      `\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="passport.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    SCAN,
    Buffer.from(`\r\n--${b}--\r\n`),
  ]);
}

// Where each field of a machine-readable zone stands (0-based positions), per ICAO Doc 9303
// layout.
import type { MrzFormat } from '../mrz-types.js';

/** The layout of clean MRZ lines, or `undefined` when their count and widths match none. */
export function mrzFormatOf(lines: readonly string[]): MrzFormat | undefined {
  const l1 = lines[0]!;
  const width = l1.length;
  if (lines.length === 3) return lines.every((line) => line.length === 30) ? 'TD1' : undefined;
  if (lines.length === 2 && lines[1]!.length === width && (width === 36 || width === 44))
    return l1.startsWith('V') ? (width === 36 ? 'MRV-B' : 'MRV-A') : width === 36 ? 'TD2' : 'TD3';
  return undefined;
}

/** The raw fields of an MRZ, cut at their layout's positions. */
export interface MrzFields {
  readonly format: MrzFormat;
  readonly td1: boolean;
  readonly code: string;
  readonly state: string;
  readonly nameField: string;
  readonly numberField: string;
  readonly numberCheck: string;
  /** TD1 line 1 after the number, TD2 and visas line 2, TD3 the personal number. */
  readonly optional: string;
  readonly birthRaw: string;
  readonly birthCheck: string;
  readonly sexChar: string;
  readonly expiryRaw: string;
  readonly expiryCheck: string;
  readonly nationality: string;
  /** TD3 only: the personal number's check digit. */
  readonly personalCheck: string | undefined;
  /** What the composite check digit covers, and that digit; `undefined` for visas (none). */
  readonly composite: { readonly value: string; readonly check: string } | undefined;
  /** TD1 line 2 optional data. */
  readonly optional2: string | undefined;
  /** Line 2 of a TD2/TD3/visa; line 2 of a TD1. */
  readonly line2: string;
}

/** Cuts the fields of lines already known to have the `format` layout. */
export function mrzFields(lines: readonly string[], format: MrzFormat): MrzFields {
  const td1 = format === 'TD1';
  const l1 = lines[0]!;
  const l2 = lines[1]!;
  const width = l1.length;
  const dataLine = td1 ? l1 : l2;
  const optionalStart = td1 ? 15 : 28;
  const optionalEnd = td1 ? 30 : format === 'TD2' ? 35 : format === 'TD3' ? 42 : width;
  // Visas have no composite check digit.
  const composite = !format.startsWith('T')
    ? undefined
    : td1
      ? {
          value: l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29),
          check: l2[29]!,
        }
      : {
          value: l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, width - 1),
          check: l2[width - 1]!,
        };
  return {
    format,
    td1,
    code: l1.slice(0, 2),
    state: l1.slice(2, 5),
    nameField: td1 ? lines[2]! : l1.slice(5),
    numberField: td1 ? l1.slice(5, 14) : l2.slice(0, 9),
    numberCheck: td1 ? l1[14]! : l2[9]!,
    optional: dataLine.slice(optionalStart, optionalEnd),
    birthRaw: td1 ? l2.slice(0, 6) : l2.slice(13, 19),
    birthCheck: td1 ? l2[6]! : l2[19]!,
    sexChar: td1 ? l2[7]! : l2[20]!,
    expiryRaw: td1 ? l2.slice(8, 14) : l2.slice(21, 27),
    expiryCheck: td1 ? l2[14]! : l2[27]!,
    nationality: td1 ? l2.slice(15, 18) : l2.slice(10, 13),
    personalCheck: format === 'TD3' ? l2[42]! : undefined,
    composite,
    optional2: td1 ? l2.slice(18, 29) : undefined,
    line2: l2,
  };
}

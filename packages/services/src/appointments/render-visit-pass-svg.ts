import encodeQR from 'qr';

/**
 * Renders a visit pass as an SVG QR code (the `qr` library, error correction M, a 4-module quiet
 * zone), for the confirmation page and `GET /v1/appointments/{id}/pass.svg`.
 *
 * @param text - the signed pass
 * @returns the SVG document
 * @example
 * ```ts
 * const svg = renderVisitPassSvg(await signVisitPass(claims, key)); // '<svg xmlns="http://www.w3.org/2000/svg" …'
 * ```
 */
export function renderVisitPassSvg(text: string): string {
  return encodeQR(text, 'svg', { ecc: 'medium', border: 4 });
}

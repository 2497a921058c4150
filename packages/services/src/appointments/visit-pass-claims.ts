/**
 * What a visit pass (the QR code of a booked visit) says, as `verifyVisitPass` reads it:
 * enough for an operator's scanner to check the visit offline, no personal data.
 *
 * @example
 * ```ts
 * const claims: VisitPassClaims = { appointmentId: 'apt_1', number: 'A7K2M9QX', officeId: 'mow-1', serviceId: 'patent', start: 1_800_000_000_000, end: 1_800_000_900_000, issuedAt: 1_799_990_000_000, expiresAt: 1_800_002_700_000, kid: 'vp-1' };
 * ```
 */
export interface VisitPassClaims {
  /** The appointment (`sub`). */
  readonly appointmentId: string;
  /** Its number as shown to the visitor (`num`). */
  readonly number: string;
  /** The office (`off`). */
  readonly officeId: string;
  /** The service (`svc`). */
  readonly serviceId: string;
  /** Visit start, epoch ms (`st`, seconds on the wire). */
  readonly start: number;
  /** Visit end, epoch ms (`en`). */
  readonly end: number;
  /** Signed at, epoch ms (`iat`). */
  readonly issuedAt: number;
  /** Valid until, epoch ms (`exp`): shortly after the visit. */
  readonly expiresAt: number;
  /** The signing key's id (`kid`). */
  readonly kid: string;
}

/**
 * A public key of the visit passes as a JWK (Ed25519), what scanners are given
 * (`GET /v1/visit-pass-keys`).
 *
 * @example
 * ```ts
 * const key: VisitPassPublicKey = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kid: 'vp-1', alg: 'EdDSA', use: 'sig' };
 * ```
 */
export interface VisitPassPublicKey {
  /** Key type. */
  readonly kty: 'OKP';
  /** Curve. */
  readonly crv: 'Ed25519';
  /** The public key, base64url. */
  readonly x: string;
  /** Key id. */
  readonly kid: string;
  /** Algorithm. */
  readonly alg: 'EdDSA';
  /** Use. */
  readonly use: 'sig';
}

/** The JWS `typ` of a visit pass. */
export const VISIT_PASS_TYP = 'kvp+jwt';

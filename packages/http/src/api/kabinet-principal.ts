import type { AuthContext } from 'kabinet';

/**
 * Who is calling a Kabinet route: an account holder with a live session (from a bearer
 * access token or the session cookie), or a support operator recognised by the
 * integrator's {@link KabinetHttpOptions.operators} hook.
 *
 * @example
 * ```ts
 * const principal: KabinetPrincipal = { kind: 'operator', operatorId: 'op_7' };
 * ```
 */
export type KabinetPrincipal =
  | {
      /** An account holder. */
      readonly kind: 'account';
      /** The session behind the request, as `kabinet.sessions.authenticate` returned it. */
      readonly auth: AuthContext;
      /** How the request authenticated: cookie sessions are subject to CSRF checks. */
      readonly via: 'bearer' | 'cookie';
    }
  | {
      /** A support operator. */
      readonly kind: 'operator';
      /** The operator's id as the journal records it (`support:<operatorId>`). */
      readonly operatorId: string;
    };

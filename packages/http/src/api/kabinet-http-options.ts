import type { MessageCatalogue } from '@kabinet/core';
import type { BodyLimits } from '../body/read-body.js';
import type { ServerFault } from '../faults/server-fault.js';
import type { OpenApiInfo } from '../openapi/build-openapi-document.js';
import type { Route } from '../routing/define-route.js';
import type { KabinetPrincipal } from './kabinet-principal.js';

/** A support operator as the {@link KabinetHttpOptions.operators} hook recognises one. */
export interface KabinetOperator {
  /** The operator's id, recorded in the journal as `support:<operatorId>` (letters, digits, `_.:-`). */
  readonly operatorId: string;
}

/** Cookie sessions for browsers (see {@link KabinetHttpOptions.cookies}). */
export interface KabinetCookieOptions {
  /** Where the API is mounted, the cookies' `Path` (default `/`). */
  readonly path?: string;
  /** Send cookies with `Secure` (default `true`; `false` only for plain-HTTP development). */
  readonly secure?: boolean;
  /** `SameSite` of the cookies (default `Lax`). */
  readonly sameSite?: 'Strict' | 'Lax';
}

/**
 * The Swagger UI files the API reference page loads, as the `swagger-ui-dist` package ships
 * them (read them from its folder at start-up: `@kabinet/http` does not bundle the 2 MB renderer).
 */
export interface ApiReferenceRenderer {
  /** The text of `swagger-ui-bundle.js`. */
  readonly script: string;
  /** The text of `swagger-ui.css`. */
  readonly stylesheet: string;
}

/** The API reference (see {@link KabinetHttpOptions.docs}). */
export interface KabinetDocsOptions {
  /**
   * The Swagger UI files: `GET /docs` then renders the whole document with try-it-out, the
   * files served at `/docs/assets/…`. Without them `/docs` only links `openapi.json`.
   */
  readonly renderer?: ApiReferenceRenderer;
}

/** Options of {@link createKabinetHttp}. */
export interface KabinetHttpOptions {
  /**
   * Recognises support operators (your staff sign-in: SSO, mTLS, a gateway header you
   * trust). Without it no request is an operator and the support routes answer 401/403.
   */
  readonly operators?: (request: Request) => Promise<KabinetOperator | undefined>;
  /**
   * Cookie sessions for browsers (`transport: "cookie"` at login): HttpOnly session and
   * refresh cookies plus a double-submit CSRF token. `path` is where the API is mounted
   * (default `/`); `secure` defaults to `true` (set `false` only for plain-HTTP development).
   * `false` turns cookie sessions off (bearer tokens only).
   */
  readonly cookies?: KabinetCookieOptions | false;
  /** JSON body limits (default 64 KiB, depth 16). */
  readonly bodyLimits?: BodyLimits;
  /** Largest upload body with scans (default 16 MiB; each file is further held to the file policy, 5 MB by default). */
  readonly uploadMaxBytes?: number;
  /** Title, version and servers of the OpenAPI document. */
  readonly openapi?: Partial<OpenApiInfo>;
  /**
   * Serve `GET /openapi.json` and the reference page `GET /docs` (default `true`); an object
   * also gives the Swagger UI files the page renders with ({@link KabinetDocsOptions}).
   */
  readonly docs?: boolean | KabinetDocsOptions;
  /** The path prefix the handler sees before the routes (default `''`; Express routers strip the mount path). */
  readonly basePath?: string;
  /** Messages of your own issue codes, merged over Kabinet's. */
  readonly catalogue?: MessageCatalogue;
  /** Extra routes of your portal, served and documented with Kabinet's. */
  readonly routes?: readonly Route<KabinetPrincipal>[];
  /**
   * Called with every error a route throws — a fault (500), a dependency that cannot answer or
   * hashing at capacity (503) — with its correlation id, status, method and route
   * (`ServerFault`): log it. Without it every 5xx is logged by `logServerFault` (one JSON
   * line on stderr, nothing personal).
   */
  readonly onError?: (error: unknown, request: Request, fault: ServerFault) => void;
}

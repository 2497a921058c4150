// The only way the portal talks to the server: Kabinet's public HTTP API under /api, through the
// client generated from its OpenAPI document (api-types.ts). Cookies carry the session; every
// unsafe request carries the CSRF token (double submit) and every request the UI language, so
// the API's issue messages come back in it.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api-types';
import { currentLang, t } from './i18n';

const CSRF_KEY = 'kabinet.csrf';

/** The CSRF token of the current session (from the login answer; kept across reloads of this browser). */
export function setCsrfToken(token: string | undefined): void {
  if (token === undefined) localStorage.removeItem(CSRF_KEY);
  else localStorage.setItem(CSRF_KEY, token);
}

/** The CSRF token for requests the typed client does not make (multipart with upload progress). */
export function csrfToken(): string | undefined {
  const fromCookie = document.cookie.split('; ').find((c) => c.startsWith('kabinet_csrf='));
  return fromCookie === undefined
    ? (localStorage.getItem(CSRF_KEY) ?? undefined)
    : decodeURIComponent(fromCookie.slice('kabinet_csrf='.length));
}

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLang());
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const token = csrfToken();
      if (token !== undefined) request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
};

// A request that never got an answer (offline, server down) comes back as a 503 with the
// `network` error, so every call resolves and each page shows the failure like any other.
const unreachable: Middleware = {
  onError: () =>
    Response.json({ error: { code: 'network', message: t('networkError') } }, { status: 503 }),
};

/** The typed client of the API at `/api`. */
export const api = createClient<paths>({
  baseUrl: `${location.origin}/api`,
  credentials: 'same-origin',
});
api.use(headers, unreachable);

/** The JSON body of an operation's 200 (or `status`) answer. */
export type Json<
  P extends keyof paths,
  M extends 'get' | 'post' | 'put' | 'delete',
  S extends number = 200,
> = paths[P][M] extends {
  responses: Record<S, { content: { 'application/json': infer B } }>;
}
  ? B
  : never;

/** The API's error body. */
export type ApiError = components['schemas']['Error']['error'];

/** An answer that failed: its status, the error body (when JSON) and Retry-After in seconds. */
export interface Failure {
  readonly status: number;
  readonly error: ApiError;
  readonly retryAfter?: number;
}

/** Turns a failed openapi-fetch answer into a {@link Failure}. */
export function failureOf(result: { error?: unknown; response: Response }): Failure {
  const body = result.error as { error?: ApiError } | undefined;
  const error: ApiError = body?.error ?? {
    code: `http_${result.response.status}`,
    message: `HTTP ${result.response.status}`,
  };
  const retry = Number(result.response.headers.get('retry-after'));
  return {
    status: result.response.status,
    error,
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  };
}

/** The issues of a failure by field path (`personal.birthDate`), first message wins. */
export function issuesByPath(failure: Failure | undefined, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of failure?.error.issues ?? []) {
    const path = issue.path.join('.');
    const key =
      prefix !== '' && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    out[key] ??= issue.message;
  }
  return out;
}

import type { HttpMethod, Route } from './define-route.js';

/** The outcome of matching a request against the route table. */
export type RouteMatch<Principal> =
  | {
      /** A route matched. */
      readonly kind: 'found';
      /** The matched route. */
      readonly route: Route<Principal>;
      /** Decoded path parameters. */
      readonly params: Record<string, string>;
    }
  | {
      /** The path exists with other methods. */
      readonly kind: 'method_not_allowed';
      /** The methods the path accepts (for the `Allow` header). */
      readonly allowed: readonly HttpMethod[];
    }
  | {
      /** No route has this path. */
      readonly kind: 'not_found';
    };

/**
 * Finds the route for a method and path. Parameters match one non-empty path segment and
 * are URI-decoded; a malformed escape makes the path not match rather than throw.
 *
 * @param routes - the route table
 * @param method - the request method
 * @param pathname - the request path (without the API's base path)
 * @returns the route and its parameters, `method_not_allowed` with the allowed methods, or `not_found`
 * @example
 * ```ts
 * matchRoute(routes, 'GET', '/v1/registration/drafts/drf_1');
 * // { kind: 'found', route, params: { draftId: 'drf_1' } }
 * ```
 */
export function matchRoute<Principal>(
  routes: readonly Route<Principal>[],
  method: string,
  pathname: string,
): RouteMatch<Principal> {
  const segments = pathname.split('/').filter((s) => s !== '');
  const allowed: HttpMethod[] = [];
  for (const route of routes) {
    const params = matchPath(route.path, segments);
    if (params === undefined) continue;
    if (route.method === method) return { kind: 'found', route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
}

function matchPath(
  template: string,
  segments: readonly string[],
): Record<string, string> | undefined {
  const parts = template.split('/').filter((s) => s !== '');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const segment = segments[i]!;
    if (part.startsWith('{') && part.endsWith('}')) {
      try {
        params[part.slice(1, -1)] = decodeURIComponent(segment);
      } catch {
        return undefined;
      }
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}

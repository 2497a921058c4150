import type { MessageCatalogue } from '@kabinet/core';
import type { AuthContext, Kabinet, RequestMeta } from 'kabinet';
import type { z } from 'zod';
import type { Route, RouteContext } from '../../routing/define-route.js';
import type { HttpReply } from '../../responses/http-reply.js';
import type { KabinetPrincipal } from '../kabinet-principal.js';
import type { CookieSettings } from './session-transport/cookies.js';

/** The context every Kabinet route handler receives. */
export type KabinetContext<Body = unknown> = RouteContext<Body, KabinetPrincipal>;

/** What the route groups share. */
export interface ApiTools {
  readonly kabinet: Kabinet;
  /** Domain and HTTP messages merged. */
  readonly catalogue: MessageCatalogue;
  /** Cookie sessions, or `false` when the API hands out bearer tokens only. */
  readonly cookies: CookieSettings | false;
  /** Largest upload body (scans), bytes. */
  readonly uploadMaxBytes: number;
  /** Current time, for cookie lifetimes. */
  readonly now: () => number;
}

/** The request facts a use case records (login log, send limits). */
export function metaOf(ctx: KabinetContext): RequestMeta {
  return ctx.userAgent === '' ? { ip: ctx.ip } : { ip: ctx.ip, userAgent: ctx.userAgent };
}

/** The body a handler of a route declared with `Schema` receives. */
type BodyOf<Schema extends z.ZodType | undefined> = Schema extends z.ZodType
  ? z.output<Schema>
  : unknown;

/** Declares a Kabinet route, its body type inferred from its schema. */
export function kabinetRoute<Schema extends z.ZodType | undefined = undefined>(
  route: Omit<Route<KabinetPrincipal, BodyOf<Schema>>, 'body'> & { readonly body?: Schema },
): Route<KabinetPrincipal> {
  return route as unknown as Route<KabinetPrincipal>;
}

/** A route's declaration without its access and handler, its body type inferred from its schema. */
type RouteDeclaration<Schema extends z.ZodType | undefined> = Omit<
  Route<KabinetPrincipal, BodyOf<Schema>>,
  'body' | 'access' | 'handle'
> & { readonly body?: Schema };

/**
 * Declares a route an account holder calls with their session (`access: 'session'`): `handle`
 * receives the session beside the context, and an operator's call is answered 403
 * `http.forbidden` before it runs.
 */
export function accountRoute<Schema extends z.ZodType | undefined = undefined>(
  route: RouteDeclaration<Schema> & {
    handle: (ctx: KabinetContext<BodyOf<Schema>>, auth: AuthContext) => Promise<HttpReply>;
  },
): Route<KabinetPrincipal> {
  const { handle, ...declaration } = route;
  return kabinetRoute<Schema>({
    ...declaration,
    access: 'session',
    handle: async (ctx) =>
      ctx.principal?.kind === 'account'
        ? handle(ctx, ctx.principal.auth)
        : ctx.problem(403, 'http.forbidden'),
  });
}

/**
 * Declares a route a support operator calls (`access: 'operator'`): `handle` receives the
 * operator's id beside the context.
 */
export function operatorRoute<Schema extends z.ZodType | undefined = undefined>(
  route: RouteDeclaration<Schema> & {
    handle: (ctx: KabinetContext<BodyOf<Schema>>, operatorId: string) => Promise<HttpReply>;
  },
): Route<KabinetPrincipal> {
  const { handle, ...declaration } = route;
  return kabinetRoute<Schema>({
    ...declaration,
    access: 'operator',
    // The HTTP handler lets only an operator reach an `operator` route (`isOperator`).
    handle: (ctx) =>
      handle(ctx, ctx.principal?.kind === 'operator' ? ctx.principal.operatorId : 'unknown'),
  });
}

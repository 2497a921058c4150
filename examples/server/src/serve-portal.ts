// Serves the built browser portal (examples/portal/dist) at `/`: hashed assets cached for a
// year, every other page path answered with index.html (the portal routes in the browser), and
// a CSP that allows exactly the bundle's script and stylesheet files, nothing inline, and API
// calls to this origin only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Request, type Router } from 'express';

/** The built portal: its folder and the files its CSP allows. */
export interface PortalBundle {
  readonly dir: string;
  readonly index: string;
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/**
 * Reads the build in `dir` (its index.html and assets), or `undefined` when there is none.
 *
 * @param dir - the portal's `dist` folder
 * @returns the bundle, or `undefined` without an index.html
 * @example
 * ```ts
 * const bundle = readPortalBundle('../portal/dist');
 * ```
 */
export function readPortalBundle(dir: string): PortalBundle | undefined {
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return undefined;
  const index = readFileSync(indexFile, 'utf8');
  const assets = existsSync(join(dir, 'assets')) ? readdirSync(join(dir, 'assets')) : [];
  return {
    dir,
    index,
    scripts: assets.filter((f) => f.endsWith('.js')).map((f) => `/assets/${f}`),
    styles: assets.filter((f) => f.endsWith('.css')).map((f) => `/assets/${f}`),
  };
}

/** The CSP of the portal's pages for a request to `origin`: the bundle's files and nothing else. */
export function portalCsp(bundle: PortalBundle, origin: string): string {
  const sources = (paths: readonly string[]): string =>
    paths.length === 0 ? "'none'" : paths.map((p) => `${origin}${p}`).join(' ');
  return [
    "default-src 'none'",
    `script-src ${sources(bundle.scripts)}`,
    `style-src ${sources(bundle.styles)}`,
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * The router that serves the portal: `/assets/*` from the build, and index.html for any other
 * GET of a page (not `/api`, `/dev`, the probes or a file name with an extension).
 *
 * @param bundle - the build ({@link readPortalBundle})
 * @returns an Express router to mount at `/`
 * @example
 * ```ts
 * app.use(servePortal(bundle));
 * ```
 */
export function servePortal(bundle: PortalBundle): Router {
  const router = express.Router();
  router.use(
    '/assets',
    express.static(join(bundle.dir, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
    }),
  );
  router.get(/^\/(?!api\/|api$|dev\/|healthz|readyz)[^.]*$/, (req, res) => {
    res.setHeader('content-security-policy', portalCsp(bundle, originOf(req)));
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(bundle.index);
  });
  return router;
}

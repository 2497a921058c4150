// The reference portal server: Kabinet's HTTP API mounted on Express 5 over the stores it is
// given (main.ts picks PostgreSQL, Redis, embedded PGlite or memory), with /healthz and /readyz.
// Codes and notices go to an outbox instead of an SMS gateway; with KABINET_DEV_OUTBOX=1 the
// outbox is readable at GET /dev/outbox (never enable it in production: it hands out every
// one-time code).
import express, { type Express } from 'express';
import {
  KabinetError,
  systemClock,
  timingSafeEqualStrings,
  type Clock,
  UnavailableError,
} from '@kabinet/core';
import { createMemoryIdentityRegistry, createMemoryStores, createOutbox } from '@kabinet/memory';
import { createKabinet, type Kabinet, type KabinetConfig } from 'kabinet';
import { simulatedAgency, simulatedPayments } from 'kabinet/testing';
import { createKabinetHttp, logServerFault, type KabinetHttp } from '@kabinet/http';
import type { StoreBackend } from '@kabinet/ports';
import { createKabinetRouter, jsonErrorHandler, securityHeaders } from '@kabinet/express';
import type { DevClock } from './dev-clock.js';
import { devClockRoutes } from './dev-clock-routes.js';
import { devPaymentRoutes } from './dev-payment-routes.js';
import { devScriptRoutes } from './dev-script-routes.js';
import { createHealthRouter, type HealthRouterOptions } from './health-routes.js';
import { loadSwaggerUi } from './load-swagger-ui.js';
import { readPortalBundle, servePortal } from './serve-portal.js';

/** Settings read from the environment. */
export interface ServerSettings {
  /** The public origin, for the OpenAPI document's server URL. */
  readonly origin: string;
  /** `KABINET_DEV_OUTBOX=1`: serve the outbox at `/dev/outbox` (and the other `/dev/…` routes). */
  readonly devOutbox: boolean;
  /**
   * With the dev outbox only: the adjustable clock the server runs on (unless `kabinet.clock`
   * names another), read and moved at `/dev/clock`. Ignored without the dev outbox.
   */
  readonly devClock?: DevClock;
  /** `KABINET_OPERATOR_TOKEN`: a bearer token that acts as support operator `op_demo`. */
  readonly operatorToken?: string;
  /** Send cookies with `Secure` (default on; the plain-HTTP demo turns it off). */
  readonly secureCookies: boolean;
  /** The keys (from the keys file: `loadKeysFile`), shared by every instance and restart. */
  readonly keys: KabinetConfig['keys'];
  /** What `/readyz` checks and whether the server is draining (default: no checks, never draining). */
  readonly health?: Pick<HealthRouterOptions, 'checks' | 'draining' | 'timeoutMs' | 'onChange'>;
  /** The built browser portal (examples/portal/dist) to serve at `/`; without it `/` is a JSON index. */
  readonly portalDir?: string;
  /** Overrides of the Kabinet configuration (`backend`: memory when none; tests pass a fake clock or a cheap hasher). */
  readonly kabinet?: Partial<KabinetConfig>;
}

/** The running pieces. */
export interface PortalServer {
  readonly app: Express;
  readonly kabinet: Kabinet;
  readonly http: KabinetHttp;
}

/** A stand-in antivirus hook for the demo: refuses files carrying the EICAR test signature. */
const EICAR = Buffer.from('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!');
async function demoScan(bytes: Uint8Array): Promise<'clean' | 'infected'> {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(EICAR)
    ? 'infected'
    : 'clean';
}

/**
 * The simulated payment provider, with a warning nobody can miss: it moves no money, and its
 * callback secret (random per process) is the only thing that stands between a caller and a
 * `paid` status. Never run it where people pay: give `kabinet.payments` a real provider.
 */
function simulatedPaymentsLoudly(
  clock: Clock | undefined,
  backend: StoreBackend,
): ReturnType<typeof simulatedPayments> {
  const line = '!'.repeat(78);
  console.warn(
    [
      line,
      '!! WARNING: SIMULATED PAYMENT PROVIDER. No money moves; payments are marked paid by a simulator.',
      '!! Its callback secret is random for this process. Do NOT run this server where people pay:',
      '!! configure a real provider (createKabinet({ payments: { provider, methodCheck, charges } })).',
      line,
    ].join('\n'),
  );
  // The simulated charges (the duties' amounts) live in the backend, so they survive a restart.
  return simulatedPayments({
    ...(clock === undefined ? {} : { clock }),
    chargeStore: backend.versioned('charges'),
  });
}

/**
 * The simulated authority for applications (SVC-1), said loudly: nothing reaches a real
 * authority, and `/dev/agency/…` (with the dev outbox on) decides the cases.
 */
function simulatedAgencyLoudly(clock: Clock | undefined): ReturnType<typeof simulatedAgency> {
  console.warn(
    '!! WARNING: SIMULATED AUTHORITY for applications. Nothing is sent to a real agency; cases are decided by a simulator.',
  );
  return simulatedAgency(clock === undefined ? {} : { clock });
}

// Read once per process: every portal built in it (tests build many) shares the 2 MB of text.
let swaggerUiFiles: ReturnType<typeof loadSwaggerUi> | undefined;
const swaggerUi = (): ReturnType<typeof loadSwaggerUi> => (swaggerUiFiles ??= loadSwaggerUi());

/**
 * Builds the portal: `/api/*` is Kabinet's API (with `/api/docs` and `/api/openapi.json`),
 * `/healthz` and `/readyz` the probes, `/dev/outbox` the dev outbox when enabled, `/` a short index.
 */
export function createPortalServer(settings: ServerSettings): PortalServer {
  const devClock = settings.devOutbox ? settings.devClock : undefined;
  const clock = settings.kabinet?.clock ?? devClock;
  // Applications go to the simulated authority unless the settings bring a gateway.
  const agency =
    settings.kabinet?.applications?.agency === undefined ? simulatedAgencyLoudly(clock) : undefined;
  // The demo chooses its ports: the stores it was given (memory when none), the outbox for codes
  // and notices, the simulated registry; never a library default.
  const backend = settings.kabinet?.backend ?? createMemoryStores({ clock: clock ?? systemClock });
  const kabinet = createKabinet({
    backend,
    senders: createOutbox({ clock: clock ?? systemClock }),
    registry: createMemoryIdentityRegistry(),
    // The demo opts in to the simulated payment provider (never a library default) and says so loudly.
    payments: settings.kabinet?.payments ?? simulatedPaymentsLoudly(clock, backend),
    keys: settings.keys,
    serviceName: 'Kabinet demo',
    scanFile: demoScan,
    tokens: { issuer: settings.origin, audience: 'kabinet-api' },
    ...settings.kabinet,
    ...(clock === undefined ? {} : { clock }),
    ...(agency === undefined
      ? {}
      : { applications: { ...settings.kabinet?.applications, agency } }),
  });
  // Notices reach e-mail, SMS and push by the delivery tick (NOTE-1); kabinet.close() stops it.
  kabinet.notifications.startDelivery({ intervalMs: 1_000 });
  // Support requests past their 48-hour answer time are escalated, resolved ones closed after the
  // reopen window (SVC-3): the tick once a minute (unref'd: it never keeps the process alive).
  setInterval(() => {
    kabinet.supportRequests
      .escalateOverdue({ limit: 100 })
      .catch((error: unknown) =>
        console.warn(
          `kabinet: support tick failed: ${KabinetError.isInstance(error) ? error.code : 'error'}`,
        ),
      );
  }, 60_000).unref();
  // Submitted applications are handed to the authority once their edit window is over (SVC-1),
  // and failed hand-overs retried: the tick every 30 seconds (unref'd too).
  setInterval(() => {
    kabinet.applications
      .passDue({ limit: 100 })
      .catch((error: unknown) =>
        console.warn(
          `kabinet: applications tick failed: ${KabinetError.isInstance(error) ? error.code : 'error'}`,
        ),
      );
  }, 30_000).unref();
  const operatorToken = settings.operatorToken;
  const http = createKabinetHttp(kabinet, {
    cookies: { path: '/api', secure: settings.secureCookies },
    openapi: { servers: [{ url: `${settings.origin}/api` }] },
    // Swagger UI from node_modules, served by the API at /api/docs/assets/… with try-it-out.
    docs: { renderer: swaggerUi() },
    operators: async (request) => {
      const header = request.headers.get('authorization') ?? '';
      if (operatorToken === undefined || operatorToken.length < 16 || !header.startsWith('Bearer '))
        return undefined;
      return timingSafeEqualStrings(header.slice(7), operatorToken)
        ? { operatorId: 'op_demo' }
        : undefined;
    },
    onError: (error, _request, fault) => {
      // A store that cannot answer is a 503 the client retries: one line, not a stack per request.
      // Every line carries the correlation id the client got; nothing personal (logServerFault).
      if (UnavailableError.isInstance(error))
        console.warn(`kabinet: unavailable [${fault.correlationId}]: ${error.message}`);
      else logServerFault(fault);
    },
  });

  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy on the same host: take the client IP from X-Forwarded-For set by it only.
  app.set('trust proxy', 'loopback');
  app.use('/api', createKabinetRouter({ handler: http.handler, securityHeaders: { hsts: false } }));
  app.use(securityHeaders({ hsts: false }));
  app.use(createHealthRouter({ checks: [], ...settings.health }));
  // The browser portal (examples/portal, built by `pnpm start`'s prestart) at `/`, when built.
  const portal =
    settings.portalDir === undefined ? undefined : readPortalBundle(settings.portalDir);
  if (portal !== undefined) app.use(servePortal(portal));
  app.get('/', (_req, res) => {
    res.json({
      name: 'Kabinet reference portal',
      api: `${settings.origin}/api`,
      docs: `${settings.origin}/api/docs`,
      openapi: `${settings.origin}/api/openapi.json`,
      health: `${settings.origin}/healthz`,
      ready: `${settings.origin}/readyz`,
      outbox: settings.devOutbox
        ? `${settings.origin}/dev/outbox`
        : 'disabled (set KABINET_DEV_OUTBOX=1)',
    });
  });
  if (settings.devOutbox && kabinet.dev.outbox !== undefined) {
    const outbox = kabinet.dev.outbox;
    // Newest first; `?to=` filters by recipient. Development only: it shows every code sent.
    app.get('/dev/outbox', (req, res) => {
      const to = typeof req.query.to === 'string' ? req.query.to : undefined;
      const messages = [...outbox.messages]
        .reverse()
        .filter((m) => to === undefined || m.to === to);
      res.json({ messages: messages.slice(0, 50) });
    });
    // The last code sent to one recipient, as plain text (handy in shell scripts).
    app.get('/dev/outbox/code', (req, res) => {
      const to = typeof req.query.to === 'string' ? req.query.to : '';
      const code = outbox.lastCode(to);
      if (code === undefined)
        res
          .status(404)
          .json({ error: { code: 'http.not_found', message: 'No code was sent to this address' } });
      else res.type('text/plain').send(code);
    });
  }
  // Development only: the server's clock, read and moved forward over HTTP.
  if (devClock !== undefined && clock === devClock)
    app.use(devClockRoutes(devClock, kabinet.messages));
  // Development only: the simulated bank declines the next payment.
  if (settings.devOutbox && kabinet.dev.provider !== undefined)
    app.use(devPaymentRoutes(kabinet.dev.provider, kabinet.messages));
  if (settings.devOutbox) {
    // Development only: run the support requests' tick now (escalate overdue, close resolved).
    app.post('/dev/support-requests/tick', (_req, res, next) => {
      kabinet.supportRequests
        .escalateOverdue({ limit: 1000 })
        .then((r) => res.json(r.success ? r.data : { issues: r.issues }), next);
    });
  }
  // Development only: script the simulated authority's and registry's next answers.
  if (settings.devOutbox)
    app.use(
      devScriptRoutes(
        {
          ...(agency === undefined ? {} : { agency }),
          ...(kabinet.dev.registry === undefined ? {} : { registry: kabinet.dev.registry }),
        },
        kabinet.messages,
      ),
    );
  if (settings.devOutbox && agency !== undefined) {
    // Development only: hand due applications to the simulated authority, and let it report a
    // case's next step (its signed callback goes through the same path as a real one).
    app.post('/dev/applications/tick', (_req, res, next) => {
      kabinet.applications.passDue().then((r) => res.json(r), next);
    });
    app.post('/dev/agency/:applicationId/next', (req, res, next) => {
      const sent = agency.next(req.params.applicationId);
      if (sent === undefined) {
        res.status(404).json({
          error: { code: 'http.not_found', message: 'No case, or nothing left to report' },
        });
        return;
      }
      kabinet.applications
        .handleAgencyCallback(sent)
        .then(
          (r) =>
            res.json({ status: sent.update.status, result: r.success ? r.data.outcome : r.issues }),
          next,
        );
    });
  }
  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'http.not_found', message: 'Not found' } });
  });
  // Faults outside the API (health routes, the index) are logged with a correlation id by logServerFault.
  app.use(jsonErrorHandler());
  return { app, kabinet, http };
}

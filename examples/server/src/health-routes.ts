// `GET /healthz` and `GET /readyz` for load balancers and orchestrators. /healthz answers while
// the process runs; /readyz only when every dependency answers in time (database reachable,
// migrations applied, Redis reachable) and the server is not shutting down.
import { Router, type Request, type Response } from 'express';

/** One dependency /readyz asks: resolves when it is fine, rejects (or times out) when not. */
export interface ReadinessCheck {
  /** Its name in the answer (`database`, `migrations`, `redis`). */
  readonly name: string;
  /** Asks the dependency; the signal aborts when the check's time is up. */
  run(signal: AbortSignal): Promise<void>;
}

/** Options of {@link createHealthRouter}. */
export interface HealthRouterOptions {
  /** What /readyz checks (none: ready whenever the process is up and not draining). */
  readonly checks: readonly ReadinessCheck[];
  /** How long each check may take (default 1 000 ms). */
  readonly timeoutMs?: number;
  /** `Retry-After` of a 503 (default 5 s). */
  readonly retryAfterSeconds?: number;
  /** True once shutdown has begun: /readyz answers 503 so the balancer stops sending. */
  readonly draining?: () => boolean;
  /** Told when readiness changes, with the failing checks' errors (default: console). */
  readonly onChange?: (ready: boolean, failures: Readonly<Record<string, string>>) => void;
}

/** The body of /readyz: each check's outcome, never an error message (those go to the log). */
export interface ReadinessReport {
  readonly status: 'ready' | 'not_ready' | 'draining';
  readonly checks: Readonly<Record<string, 'ok' | 'failed' | 'timeout'>>;
}

class CheckTimeout extends Error {}

async function runCheck(
  check: ReadinessCheck,
  timeoutMs: number,
): Promise<{ outcome: 'ok' | 'failed' | 'timeout'; error?: string }> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new CheckTimeout(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    await Promise.race([check.run(controller.signal), timeout]);
    return { outcome: 'ok' };
  } catch (error) {
    return {
      outcome: error instanceof CheckTimeout ? 'timeout' : 'failed',
      error: error instanceof Error ? error.message : String(error),
    };
  } finally {
    clearTimeout(timer);
  }
}

function defaultOnChange(ready: boolean, failures: Readonly<Record<string, string>>): void {
  if (ready) console.log('readyz: ready');
  else
    console.warn(
      `readyz: not ready (${Object.entries(failures)
        .map(([name, why]) => `${name}: ${why}`)
        .join('; ')})`,
    );
}

/**
 * The two probes. /healthz is `200 {"status":"ok"}` while the process serves HTTP at all.
 * /readyz runs every check at once, each bounded by `timeoutMs`: `200 {"status":"ready"}`
 * when all pass, otherwise `503` with `Retry-After` and which checks failed. Concurrent
 * /readyz calls share one round of checks.
 *
 * @param options - the checks, their timeout and the draining flag
 * @returns an Express router serving both paths
 * @example
 * ```ts
 * app.use(createHealthRouter({ checks: [{ name: 'database', run: async () => void (await pool.query('SELECT 1')) }] }));
 * ```
 */
export function createHealthRouter(options: HealthRouterOptions): Router {
  const timeoutMs = options.timeoutMs ?? 1_000;
  const retryAfter = String(options.retryAfterSeconds ?? 5);
  const onChange = options.onChange ?? defaultOnChange;
  let inFlight: Promise<ReadinessReport> | undefined;
  let lastReady: boolean | undefined;

  async function assess(): Promise<ReadinessReport> {
    const results = await Promise.all(
      options.checks.map(async (check) => [check.name, await runCheck(check, timeoutMs)] as const),
    );
    const checks = Object.fromEntries(results.map(([name, r]) => [name, r.outcome]));
    const failures = Object.fromEntries(
      results
        .filter(([, r]) => r.outcome !== 'ok')
        .map(([name, r]) => [name, r.error ?? r.outcome]),
    );
    const ready = Object.keys(failures).length === 0;
    if (ready !== lastReady) {
      lastReady = ready;
      onChange(ready, failures);
    }
    return { status: ready ? 'ready' : 'not_ready', checks };
  }

  const router = Router();
  router.get('/healthz', (_req: Request, res: Response) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req: Request, res: Response) => {
    res.set('cache-control', 'no-store');
    if (options.draining?.() === true) {
      res
        .status(503)
        .set('retry-after', retryAfter)
        .json({ status: 'draining', checks: {} } satisfies ReadinessReport);
      return;
    }
    inFlight ??= assess().finally(() => (inFlight = undefined));
    const report = await inFlight;
    if (report.status === 'ready') res.json(report);
    else res.status(503).set('retry-after', retryAfter).json(report);
  });
  return router;
}

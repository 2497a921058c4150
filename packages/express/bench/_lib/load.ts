// Drives a server with autocannon and reduces the result to what the report needs.
import autocannon from 'autocannon';

/** One request of a flow; `setup` may build the body from the flow's context. */
export interface FlowRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string | ((context: Record<string, unknown>) => string);
  readonly body?: (context: Record<string, unknown>) => unknown;
  /** A body sent as is (e.g. a multipart form); set its content type in `headers`. */
  readonly rawBody?: (context: Record<string, unknown>) => string | Buffer;
  readonly headers?: (context: Record<string, unknown>) => Record<string, string>;
  /** Reads what later requests need from the answer. */
  readonly onResponse?: (
    status: number,
    body: string,
    context: Record<string, unknown>,
    headers: Record<string, string>,
  ) => void;
}

/** What one load run measured. */
export interface LoadResult {
  /** Mean requests per second. */
  readonly requestsPerSecond: number;
  /** Latency percentiles in ms. */
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
  /** Completed flows (sequences) per second. */
  readonly flowsPerSecond: number;
  readonly seconds: number;
}

/**
 * Runs a flow (a sequence of requests, repeated) with `connections` concurrent clients for
 * `durationSeconds`, or until `amount` requests when given.
 */
export async function runFlow(
  origin: string,
  flow: readonly FlowRequest[],
  options: {
    connections: number;
    durationSeconds: number;
    amount?: number;
    headers?: Record<string, string>;
  },
): Promise<LoadResult> {
  let flows = 0;
  let lastAnswerAt = 0;
  const last = flow.length - 1;
  const requests = flow.map((step, index) => ({
    method: step.method,
    setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
      const path = typeof step.path === 'function' ? step.path(context) : step.path;
      const headers = {
        ...(options.headers ?? {}),
        'content-type': 'application/json',
        ...(step.headers?.(context) ?? {}),
      };
      const raw = step.rawBody?.(context);
      const body =
        raw ?? (step.body === undefined ? undefined : JSON.stringify(step.body(context)));
      return {
        ...req,
        method: step.method,
        path,
        headers,
        ...(body === undefined ? {} : { body }),
      };
    },
    onResponse: (
      status: number,
      body: string,
      context: Record<string, unknown>,
      headers: Record<string, string>,
    ) => {
      step.onResponse?.(status, body, context, headers);
      lastAnswerAt = performance.now();
      if (index === last && status < 400) flows++;
    },
  }));
  const started = performance.now();
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.amount === undefined ? {} : { amount: options.amount }),
    requests: requests as unknown as autocannon.Request[],
    timeout: 30,
  });
  // autocannon reports whole seconds and settles a bounded (`amount`) run on its next 1-second
  // tick: such runs end at their last answer.
  const elapsed =
    ((options.amount === undefined || lastAnswerAt === 0 ? performance.now() : lastAnswerAt) -
      started) /
    1000;
  return {
    requestsPerSecond: result.requests.total / elapsed,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    flowsPerSecond: flows / elapsed,
    seconds: elapsed,
  };
}

/**
 * Merges the rounds of one phase: totals add up, rates are totals over the summed time, p50 is
 * the request-weighted mean of the rounds' p50 and p99 the worst round's (conservative).
 */
export function mergeRounds(rounds: readonly LoadResult[]): LoadResult {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  const flows = rounds.reduce((n, r) => n + r.flowsPerSecond * r.seconds, 0);
  return {
    requestsPerSecond: requests / seconds,
    p50: requests === 0 ? 0 : rounds.reduce((n, r) => n + r.p50 * r.requests, 0) / requests,
    p99: Math.max(...rounds.map((r) => r.p99)),
    requests,
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    flowsPerSecond: flows / seconds,
    seconds,
  };
}

/** One side of the comparison: the phases the benchmark interleaves with the other side. */
export interface BenchSide {
  /** Timed: full registrations for `seconds`. */
  register(seconds: number): Promise<LoadResult>;
  /** Not timed: registers more accounts until there are `count`. */
  ensureAccounts(count: number): Promise<void>;
  /** Not timed: gives the login accounts an authenticator app. */
  prepareLogin(): Promise<void>;
  /** Timed: the password step of those accounts for `seconds`. */
  login(seconds: number): Promise<LoadResult>;
  /** Not timed: `count` logins waiting for the code that was sent; returns how many are ready. */
  prepareCodeChecks(count: number): Promise<number>;
  /** Timed: each prepared login completed once with its code. */
  codeCheck(): Promise<LoadResult>;
}

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
  readonly onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => void;
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
export async function runFlow(origin: string, flow: readonly FlowRequest[], options: { connections: number; durationSeconds: number; amount?: number; headers?: Record<string, string> }): Promise<LoadResult> {
  let flows = 0;
  const last = flow.length - 1;
  const requests = flow.map((step, index) => ({
    method: step.method,
    setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
      const path = typeof step.path === 'function' ? step.path(context) : step.path;
      const headers = { ...(options.headers ?? {}), 'content-type': 'application/json', ...(step.headers?.(context) ?? {}) };
      const raw = step.rawBody?.(context);
      const body = raw ?? (step.body === undefined ? undefined : JSON.stringify(step.body(context)));
      return { ...req, method: step.method, path, headers, ...(body === undefined ? {} : { body }) };
    },
    onResponse: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => {
      step.onResponse?.(status, body, context, headers);
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
  // autocannon reports whole seconds; short bounded runs need the real elapsed time.
  const elapsed = (performance.now() - started) / 1000;
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

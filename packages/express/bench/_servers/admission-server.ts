// The server of the hash-admission benchmark: createKabinet on the in-memory adapters with the
// real password cost (scrypt N = 2^17, r = 8, p = 1: 128 MiB per hash), behind
// createKabinetHttp and @kabinet/express — the portal as shipped. Started as a child process
// by hash-admission.bench.ts; prints `READY <port>`.
//
// KABINET_BENCH_ADMISSION=default keeps createKabinet's admission control as it ships
// (KABINET_BENCH_CONCURRENCY, when set, replaces only its concurrency); `unbounded` is the
// control: a limit no burst reaches (what the server did before it).
// GET /bench/admission tells the benchmark the limits in force.
import express from 'express';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { createKabinetHttp } from '@kabinet/http';
import { createKabinetRouter } from '@kabinet/express';
import { accountContextOf, inMemoryPorts } from 'kabinet/testing';

const port = Number(process.argv[2] ?? 0);
const unbounded = process.env.KABINET_BENCH_ADMISSION === 'unbounded';
const kabinet = createKabinet({
  ...inMemoryPorts(),
  keys: generateDevelopmentKeys('bench-admission'),
  scanFile: async () => 'clean',
  ...(unbounded
    ? { policy: { hashAdmission: { concurrency: 1024, queue: 0 } } }
    : (process.env.KABINET_BENCH_CONCURRENCY ?? '') === ''
      ? {}
      : {
          policy: { hashAdmission: { concurrency: Number(process.env.KABINET_BENCH_CONCURRENCY) } },
        }),
});
const { handler } = createKabinetHttp(kabinet, { cookies: false, onError: () => undefined });
// createKabinet's hasher is a BoundedPasswordHasher (@kabinet/account): it tells its limits.
const hasher = accountContextOf(kabinet).hasher as BoundedHasherLimits;
type BoundedHasherLimits = ReturnType<typeof accountContextOf>['hasher'] & {
  readonly policy: { concurrency: number; queue: number; retryAfterSeconds: number };
};

const app = express();
// The benchmark sends each simulated client's address in X-Forwarded-For from loopback.
app.set('trust proxy', 'loopback');
app.get('/bench/admission', (_req, res) => {
  res.json({
    ...hasher.policy,
    scrypt: kabinet.policy.scrypt,
    pid: process.pid,
    threadpool: Number(process.env.UV_THREADPOOL_SIZE ?? 4),
  });
});
app.use('/api', createKabinetRouter({ handler, securityHeaders: { hsts: false } }));
const server = app.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `READY ${typeof address === 'object' && address !== null ? address.port : port}\n`,
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

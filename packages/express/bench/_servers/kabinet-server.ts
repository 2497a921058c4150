// The Kabinet side of the HTTP benchmark: createKabinet on the in-memory adapters, the HTTP API
// from createKabinetHttp, mounted with @kabinet/express on Express 5 — the portal as shipped,
// with lockout, journal and send limits on. Started as a child process by http.bench.ts;
// prints `READY <port>`.
//
// Password hashing: scrypt with better-auth's parameters (N = 16384, r = 16, p = 1, 64-byte
// key), so both servers pay the same cost per hash.
import express from 'express';
import { createKabinet, generateDevelopmentKeys } from 'kabinet';
import { createKabinetHttp } from '@kabinet/http';
import { createKabinetRouter } from '@kabinet/express';
import { BENCH_SCRYPT } from '../_lib/bench-scrypt.js';
import { inMemoryPorts } from 'kabinet/testing';

const port = Number(process.argv[2] ?? 0);
const kabinet = createKabinet({
  ...inMemoryPorts(),
  keys: generateDevelopmentKeys('bench'),
  scanFile: async () => 'clean',
  policy: { account: { scrypt: BENCH_SCRYPT } },
});
const { handler } = createKabinetHttp(kabinet, { cookies: false });
const outbox = kabinet.dev.outbox!;

const app = express();
// The bench sends each simulated client's address in X-Forwarded-For from loopback.
app.set('trust proxy', 'loopback');
app.use('/api', createKabinetRouter({ handler, securityHeaders: { hsts: false } }));
app.get('/dev/code', (req, res) => {
  const code = outbox.lastCode(typeof req.query.to === 'string' ? req.query.to : '');
  if (code === undefined) res.status(404).end();
  else res.type('text/plain').send(code);
});
const server = app.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `READY ${typeof address === 'object' && address !== null ? address.port : port}\n`,
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

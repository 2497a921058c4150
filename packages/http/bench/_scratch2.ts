import { startServer } from './_lib/servers.js';
import { runFlow } from './_lib/load.js';
const s = await startServer(new URL('./_servers/better-auth-server.ts', import.meta.url));
try {
  let n = 0;
  const r = await runFlow(s.origin, [
    { method: 'POST', path: '/api/auth/sign-up/email', body: (c) => ({ email: `x${++n}@example.uz`, password: 'Samarqand-2026!', name: 'A' }),
      onResponse: (st, b, c, h) => { if (n < 4) console.log(st, b.slice(0, 200), Object.keys(h)); } },
  ], { connections: 2, durationSeconds: 2, headers: { origin: s.origin } });
  console.log(r);
} finally { await s.stop(); }

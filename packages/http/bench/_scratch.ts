import { startServer } from './_lib/servers.js';
import { measureBetterAuth } from './_flows/better-auth-flows.js';
import { scryptRate } from './_lib/scrypt-rate.js';

const s = await startServer(new URL('./_servers/better-auth-server.ts', import.meta.url));
try {
  const r = await measureBetterAuth(s.origin, { connections: 8, seconds: 12, codeChecks: 10 });
  console.log(JSON.stringify(r, null, 1));
} finally { await s.stop(); }

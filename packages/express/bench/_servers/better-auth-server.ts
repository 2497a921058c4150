// The better-auth 1.7.25 peer for the HTTP benchmark: e-mail + password, the two-factor plugin
// (TOTP and e-mail/SMS-style OTP), the memory adapter, on Express 5 — the setup verified in
// reference/auth.md §3. Started as a child process by http.bench.ts; prints `READY <port>`.
//
// Password hashing: better-auth's default on Node is node:crypto scrypt with N = 16384, r = 16,
// p = 1, 64-byte key; the Kabinet server in the same run uses exactly these parameters.
// Rate limiting stays off (better-auth enables it only with NODE_ENV=production), so the peer
// is measured without lockout, as it ships by default.
import express from 'express';
import { betterAuth } from 'better-auth';
import { memoryAdapter } from 'better-auth/adapters/memory';
import { toNodeHandler } from 'better-auth/node';
import { twoFactor } from 'better-auth/plugins';

const port = Number(process.argv[2] ?? 0);
const origin = `http://127.0.0.1:${port}`;
const db: Record<string, unknown[]> = {
  user: [],
  session: [],
  account: [],
  verification: [],
  twoFactor: [],
  rateLimit: [],
};
/** Last OTP sent per user e-mail: the bench reads it as the Kabinet bench reads the outbox. */
const sentOtp = new Map<string, string>();

const auth = betterAuth({
  baseURL: origin,
  secret: 'bench-secret-bench-secret-bench-secret-0123456789',
  database: memoryAdapter(db),
  emailAndPassword: { enabled: true },
  telemetry: { enabled: false },
  trustedOrigins: [origin],
  plugins: [
    twoFactor({
      otpOptions: {
        sendOTP: async ({ user, otp }) => {
          sentOtp.set(user.email, otp);
        },
      },
    }),
  ],
});

const app = express();
app.all('/api/auth/*splat', toNodeHandler(auth));
app.get('/dev/otp', (req, res) => {
  const email = typeof req.query.email === 'string' ? req.query.email : '';
  res.json({ otp: sentOtp.get(email) ?? null });
});
const server = app.listen(port, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(
    `READY ${typeof address === 'object' && address !== null ? address.port : port}\n`,
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

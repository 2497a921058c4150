// `pnpm start`: the reference portal on the in-memory adapters (state is lost on restart).
import { createPortalServer } from './create-server.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const origin = process.env.PUBLIC_ORIGIN ?? `http://${host}:${port}`;
const devOutbox = process.env.KABINET_DEV_OUTBOX === '1';
const operatorToken = process.env.KABINET_OPERATOR_TOKEN;

const { app } = createPortalServer({
  origin,
  devOutbox,
  secureCookies: origin.startsWith('https://'),
  ...(operatorToken === undefined ? {} : { operatorToken }),
});

const server = app.listen(port, host, () => {
  const lines = [
    `Kabinet reference portal: ${origin}`,
    `  API             ${origin}/api/v1/...`,
    `  OpenAPI page    ${origin}/api/docs   (document: ${origin}/api/openapi.json)`,
    devOutbox
      ? `  Sent codes      ${origin}/dev/outbox   (last code for one recipient: ${origin}/dev/outbox/code?to=...)`
      : '  Sent codes      the dev outbox is off; start with KABINET_DEV_OUTBOX=1 to read them at /dev/outbox',
    operatorToken === undefined || operatorToken.length < 16
      ? '  Support routes  off; set KABINET_OPERATOR_TOKEN (16+ characters) to act as an operator'
      : '  Support routes  Authorization: Bearer $KABINET_OPERATOR_TOKEN',
    '  Keys            development keys generated at start (tokens die with the process)',
  ];
  console.log(lines.join('\n'));
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}

// `pnpm --filter portal measure`: builds the portal, starts the server, opens the registration
// page in Chromium five times with an empty cache and writes what it measured — bytes on the
// wire (and gzip/brotli sizes of the same files), the time until the page answers input, and
// what each package costs in the bundle — and Lighthouse's four scores of the home and
// registration pages into README.md between the measurement markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'vite';
import {
  ensureBuilt,
  launchChromium,
  newClient,
  PORTAL_DIR,
  startPortalServer,
} from '../test/_lib/harness.js';
import { lighthouseScores, type LighthouseScores } from './lighthouse-scores.js';

const RUNS = 5;
const LIGHTHOUSE_VERSION = (
  JSON.parse(readFileSync(join(PORTAL_DIR, 'node_modules/lighthouse/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

/** Bytes each package contributes to the minified bundle (Rolldown's rendered length per module). */
async function bundleCost(): Promise<[string, number][]> {
  const out = (await build({
    root: PORTAL_DIR,
    configFile: join(PORTAL_DIR, 'vite.config.ts'),
    logLevel: 'silent',
    build: { write: false },
  })) as
    | { output: { type: string; modules?: Record<string, { renderedLength: number }> }[] }
    | { output: unknown }[];
  const outputs = Array.isArray(out) ? out : [out];
  const totals = new Map<string, number>();
  for (const o of outputs) {
    for (const chunk of o.output as {
      type: string;
      modules?: Record<string, { renderedLength: number }>;
    }[]) {
      if (chunk.type !== 'chunk') continue;
      for (const [id, info] of Object.entries(chunk.modules ?? {})) {
        const m =
          /packages\/([^/]+)\//.exec(id) ??
          /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(id);
        const name =
          m === null ? 'portal (src/)' : id.includes('/packages/') ? `@kabinet/${m[1]}` : m[1]!;
        totals.set(name, (totals.get(name) ?? 0) + info.renderedLength);
      }
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

await ensureBuilt();
const server = await startPortalServer('portal-measure');
const browser = await launchChromium();
try {
  const transfers: number[] = [];
  const jsTransfers: number[] = [];
  const interactive: number[] = [];
  const dcl: number[] = [];
  const files = new Map<string, Buffer>();
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await newClient(browser, server.origin);
    let total = 0;
    let js = 0;
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      total += bytes;
      if (request.resourceType() === 'script') js += bytes;
    });
    page.on('response', async (response) => {
      if (/\.(js|css)$/.test(response.url()) || response.url().endsWith('/register'))
        files.set(response.url(), await response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto('/register', { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Далее' }).waitFor();
    const timing = await page.evaluate<{ interactive: number; dcl: number }>(
      `(() => { const nav = performance.getEntriesByType('navigation')[0]; const mark = performance.getEntriesByName('kabinet:interactive')[0]; return { interactive: mark ? mark.startTime : NaN, dcl: nav.domContentLoadedEventEnd }; })()`,
    );
    transfers.push(total);
    jsTransfers.push(js);
    interactive.push(timing.interactive);
    dcl.push(timing.dcl);
    await context.close();
  }
  const jsFiles = [...files].filter(([url]) => url.endsWith('.js')).map(([, body]) => body);
  const js = Buffer.concat(jsFiles);
  const gz = gzipSync(js, { level: 9 }).length;
  const br = brotliCompressSync(js).length;
  const cost = await bundleCost();
  // One Lighthouse run per page, after the browser above is idle (each takes 20–40 s here).
  const pages: [string, LighthouseScores][] = [];
  for (const path of ['/', '/register'])
    pages.push([path, await lighthouseScores(`${server.origin}${path}`)]);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const section = [
    '<!-- measurements:start (written by `pnpm --filter portal measure`; do not edit by hand) -->',
    `Measured ${new Date().toISOString().slice(0, 10)} on this machine (${cpus().length} × ${cpu.trim()}, Node ${process.version}, Debian Chromium headless; load average ${loadavg()[0]!.toFixed(1)} while measuring — the cores are shared, so times vary), median of ${RUNS} cold loads of \`/register\` from the example server on loopback:`,
    '',
    '| what | value |',
    '|---|---|',
    `| JavaScript on the wire (the server sends it uncompressed) | ${kb(median(jsTransfers))} |`,
    `| the same JavaScript gzip -9 / brotli (what a compressing proxy would send; target ≤ 150 kB) | ${kb(gz)} / ${kb(br)} |`,
    `| everything on the first load (HTML, JS, CSS, headers) | ${kb(median(transfers))} |`,
    `| DOMContentLoaded | ${median(dcl).toFixed(0)} ms |`,
    `| time to interactive (the app rendered and answering input: \`kabinet:interactive\` mark) | ${median(interactive).toFixed(0)} ms |`,
    '',
    "What each package costs in the build, all chunks (the account, payments and services pages and the QR encoder load only when opened; Rolldown's rendered length per module, before minification and compression):",
    '',
    '| package | bytes |',
    '|---|---|',
    ...cost.map(([name, bytes]) => `| ${name} | ${kb(bytes)} |`),
    '',
    `Lighthouse ${LIGHTHOUSE_VERSION} (the 12.x line: 13.x needs Node 22.19 or newer; offline, Debian Chromium headless; its default mobile emulation with simulated slow 4G and a 4× slower CPU; one run per page, so ±5 points of performance is noise), same server and Chromium:`,
    '',
    '| page | performance | accessibility | best practices | SEO |',
    '|---|---|---|---|---|',
    ...pages.map(
      ([path, s]) =>
        `| \`${path}\` | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`,
    ),
    '<!-- measurements:end -->',
  ].join('\n');
  const readmePath = join(PORTAL_DIR, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const updated = readme.replace(
    /<!-- measurements:start[\s\S]*?<!-- measurements:end -->/,
    section,
  );
  writeFileSync(readmePath, updated);
  console.log(section);
} finally {
  await browser.close();
  await server.stop();
}

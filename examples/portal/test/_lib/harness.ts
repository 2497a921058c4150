// What the browser tests share: one build of the portal (only when src/ changed since the last
// one; a lock keeps parallel workers from building twice), a real server process on loopback
// serving it, and Chromium (Debian's /usr/bin/chromium, driven by playwright-core) with the flags
// this machine's closed network needs.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';
import {
  freePort,
  startServerProcess,
  type ServerProcess,
} from '../../../server/test/_lib/server-process.js';

export const PORTAL_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS = join(PORTAL_DIR, 'artifacts');
const DIST_INDEX = join(PORTAL_DIR, 'dist', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ with Vite unless it is newer than every source file (one build per change). */
export async function ensureBuilt(): Promise<void> {
  const lock = join(PORTAL_DIR, '.build-lock');
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const sources = Math.max(
      newestMtime(join(PORTAL_DIR, 'src')),
      statSync(join(PORTAL_DIR, 'index.html')).mtimeMs,
      statSync(join(PORTAL_DIR, 'vite.config.ts')).mtimeMs,
    );
    if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs > sources) return;
    const { build } = await import('vite');
    await build({
      root: PORTAL_DIR,
      configFile: join(PORTAL_DIR, 'vite.config.ts'),
      logLevel: 'warn',
    });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * The server process serving the built portal (memory storage, dev outbox on), started as
 * `src/main.ts` starts it but with the server tests' cheap password hash (scrypt N=2^10), so a
 * login costs milliseconds instead of seconds on two shared cores. `entry` names another start
 * script (absolute, or relative to examples/server) for a test that needs other settings.
 */
export async function startPortalServer(
  name: string,
  entry = 'test/fixtures/cheap-hash-server.ts',
): Promise<ServerProcess> {
  // The server reads index.html once at its start and the assets on each request: started
  // during a build, it would name files the build then replaces (a blank page). Build first.
  await ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'kabinet-portal-'));
  return startServerProcess(
    name,
    await freePort(),
    {
      KABINET_STORAGE: 'memory',
      KABINET_DEV_OUTBOX: '1',
      KABINET_DATA_DIR: dataDir,
      KABINET_OPERATOR_TOKEN: OPERATOR_TOKEN,
    },
    240_000,
    entry,
  );
}

/** The bearer token the test server accepts as support operator `op_demo` (answers support requests over the operator API). */
export const OPERATOR_TOKEN = 'portal-e2e-operator-token-0123456789';

/** Calls the operator API (bearer token, no cookies, so no CSRF) and returns the JSON answer. */
export async function operatorCall(
  origin: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${origin}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${OPERATOR_TOKEN}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Launches Chromium headless, as this machine allows (no sandbox as root, no background networking, a fresh profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // playwright-core starts Chromium with a fresh, empty --user-data-dir of its own.
  });
}

let ipCounter = 0;
/** A browser context that the server sees as its own client IP (X-Forwarded-For from loopback), so per-IP caps never mix tests. */
export async function newClient(
  browser: Browser,
  origin: string,
  lang: 'ru' | 'en' = 'ru',
): Promise<{ context: BrowserContext; page: Page; ip: string; errors: string[] }> {
  ipCounter++;
  const ip = `10.77.${(process.pid + ipCounter) % 250}.${ipCounter % 250}`;
  const context = await browser.newContext({
    baseURL: origin,
    extraHTTPHeaders: { 'X-Forwarded-For': ip },
    locale: lang === 'ru' ? 'ru-RU' : 'en-GB',
  });
  if (lang === 'en')
    await context.addInitScript(
      "localStorage.setItem('kabinet.lang', localStorage.getItem('kabinet.lang') ?? 'en')",
    );
  const page = await context.newPage();
  const errors: string[] = [];
  // Uncaught exceptions and CSP violations fail the test that caused them.
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('Failed to load resource'))
      errors.push(`console: ${m.text()}`);
  });
  return { context, page, ip, errors };
}

const AXE_SOURCE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page; fails on serious or critical findings. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const result = await page.evaluate<
    { id: string; impact: string; help: string; nodes: string[] }[]
  >(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))`,
  );
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `axe on ${label}`).toEqual([]);
}

/** Saves a full-page screenshot under artifacts/ (gitignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The code last "sent" to `to` (the server's dev outbox), or undefined when there is none yet. */
export const currentCode = (origin: string, to: string): Promise<string | undefined> =>
  fetch(`${origin}/dev/outbox/code?to=${encodeURIComponent(to)}`).then((r) =>
    r.status === 200 ? r.text() : undefined,
  );

/** The last code the server "sent" to `to`, waiting for one other than `previous`. */
export async function lastCode(origin: string, to: string, previous?: string): Promise<string> {
  for (let i = 0; i < 40; i++) {
    const code = await currentCode(origin, to);
    if (code !== undefined && code !== previous) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no new code for ${to}`);
}

/**
 * Logs in through the UI: password, then the code — by SMS (logging in with the phone, which
 * sends it) or by e-mail (logging in with the e-mail and asking for it).
 */
export async function loginWithCode(
  page: Page,
  origin: string,
  person: { readonly phone: string; readonly email: string; readonly password: string },
  by: 'sms' | 'email',
): Promise<void> {
  const to = by === 'sms' ? person.phone : person.email;
  await page.goto('/login');
  const before = await currentCode(origin, to);
  await byLabel(page, 'Телефон или e-mail').fill(to);
  await byLabel(page, 'Пароль').fill(person.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await heading(page, 1).toBe('Второй фактор');
  await page.getByRole('radio', { name: by === 'sms' ? 'Код по SMS' : 'Код по e-mail' }).check();
  if (by === 'email') await page.getByRole('button', { name: 'Отправить код' }).click();
  await page
    .getByRole('textbox', { name: 'Код из сообщения' })
    .fill(await lastCode(origin, to, before));
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await heading(page, 1).toBe('Личный кабинет');
}

/** Writes `value` as JSON to artifacts/`name` (measurements read by scripts/measure.ts). */
export function writeArtifact(name: string, value: unknown): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, name), JSON.stringify(value, null, 2));
}

/** Waits until one element of `loc` shows `text`. */
export const waitText = (loc: Locator, text: string | RegExp): Promise<void> =>
  loc.filter({ hasText: text }).first().waitFor({ timeout: 30_000 });

/** Waits until `loc` matches `n` elements. */
export const waitCount = (loc: Locator, n: number): Promise<void> =>
  expect.poll(() => loc.count(), { timeout: 30_000 }).toBe(n);

/** An assertion on a text polled until it holds (what {@link heading} returns). */
export type PolledText = ReturnType<typeof expect.poll<Promise<string | null>>>;

/** The text of the first h1 / h2, polled: `await heading(page, 1).toBe('Вход')`. */
export const heading = (page: Page, level: 1 | 2): PolledText =>
  expect.poll(() => page.getByRole('heading', { level }).first().textContent(), {
    timeout: 30_000,
  });

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The input labelled `label` (a required field's label ends in " *"). */
export const byLabel = (page: Page | Locator, label: string | RegExp): Locator =>
  page.getByLabel(
    typeof label === 'string' ? new RegExp(`^${escapeRegExp(label)}( \\*)?$`) : label,
  );

/** POSTs JSON to a dev route of the test server (`/dev/…`) and returns its JSON answer; throws on an error status. */
export async function devPost(
  origin: string,
  path: string,
  body: unknown = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as Record<string, unknown>;
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** The test server's time (its dev clock, `GET /dev/clock`), epoch ms. */
export async function serverNow(origin: string): Promise<number> {
  const body = (await (await fetch(`${origin}/dev/clock`)).json()) as { now: string };
  return Date.parse(body.now);
}

/** Moves the test server's dev clock `ms` forward (`POST /dev/clock/advance`); returns its new time, epoch ms. */
export async function advanceClock(origin: string, ms: number): Promise<number> {
  const body = await devPost(origin, '/dev/clock/advance', { ms: Math.ceil(ms) });
  return Date.parse(String(body.now));
}

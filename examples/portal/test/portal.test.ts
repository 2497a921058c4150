// The portal end to end in Chromium against a real server process on loopback: registration
// through the wizard with codes from the dev outbox, login with SMS and with an authenticator
// (TOTP from the secret the page shows), two browsers and "end all other sessions", payments,
// and bad input — each page checked by axe-core and photographed into artifacts/.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { generateSync } from 'otplib';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../../server/test/_lib/server-process.js';
import { ensureBuilt, expectAccessible, launchChromium, lastCode, newClient, screenshot, startPortalServer } from './_lib/harness.js';

const SCAN = readFileSync(new URL('../../server/fixtures/passport-scan.png', import.meta.url));

let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  const [started] = await Promise.all([startPortalServer('portal-e2e'), ensureBuilt()]);
  server = started;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface Person {
  phone: string;
  email: string;
  password: string;
  passport: string;
}
function newPerson(): Person {
  const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
  return { phone: `+99890${digits(7)}`, email: `portal-${digits(10)}@example.uz`, password: 'Samarqand-Registan-2026!', passport: `AA${digits(7)}` };
}

/** Waits until one element of `loc` shows `text`. */
const waitText = (loc: Locator, text: string | RegExp): Promise<void> => loc.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
/** Waits until `loc` matches `n` elements. */
const waitCount = (loc: Locator, n: number): Promise<void> => expect.poll(() => loc.count(), { timeout: 15_000 }).toBe(n);
/** The text of the h1 / h2, polled. */
const heading = (page: Page, level: 1 | 2) => expect.poll(() => page.getByRole('heading', { level }).first().textContent(), { timeout: 15_000 });

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The input labelled `label` (a required field's label ends in " *"). */
const byLabel = (page: Page | Locator, label: string | RegExp): Locator => page.getByLabel(typeof label === 'string' ? new RegExp(`^${escape(label)}( \\*)?$`) : label);

/** The whole wizard through the UI (ru), checking axe and taking screenshots on the way. */
async function registerThroughUi(page: Page, person: Person, shots = false): Promise<void> {
  await page.goto('/');
  if (shots) {
    await expectAccessible(page, 'home');
    await screenshot(page, '01-home');
  }
  await page.getByRole('link', { name: 'Начать регистрацию' }).click();
  await page.getByRole('radio', { name: 'Иностранный гражданин' }).check();
  if (shots) {
    await expectAccessible(page, 'register: user type');
    await screenshot(page, '02-register-user-type');
  }
  await page.getByRole('button', { name: 'Далее' }).click();
  await heading(page, 2).toContain('Персональные данные');
  await byLabel(page, /^Фамилия \(кириллицей/).fill('Каримов');
  await byLabel(page, /^Имя/).first().fill('Азиз');
  await byLabel(page, /^Фамилия латиницей/).fill('KARIMOV');
  await byLabel(page, 'Имя латиницей').fill('AZIZ');
  await byLabel(page, /^Дата рождения/).fill('17.05.1990');
  await byLabel(page, /^Гражданство/).fill('UZB');
  await page.getByRole('radio', { name: 'Мужской' }).check();
  if (shots) {
    await expectAccessible(page, 'register: personal data');
    await screenshot(page, '03-register-personal');
  }
  await page.getByRole('button', { name: 'Далее' }).click();
  await heading(page, 2).toContain('Документы');
  const passport = page.locator('form[aria-labelledby="passport-title"]');
  await passport.getByLabel('Номер', { exact: false }).fill(person.passport);
  await passport.getByLabel(/^Страна выдачи/).fill('UZB');
  await passport.getByLabel(/^Дата выдачи/).fill('10.01.2020');
  await passport.getByLabel(/^Действителен до/).fill('09.01.2034');
  await passport.getByLabel(/^Скан страницы/).setInputFiles({ name: 'passport-scan.png', mimeType: 'image/png', buffer: SCAN });
  await passport.getByRole('button', { name: 'Добавить документ' }).click();
  await waitCount(page.locator('ul.documents li'), 1);
  const card = page.locator('form[aria-labelledby="card-title"]');
  await card.getByLabel('Номер', { exact: false }).fill(`4012 ${randomInt(1_000_000, 9_999_999)}`);
  await card.getByLabel(/^Дата въезда/).fill('15.10.2026');
  await card.getByLabel(/^Срок пребывания/).fill('31.12.2030');
  await card.getByRole('button', { name: 'Добавить документ' }).click();
  await waitCount(page.locator('ul.documents li'), 2);
  if (shots) {
    await expectAccessible(page, 'register: documents');
    await screenshot(page, '04-register-documents');
  }
  await page.getByRole('button', { name: 'Далее', exact: true }).click();
  await heading(page, 2).toContain('Телефон и e-mail');
  await byLabel(page, /^Телефон в международном/).fill(person.phone);
  await byLabel(page, 'Электронная почта').fill(person.email);
  await page.getByRole('button', { name: 'Сохранить' }).click();
  for (const [channel, to] of [['phone', person.phone], ['email', person.email]] as const) {
    const box = page.locator(`section[aria-labelledby="code-${channel}"]`);
    await box.getByRole('button', { name: 'Получить код' }).click();
    await waitText(box.getByRole('status'), 'Код отправлен');
    await box.getByLabel(/^Код из сообщения/).fill(await lastCode(server.origin, to));
    await box.getByRole('button', { name: 'Подтвердить' }).click();
    await waitText(box.getByRole('heading'), 'Подтверждён');
  }
  if (shots) {
    await expectAccessible(page, 'register: contacts');
    await screenshot(page, '05-register-contacts');
  }
  await page.getByRole('button', { name: 'Далее', exact: true }).click();
  await heading(page, 2).toContain('Пароль');
  await byLabel(page, 'Пароль').fill(person.password);
  await waitText(page.locator('.strength'), 'надёжный');
  if (shots) {
    await expectAccessible(page, 'register: password');
    await screenshot(page, '06-register-password');
  }
  await page.getByRole('button', { name: 'Сохранить' }).click();
  const next = page.getByRole('button', { name: 'Далее', exact: true });
  await expect.poll(async () => (await page.getByRole('heading', { level: 2 }).textContent())?.includes('Условия') || (await next.count()) > 0).toBe(true);
  if ((await next.count()) > 0) await next.click();
  await heading(page, 2).toContain('Условия');
  await page.getByRole('checkbox', { name: /Я принимаю условия/ }).check();
  if (shots) {
    await expectAccessible(page, 'register: terms');
    await screenshot(page, '07-register-terms');
  }
  await page.getByRole('button', { name: 'Создать учётную запись' }).click();
  await waitText(page.getByRole('status'), 'Учётная запись создана');
  if (shots) await screenshot(page, '08-register-done');
}

/** Logs in through the UI with the SMS code from the outbox. */
async function loginWithSms(page: Page, person: Person): Promise<void> {
  await page.goto('/login');
  const before = await fetch(`${server.origin}/dev/outbox/code?to=${encodeURIComponent(person.phone)}`).then((r) => (r.status === 200 ? r.text() : undefined));
  await byLabel(page, 'Телефон или e-mail').fill(person.phone);
  await byLabel(page, 'Пароль').fill(person.password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await heading(page, 1).toBe('Второй фактор');
  await page.getByRole('radio', { name: 'Код по SMS' }).check();
  await page.getByRole('textbox', { name: 'Код из сообщения' }).fill(await lastCode(server.origin, person.phone, before));
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await heading(page, 1).toBe('Личный кабинет');
}

describe('the portal in Chromium', () => {
  const aziz = newPerson();

  it('ACC-3: registers through the wizard (codes from the dev outbox), then logs in with the SMS code and shows the account', async () => {
    const { context, page, errors } = await newClient(browser, server.origin);
    page.setDefaultTimeout(15_000);
    try {
      await registerThroughUi(page, aziz, true);
      await loginWithSms(page, aziz);
      await waitText(page.locator('.level'), 'упрощённая');
      await waitCount(page.locator('#sessions ~ table tr[data-session="current"], section[aria-labelledby="sessions"] tr[data-session="current"]'), 1);
      await expectAccessible(page, 'account');
      await screenshot(page, '09-account');
      await page.getByRole('link', { name: 'Платежи' }).click();
      await heading(page, 1).toBe('Платежи и начисления');
      await expectAccessible(page, 'payments');
      await screenshot(page, '10-payments');
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 1).toBe('Payments and charges');
      await screenshot(page, '11-payments-en');
      expect(errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failure-registration');
      throw error;
    } finally {
      await context.close();
    }
  }, 120_000);
});

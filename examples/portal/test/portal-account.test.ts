// The portal's time-bound and recovery paths in Chromium, against a real server process whose
// clock the test moves forward (`/dev/clock/advance`, dev outbox only) instead of waiting: the
// 24-hour rule of appointments, a completed contact restore after the resend limit, the
// self-service unlock after the password lock, a declined payment retried, and the extra
// contact channels — each page state checked by axe-core and photographed into artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../../server/test/_lib/server-process.js';
import { newPerson, register, type Person } from '../../server/test/_lib/portal-client.js';
import {
  advanceClock,
  byLabel,
  currentCode,
  devPost,
  ensureBuilt,
  expectAccessible,
  heading,
  lastCode,
  launchChromium,
  loginWithCode,
  newClient,
  screenshot,
  serverNow,
  startPortalServer,
  waitCount,
  waitText,
} from './_lib/harness.js';

let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  const [started] = await Promise.all([startPortalServer('portal-account-e2e'), ensureBuilt()]);
  server = started;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const HOUR = 3_600_000;

/** A person registered over the API (fast), as the server tests do. */
async function registeredPerson(): Promise<Person> {
  const person = newPerson();
  await register(server.origin, person);
  return person;
}

/** A booked appointment as the API lists it (read with the browser's own session). */
interface Booked {
  readonly id: string;
  readonly start: number;
  readonly changeableUntil: number;
  readonly slot: string;
}
async function bookedAppointment(page: Page): Promise<Booked> {
  const list = (await (await page.request.get('/api/v1/appointments')).json()) as {
    items: (Booked & { state: string })[];
  };
  const booked = list.items.filter((a) => a.state === 'booked');
  expect(booked).toHaveLength(1);
  return booked[0]!;
}

/** YYYY-MM-DD of the server's day `days` after `now`. */
const dayAfter = (now: number, days: number): string =>
  new Date(now + days * 86_400_000).toISOString().slice(0, 10);

describe('time-bound rules in Chromium (the server’s dev clock moved forward)', () => {
  it('SVC-2: an appointment moved while 24 hours or more are left; with less than 24 hours left, cancelling and moving are refused with the rule’s message and the booking stays', async () => {
    const person = await registeredPerson();
    const { context, page, errors } = await newClient(browser, server.origin);
    page.setDefaultTimeout(30_000);
    try {
      await loginWithCode(page, server.origin, person, 'sms');
      // The standard level the appointment services need comes from the documents check (ACC-2); a new session carries it.
      await page.getByRole('button', { name: 'Отправить документы на проверку' }).click();
      await heading(page, 1).toBe('Вход');
      await loginWithCode(page, server.origin, person, 'email');
      await waitText(page.locator('.level'), 'стандартная');
      await page.getByRole('link', { name: 'Услуги' }).click();
      const standard = await page
        .locator('#service option[data-min-level="standard"]')
        .first()
        .getAttribute('value');
      await page.locator('#service').selectOption(standard);
      const now = await serverNow(server.origin);
      await page.getByLabel('Показать время начиная с').fill(dayAfter(now, 3));
      await page.getByRole('button', { name: 'Показать свободное время' }).click();
      await page.locator('input[name="slot"]').first().check();
      await page.getByRole('button', { name: 'Выбрать это время' }).click();
      await page.getByRole('button', { name: 'Подтвердить запись' }).click();
      await waitCount(page.locator('ul.appointments li[data-state="booked"]'), 1);
      const first = await bookedAppointment(page);
      expect(first.start - first.changeableUntil).toBe(24 * HOUR);

      // 25 hours before the visit: still allowed. The session has idled out meanwhile, so log in again.
      await advanceClock(server.origin, first.start - 25 * HOUR - (await serverNow(server.origin)));
      await loginWithCode(page, server.origin, person, 'sms');
      await page.getByRole('link', { name: 'Услуги' }).click();
      const booked = page.locator('ul.appointments li[data-state="booked"]');
      await waitCount(booked, 1);
      await booked.getByRole('button', { name: /^Перенести запись/ }).click();
      const move = booked.getByRole('group', { name: /^Перенести запись/ });
      await move.getByLabel('Показать время начиная с').fill(dayAfter(first.start, 2));
      await move.getByRole('button', { name: 'Показать свободное время' }).click();
      await move.locator('input[type="radio"]').first().check();
      await move.getByRole('button', { name: 'Перенести на это время' }).click();
      await expect
        .poll(() => booked.first().getAttribute('data-slot'), { timeout: 30_000 })
        .not.toBe(first.slot);
      const moved = await bookedAppointment(page);
      expect(moved.start).toBeGreaterThan(first.start);

      // 23 hours before the new time: cancelling and moving are refused, with the API's message.
      await advanceClock(server.origin, moved.start - 23 * HOUR - (await serverNow(server.origin)));
      await loginWithCode(page, server.origin, person, 'email');
      await page.getByRole('link', { name: 'Услуги' }).click();
      await waitCount(booked, 1);
      const refusal = /не позднее чем за 24 ч до приёма/;
      await booked.getByRole('button', { name: /^Отменить запись/ }).click();
      await waitText(page.getByRole('alert'), refusal);
      await booked.getByRole('button', { name: /^Перенести запись/ }).click();
      await move.getByLabel('Показать время начиная с').fill(dayAfter(moved.start, 1));
      await move.getByRole('button', { name: 'Показать свободное время' }).click();
      await move.locator('input[type="radio"]').first().check();
      await move.getByRole('button', { name: 'Перенести на это время' }).click();
      await waitText(move.getByRole('alert'), refusal);
      await page.reload();
      await waitCount(booked, 1);
      expect(await bookedAppointment(page)).toMatchObject({ id: moved.id, slot: moved.slot });
      await booked.getByRole('button', { name: /^Отменить запись/ }).click();
      await waitText(page.getByRole('alert'), refusal);
      await expectAccessible(page, 'services: too late to change');
      await screenshot(page, '30-appointment-too-late');
      expect(errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failure-appointment-too-late');
      throw error;
    } finally {
      await context.close();
    }
  }, 180_000);

  it('CONTACT-5, S-5: the e-mail changed with a code, then, past the resend limit, the old one restored with the code sent to it; the history shows the restored version as current', async () => {
    const person = await registeredPerson();
    const { context, page, errors } = await newClient(browser, server.origin);
    page.setDefaultTimeout(30_000);
    try {
      await loginWithCode(page, server.origin, person, 'sms');
      const contacts = page.locator('section[aria-labelledby="contacts"]');
      const emailShown = contacts.locator('dd[data-contact="email"]');
      await waitText(emailShown, /@/);
      const original = (await emailShown.textContent())!;
      const newEmail = `new-${person.email}`;
      await contacts.getByLabel('Что изменить').selectOption('email');
      await contacts.getByLabel('Новое значение').fill(newEmail);
      await contacts.getByRole('button', { name: 'Получить код' }).click();
      await waitText(contacts.getByRole('status'), 'Код отправлен');
      await contacts.getByLabel('Код из сообщения').fill(await lastCode(server.origin, newEmail));
      await contacts.getByRole('button', { name: 'Подтвердить' }).click();
      await waitText(contacts.getByRole('status'), 'Контакт изменён');
      await expect.poll(() => emailShown.textContent(), { timeout: 30_000 }).not.toBe(original);
      const rows = contacts.locator('tr[data-channel="email"]');
      await waitCount(rows, 2);

      // The registration code went to the old address moments ago: past the one-minute resend limit, its restore sends a new one.
      await advanceClock(server.origin, 90_000);
      const before = await currentCode(server.origin, person.email);
      await rows
        .and(page.locator('[data-current="false"]'))
        .first()
        .getByRole('button', { name: /^Восстановить/ })
        .click();
      await waitText(contacts.getByRole('status'), 'Код отправлен');
      await contacts
        .getByLabel('Код из сообщения')
        .fill(await lastCode(server.origin, person.email, before));
      await contacts.getByRole('button', { name: 'Подтвердить' }).click();
      await waitText(contacts.getByRole('status'), 'Контакт изменён');
      await expect.poll(() => emailShown.textContent(), { timeout: 30_000 }).toBe(original);
      await waitCount(rows, 3);
      const current = rows.and(page.locator('[data-current="true"]'));
      await waitCount(current, 1);
      await waitText(current, 'восстановлен из истории');
      expect(await current.textContent()).toContain(original.split(' ')[0]);
      await expectAccessible(page, 'account: contact restored');
      await screenshot(page, '31-contact-restored');
      expect(errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failure-contact-restore');
      throw error;
    } finally {
      await context.close();
    }
  }, 120_000);

  it('OTP-5, S-7, S-8: wrong passwords from one address through the progressive delays (the clock moved past each wait) lock the account; from another address the right password is refused like a wrong one; the unlock code lifts the lock and the login goes through', async () => {
    const person = await registeredPerson();
    const attacker = await newClient(browser, server.origin);
    const owner = await newClient(browser, server.origin);
    attacker.page.setDefaultTimeout(30_000);
    owner.page.setDefaultTimeout(30_000);
    /** One login try with `password`; a 429 (a progressive delay) moves the server's clock past its wait. */
    const attempt = async (page: Page, password: string): Promise<number> => {
      await byLabel(page, 'Пароль').fill(password);
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Войти' }).click();
      const response = await answered;
      await page.locator('.notice.error').waitFor();
      if (response.status() === 429) {
        const wait = Number(response.headers()['retry-after']);
        expect(wait).toBeGreaterThan(0);
        await advanceClock(server.origin, (wait + 1) * 1000);
      }
      return response.status();
    };
    try {
      const { page } = attacker;
      await page.goto('/login');
      await byLabel(page, 'Телефон или e-mail').fill(person.email);
      const statuses: number[] = [];
      // Ten counted failures lock the account (the portal policy); from the sixth on each waits out a growing delay.
      while (statuses.filter((s) => s === 401).length < 10) {
        statuses.push(await attempt(page, `Wrong-password-${statuses.length}!`));
        expect(statuses.length).toBeLessThan(30);
      }
      expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 429]);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(4);
      const wrongAnswer = await page.locator('.notice.error p').first().textContent();
      // The next try from this address waits again (not moved past this time: the lock must hold), with its countdown.
      await byLabel(page, 'Пароль').fill(person.password);
      const delayed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Войти' }).click();
      expect((await delayed).status()).toBe(429);
      await waitText(page.locator('.notice.error .countdown'), 'Повторить можно через');
      await expectAccessible(page, 'login: delayed');
      await screenshot(page, '32-login-delayed');

      // The owner, from an address with no failures of its own, meets the account's lock: the right password gets the wrong one's answer.
      const o = owner.page;
      await o.goto('/login');
      await byLabel(o, 'Телефон или e-mail').fill(person.email);
      expect(await attempt(o, person.password)).toBe(401);
      expect(await o.locator('.notice.error p').first().textContent()).toBe(wrongAnswer);
      const unlock = o.locator('section[aria-labelledby="unlock-title"]');
      await expectAccessible(o, 'login: locked, unlock offered');
      await screenshot(o, '33-login-locked');
      const before = await currentCode(server.origin, person.email);
      await unlock.getByRole('button', { name: 'Разблокировать кодом' }).click();
      await unlock
        .getByLabel('Код из сообщения')
        .fill(await lastCode(server.origin, person.email, before));
      await unlock.getByRole('button', { name: 'Подтвердить' }).click();
      await waitText(o.getByRole('status'), 'Блокировка снята');
      await expectAccessible(o, 'login: unlocked');
      await screenshot(o, '34-login-unlocked');
      await loginWithCode(o, server.origin, person, 'sms');
      expect([...attacker.errors, ...owner.errors]).toEqual([]);
    } catch (error) {
      await screenshot(owner.page, 'failure-unlock');
      throw error;
    } finally {
      await attacker.context.close();
      await owner.context.close();
    }
  }, 150_000);
});

describe('payments and extra channels in Chromium', () => {
  it('PAY-2, PAY-3, PAY-4: a payment the bank declines shows the error status and its reason; the retry pays it', async () => {
    const person = await registeredPerson();
    const { context, page, errors } = await newClient(browser, server.origin);
    page.setDefaultTimeout(30_000);
    try {
      await loginWithCode(page, server.origin, person, 'sms');
      await page.getByRole('link', { name: 'Платежи' }).click();
      await heading(page, 1).toBe('Платежи и начисления');
      await page.locator('ul.duties button').first().click();
      await waitCount(page.locator('section[aria-labelledby="charges-title"] tbody tr'), 1);
      expect(
        await devPost(server.origin, '/dev/payments/fail-next', { reason: 'insufficient_funds' }),
      ).toEqual({
        queued: 'insufficient_funds',
      });
      const approve = page.getByRole('button', { name: 'Я подтвердил оплату в приложении банка' });
      await page
        .getByRole('button', { name: 'Оплатить через СБП (банковское приложение)' })
        .click();
      await approve.click();
      const rows = page.locator('section[aria-labelledby="payments-title"] tbody tr');
      const failed = rows.and(page.locator('[data-status="error"]'));
      await waitCount(failed, 1);
      await waitText(failed, /средств/i);
      await waitCount(rows.and(page.locator('[data-status="paid"]')), 0);
      await expectAccessible(page, 'payments: declined');
      await screenshot(page, '35-payment-declined');
      await failed.getByRole('button', { name: 'Повторить оплату' }).click();
      // A bank-app check may be asked again for the new attempt; approve it when it is.
      const paid = rows.and(page.locator('[data-status="paid"]'));
      await expect
        .poll(async () => (await paid.count()) + (await approve.count()), { timeout: 30_000 })
        .toBeGreaterThan(0);
      if ((await approve.count()) > 0) await approve.click();
      await waitCount(paid, 1);
      await expectAccessible(page, 'payments: paid after the retry');
      await screenshot(page, '36-payment-retried');
      expect(errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failure-payment-retry');
      throw error;
    } finally {
      await context.close();
    }
  }, 120_000);

  it('CONTACT-4: a Telegram name and a WhatsApp phone linked and one unlinked, a wrong value refused with the API’s issue at its field, a trusted person’s phone linked and unlinked', async () => {
    const person = await registeredPerson();
    const { context, page, errors } = await newClient(browser, server.origin);
    page.setDefaultTimeout(30_000);
    try {
      await loginWithCode(page, server.origin, person, 'sms');
      const channels = page.locator('section[aria-labelledby="contacts"] .extra-channels');
      await waitText(channels, 'Дополнительные каналы не указаны');
      const link = async (kind: string, value: string): Promise<void> => {
        await channels.getByLabel('Мессенджер', { exact: true }).selectOption(kind);
        await byLabel(channels, 'Имя или телефон в мессенджере').fill(value);
        await channels
          .locator('form[aria-labelledby="messenger-title"]')
          .getByRole('button', { name: 'Привязать' })
          .click();
      };
      // A name Telegram cannot have (too short) is neither a name nor a phone: the API's issue shows at the field.
      await link('telegram', '@ab');
      await waitText(channels.getByRole('alert'), /.+/);
      await waitCount(channels.locator('li[data-messenger]'), 0);
      expect(
        await byLabel(channels, 'Имя или телефон в мессенджере').getAttribute('aria-invalid'),
      ).toBe('true');
      await link('telegram', '@aziz_karimov');
      await waitText(channels.locator('li[data-messenger="telegram"]'), '@az');
      await link('whatsapp', '+998 90 123 45 67');
      await waitText(channels.locator('li[data-messenger="whatsapp"]'), 'WhatsApp');
      await waitText(channels.getByRole('status'), 'Канал привязан');
      // The messenger's number is shown masked, never in full.
      expect(await channels.locator('li[data-messenger="whatsapp"]').textContent()).not.toContain(
        '1234567',
      );
      await byLabel(channels, 'Телефон доверенного лица').fill('+7 916 555-01-02');
      await channels
        .locator('form[aria-labelledby="trusted-title"]')
        .getByRole('button', { name: 'Привязать' })
        .click();
      await waitCount(channels.locator('li[data-trusted-phone]'), 1);
      await expectAccessible(page, 'account: extra channels');
      await screenshot(page, '37-extra-channels');
      await page.reload();
      await waitCount(channels.locator('li[data-messenger]'), 2);
      await channels
        .locator('li[data-messenger="telegram"]')
        .getByRole('button', { name: /^Отвязать/ })
        .click();
      await waitCount(channels.locator('li[data-messenger]'), 1);
      await waitText(channels.getByRole('status'), 'Канал отвязан');
      await channels
        .locator('li[data-trusted-phone]')
        .getByRole('button', { name: /^Отвязать/ })
        .click();
      await waitCount(channels.locator('li[data-trusted-phone]'), 0);
      await page.reload();
      await waitCount(channels.locator('li[data-messenger="whatsapp"]'), 1);
      await waitCount(channels.locator('li[data-messenger="telegram"]'), 0);
      await waitCount(channels.locator('li[data-trusted-phone]'), 0);
      expect(errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failure-extra-channels');
      throw error;
    } finally {
      await context.close();
    }
  }, 120_000);
});

// «Мои заявки» and the identity confirmation in Chromium, against a real server process whose
// simulated authority and registry the test scripts over the dev routes (`/dev/agency/…`,
// `/dev/registry/respond`, `/dev/applications/tick`): an application with its structured fields
// (their errors at the field), its state duty paid on the payments page, submitted, asked for
// more information, answered and approved with its document; and the registry's clarification
// with its live 48-hour countdown, answered, then a confirmation method started and completed.
// Each new page state is checked by axe-core and photographed into artifacts/.
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../../server/test/_lib/server-process.js';
import {
  call,
  expectStatus,
  newPerson,
  register,
  type Person,
} from '../../server/test/_lib/portal-client.js';
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
  startPortalServer,
  waitCount,
  waitText,
} from './_lib/harness.js';

const SCAN = readFileSync(new URL('../../server/fixtures/passport-scan.png', import.meta.url));
const scanFile = (name: string) => ({ name, mimeType: 'image/png', buffer: SCAN });

let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  const [started] = await Promise.all([
    startPortalServer(
      'portal-services-e2e',
      new URL('./fixtures/services-server.ts', import.meta.url).pathname,
    ),
    ensureBuilt(),
  ]);
  server = started;
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Registers over the API and raises the account to the standard level (the registry confirms the documents). */
async function standardPerson(): Promise<Person> {
  const person = newPerson();
  await register(server.origin, person);
  const ip = person.ip;
  const step1 = expectStatus(
    await call(server.origin, 'POST', '/api/v1/auth/login', {
      json: { login: person.phone, password: person.password },
      ip,
    }),
    200,
  );
  const code = await lastCode(server.origin, person.phone);
  const step2 = expectStatus(
    await call(server.origin, 'POST', '/api/v1/auth/login/complete', {
      json: { loginToken: step1.body.loginToken, method: 'sms', code },
      ip,
    }),
    200,
  );
  const token = step2.body.tokens.accessToken as string;
  expectStatus(
    await call(server.origin, 'POST', '/api/v1/identity/checks/documents', { token, ip }),
    202,
  );
  return person;
}

/** The application's status, polled after a reload (the authority's reports reach the page on its next load). */
async function reloadUntilStatus(page: Page, status: string): Promise<Locator> {
  const item = page.locator(`ul.my-applications > li[data-status="${status}"]`);
  await expect
    .poll(
      async () => {
        if ((await item.count()) > 0) return true;
        await page.reload();
        await page.locator('ul.my-applications > li').first().waitFor();
        return (await item.count()) > 0;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBe(true);
  return item.first();
}

describe('applications in Chromium', () => {
  it('SVC-1, AUD-2: a stay registration with its address and migration card (errors at their fields), the duty paid on the payments page, submitted with its number and expected date, asked for more information, answered, approved, its document received', async () => {
    const person = await standardPerson();
    const { context, page, errors } = await newClient(browser, server.origin);
    page.setDefaultTimeout(30_000);
    try {
      await loginWithCode(page, server.origin, person, 'email');
      await waitText(page.locator('.level'), 'стандартная');
      await page.getByRole('link', { name: 'Услуги' }).click();
      await heading(page, 1).toBe('Заявки, запись на приём, обращения');
      await page
        .locator('section[aria-labelledby="applications"] li[data-code="stay_registration"] button')
        .click();
      const app = page.locator('ul.my-applications > li').first();
      await app.waitFor();
      const id = (await app.getAttribute('data-id'))!;

      // SVC-1, DOC-10: the address by its parts, the migration card as on the card; a wrong
      // index and a card number with a stray character are refused at their own fields.
      await byLabel(app, /^Дата прибытия/).fill('15.10.2026');
      const address = app.getByRole('group', { name: /^Адрес в России/ });
      await address.getByLabel('Почтовый индекс').fill('12345');
      await address.getByLabel('Город').fill('г. Москва');
      await address.getByLabel('Улица').fill('ул. Тверская');
      await address.getByLabel('Дом').fill('7');
      const card = byLabel(app, /^Миграционная карта/);
      await card.fill('40#12 3057841');
      await app.getByRole('button', { name: 'Сохранить данные заявки' }).click();
      await expect.poll(() => card.getAttribute('aria-invalid')).toBe('true');
      const cardError = app.locator(
        `#${(await card.getAttribute('aria-describedby'))!.split(' ').pop()!}`,
      );
      await expect.poll(() => cardError.textContent()).toMatch(/\S/);
      const index = address.getByLabel('Почтовый индекс');
      await expect.poll(() => index.getAttribute('aria-invalid')).toBe('true');
      expect(await byLabel(app, /^Дата прибытия/).getAttribute('aria-invalid')).toBeNull();
      // What was typed stays.
      expect(await card.inputValue()).toBe('40#12 3057841');
      await expectAccessible(page, 'applications: field errors');
      await screenshot(page, '30-application-field-errors');
      await index.fill('125009');
      await card.fill('4012 3057841');
      await app.getByRole('button', { name: 'Сохранить данные заявки' }).click();
      await waitText(app.getByRole('status'), 'Данные заявки сохранены');
      expect(await card.getAttribute('aria-invalid')).toBeNull();

      // The two files the service asks for.
      for (const name of ['passport-scan.png', 'lease.png']) {
        const before = await app.locator('ul.attachments li').count();
        await app.getByLabel('Файл').setInputFiles(scanFile(name));
        await app.getByRole('button', { name: 'Прикрепить' }).click();
        await waitCount(app.locator('ul.attachments li'), before + 1);
      }
      // The duty is not paid yet: the API refuses the submit and says so.
      const duty = app.getByTestId('app-duty');
      await expect.poll(() => duty.getAttribute('data-paid')).toBe('false');
      await app.getByRole('button', { name: /^Подать заявку/ }).click();
      await waitText(app.getByRole('alert'), 'Сначала оплатите госпошлину');
      const dutyName = (await duty.textContent())!.split(',')[0]!.trim();
      await duty.getByRole('link', { name: 'Оплатить в разделе «Платежи»' }).click();
      await heading(page, 1).toBe('Платежи и начисления');
      await page.locator('ul.duties li', { hasText: dutyName }).getByRole('button').click();
      await waitCount(page.locator('section[aria-labelledby="charges-title"] tbody tr'), 1);
      await page
        .getByRole('button', { name: 'Оплатить через СБП (банковское приложение)' })
        .click();
      await page.getByRole('button', { name: 'Я подтвердил оплату в приложении банка' }).click();
      await waitCount(
        page.locator('section[aria-labelledby="payments-title"] tbody tr[data-status="paid"]'),
        1,
      );
      await page.getByRole('link', { name: 'Услуги' }).click();
      await expect.poll(() => duty.getAttribute('data-paid')).toBe('true');
      await app.getByRole('button', { name: /^Подать заявку/ }).click();
      const submitted = page.locator('ul.my-applications > li[data-status="submitted"]');
      await submitted.waitFor();
      await expect
        .poll(() => submitted.getByTestId('app-number').textContent())
        .toMatch(/^ZV-\d{4}-\d{7}$/);
      await expect
        .poll(() => submitted.getByTestId('app-expected').textContent())
        .toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
      await expectAccessible(page, 'applications: submitted');
      await screenshot(page, '31-application-submitted');

      // The authority: handed over, under review, then asks for a signed lease.
      await devPost(server.origin, `/dev/agency/${id}/script`, {
        steps: [
          { status: 'under_review' },
          {
            status: 'info_required',
            items: ['lease_contract'],
            note: 'Договор аренды не подписан: загрузите подписанный.',
          },
          { status: 'approved' },
        ],
      });
      expect(await devPost(server.origin, '/dev/applications/tick')).toMatchObject({ passed: 1 });
      expect(await devPost(server.origin, `/dev/agency/${id}/next`)).toMatchObject({
        status: 'under_review',
      });
      expect(await devPost(server.origin, `/dev/agency/${id}/next`)).toMatchObject({
        status: 'info_required',
      });
      const asked = await reloadUntilStatus(page, 'info_required');
      const request = asked.getByRole('region', { name: 'Орган просит дополнительную информацию' });
      await waitText(request, 'Договор аренды не подписан');
      // An answer without the asked-for file is refused with the API's message.
      await request.getByLabel('Пояснение (необязательно)').fill('Прилагаю подписанный договор.');
      await request.getByRole('button', { name: 'Отправить ответ' }).click();
      await waitText(request.getByRole('alert'), 'Загрузите запрошенный документ');
      await request.getByLabel('Файл').setInputFiles(scanFile('lease-signed.png'));
      await request.getByRole('button', { name: 'Прикрепить' }).click();
      await waitText(request, 'lease-signed.png');
      await expectAccessible(page, 'applications: information required');
      await screenshot(page, '32-application-info-required');
      await request.getByRole('button', { name: 'Отправить ответ' }).click();
      const answered = page.locator(
        'ul.my-applications > li:is([data-status="under_review"], [data-status="passed"])',
      );
      await answered.waitFor();
      await waitText(answered.getByRole('status'), 'Ответ отправлен');

      // The answer reaches the authority on the next tick; it approves with a document.
      await devPost(server.origin, '/dev/applications/tick');
      expect(await devPost(server.origin, `/dev/agency/${id}/next`)).toMatchObject({
        status: 'approved',
      });
      const approved = await reloadUntilStatus(page, 'approved');
      await waitText(approved, 'Решение: одобрено');
      await waitCount(page.locator(`ul.certificates li[data-application="${id}"]`), 1);
      // AUD-2: the decision's document downloads as the PDF the authority sent.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        approved.getByRole('button', { name: /^Открыть документ/ }).click(),
      ]);
      const saved = readFileSync(await download.path());
      expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      await expectAccessible(page, 'applications: approved');
      await screenshot(page, '33-application-approved');
      // In English the same application speaks English (the UI's words and the API's status text).
      await page.getByRole('button', { name: 'English' }).click();
      await heading(page, 1).toBe('Applications, appointments, support');
      await waitText(approved.getByRole('heading', { level: 3 }), 'Approved');
      await waitText(approved, 'Application number');
      await waitText(approved, 'Decision: approved');
      await expectAccessible(page, 'applications: approved, in English');
      await screenshot(page, '33b-application-approved-en');
      expect(errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failure-applications');
      throw error;
    } finally {
      await context.close();
    }
  }, 150_000);
});

/** Waits until the page is on the login page (the level changed: the new level needs a new session) or shows `level`. */
async function afterLevelChange(page: Page, person: Person, level: string): Promise<void> {
  const onLogin = page.getByRole('heading', { level: 1, name: 'Вход' });
  const shown = page.locator('.level', { hasText: level });
  await expect
    .poll(async () => (await onLogin.count()) + (await shown.count()), { timeout: 30_000 })
    .toBeGreaterThan(0);
  if ((await onLogin.count()) > 0) {
    // S-5: a second login code within a minute of the last would wait; the server's dev clock moves past it.
    await advanceClock(server.origin, 61_000);
    await loginWithCode(page, server.origin, person, 'email');
  }
  await waitText(page.locator('.level'), level);
}

describe('identity confirmation in Chromium', () => {
  it('ACC-5, ACC-7, DOC-7: the registry asks for a clarification — its 48 hours count down live and then say they are over; the answer with a new scan raises the level; every method the API lists is shown, an e-signature with a bad serial is refused at its field, an SMS code started (a wrong code refused at the field) and cancelled, a video call is booked (the other methods wait) and cancelled, then the bank confirms the identity and the certificate of residence takes the residence permit by its parts (an expiry before the issue refused at that part)', async () => {
    const person = newPerson();
    const { accountId } = await register(server.origin, person);
    // ACC-5: the registry will not read the passport scan of this account's first check.
    await devPost(server.origin, '/dev/registry/respond', {
      accountId,
      outcome: {
        status: 'mismatch',
        defects: [
          {
            field: 'documents.foreign_passport.number',
            reason: 'unreadable',
            document: 'foreign_passport',
          },
        ],
      },
    });
    const { context, page, errors } = await newClient(browser, server.origin);
    page.setDefaultTimeout(30_000);
    // The browser's clock is the test's to move (it runs on by itself until moved).
    await page.clock.install();
    try {
      await loginWithCode(page, server.origin, person, 'sms');
      const level = page.locator('section[aria-labelledby="level"]');
      await level.getByRole('button', { name: 'Отправить документы на проверку' }).click();
      const clarification = level.getByRole('region', { name: 'Реестр просит уточнить данные' });
      await waitText(clarification, 'Заграничный паспорт: Номер — скан нечитаем');
      const timer = clarification.getByRole('timer');
      const seconds = async (): Promise<number> => Number(await timer.getAttribute('data-seconds'));
      const first = await seconds();
      const firstText = await timer.textContent();
      // 48 hours, less the seconds since the registry answered.
      expect(first).toBeGreaterThan(47 * 3600);
      expect(first).toBeLessThanOrEqual(48 * 3600);
      expect(firstText).toMatch(/^Осталось 4[78] ч \d+ мин \d+ с\.$/);
      // It ticks while the page stays open, not only when it loads.
      await expect.poll(seconds, { timeout: 10_000 }).toBeLessThanOrEqual(first - 2);
      expect(await timer.textContent()).not.toBe(firstText);
      await expectAccessible(page, 'account: clarification requested');
      await screenshot(page, '34-identity-clarification');
      // When the 48 hours are over the countdown gives way to what that means.
      await page.clock.fastForward('48:00:01');
      await waitText(clarification.getByRole('alert'), 'Срок ответа (48 часов) истёк');
      await waitCount(clarification.getByRole('timer'), 0);
      await expectAccessible(page, 'account: clarification overdue');
      await screenshot(page, '35-identity-clarification-expired');
      // The answer: a new scan; the registry reads it and the level becomes standard.
      await clarification
        .getByLabel('Новые сканы (JPEG, PNG или PDF)')
        .setInputFiles(scanFile('passport-rescan.png'));
      await clarification.getByRole('button', { name: 'Отправить уточнение' }).click();
      await afterLevelChange(page, person, 'стандартная');

      // ACC-7: every method the API offers is shown with what it needs.
      const methods = page.locator('ul.method-list > li');
      const offered = await page.evaluate(async () => {
        const r = await fetch('/api/v1/identity', { credentials: 'same-origin' });
        return ((await r.json()) as { methods: string[] }).methods;
      });
      expect(offered.length).toBeGreaterThan(3);
      expect(
        await methods.evaluateAll((li) => li.map((x) => x.getAttribute('data-method'))),
      ).toEqual(offered);
      // An e-signature certificate serial that is not hexadecimal is refused at its field.
      const signature = page.locator('li[data-method="e_signature"]');
      const serial = byLabel(signature, 'Серийный номер сертификата');
      await serial.fill('not-a-serial');
      await byLabel(signature, 'Издатель сертификата').fill('УЦ ФНС России');
      await signature.getByRole('button', { name: /^Начать/ }).click();
      await expect.poll(() => serial.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'account: confirmation methods');
      await screenshot(page, '36-identity-methods');
      // An SMS code (S-5: the login's own SMS was just sent, so the dev clock moves past its resend
      // limit first): started, the code form waits; a wrong code is refused at the field; cancelled.
      await advanceClock(server.origin, 61_000);
      const smsBefore = await currentCode(server.origin, person.phone);
      await page
        .locator('li[data-method="sms_code"]')
        .getByRole('button', { name: /^Начать/ })
        .click();
      const sms = page.getByRole('region', { name: 'Идёт подтверждение: Код по SMS' });
      await waitText(sms.getByRole('status'), 'ждём код');
      const sent = await lastCode(server.origin, person.phone, smsBefore);
      const codeField = byLabel(sms, 'Код из сообщения');
      await codeField.fill(sent === '000000' ? '111111' : '000000');
      await sms.getByRole('button', { name: 'Подтвердить' }).click();
      await expect.poll(() => codeField.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'account: SMS code under way');
      await screenshot(page, '36a-identity-sms-code');
      await sms.getByRole('button', { name: 'Отменить проверку' }).click();
      await waitText(page.locator('ul.checks li[data-kind="sms_code"]'), 'отменено');
      // A video call: booked for a time three days ahead, the check waits for the operator
      // (the other methods wait too: one check at a time), then it is cancelled.
      const video = page.locator('li[data-method="video"]');
      const at = new Date(Date.now() + 3 * 86_400_000);
      const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000)
        .toISOString()
        .slice(0, 16);
      await byLabel(video, 'Дата и время видеозвонка').fill(local);
      await video.getByRole('button', { name: /^Начать/ }).click();
      const open = page.getByRole('region', { name: 'Идёт подтверждение: Видеозвонок' });
      await waitText(open.getByRole('status'), 'видеозвонок назначен');
      await waitText(open, 'Видеозвонок: ');
      expect(
        await page
          .locator('li[data-method="bank"]')
          .getByRole('button', { name: /^Начать/ })
          .isDisabled(),
      ).toBe(true);
      await expectAccessible(page, 'account: video call booked');
      await screenshot(page, '36b-identity-video-booked');
      await open.getByRole('button', { name: 'Отменить проверку' }).click();
      await waitText(page.locator('ul.checks li[data-kind="video"]'), 'отменено');
      // The bank confirms: the check goes to the registry, which confirms the level.
      const bank = page.locator('li[data-method="bank"]');
      await byLabel(bank, 'Банк').fill('sber');
      await byLabel(bank, 'Номер подтверждения из банка').fill('att-2026-0042');
      await byLabel(bank, 'Последние 4 цифры карты').fill('4242');
      await bank.getByRole('button', { name: /^Начать/ }).click();
      await afterLevelChange(page, person, 'подтверждённая');
      await waitText(page.locator('ul.checks li[data-kind="bank"]'), 'подтверждено');
      await expectAccessible(page, 'account: confirmed');
      await screenshot(page, '37-identity-confirmed');
      // SVC-1, DOC-7: the confirmed level opens the certificate of residence, whose residence
      // permit is entered by its parts; an expiry before the issue is refused at that part.
      await page.getByRole('link', { name: 'Услуги' }).click();
      await page
        .locator(
          'section[aria-labelledby="applications"] li[data-code="residence_certificate"] button',
        )
        .click();
      const permit = page
        .locator('ul.my-applications > li')
        .first()
        .getByRole('group', { name: /^Вид на жительство/ });
      await permit.getByLabel('Серия').fill('82');
      await permit.getByLabel('Номер').fill('1234567');
      const issued = permit.getByLabel('Дата выдачи (ДД.ММ.ГГГГ)');
      const expires = permit.getByLabel(/^Действителен до/);
      await issued.fill('15.03.2021');
      await expires.fill('14.03.2021');
      await page.getByRole('button', { name: 'Сохранить данные заявки' }).click();
      await expect.poll(() => expires.getAttribute('aria-invalid')).toBe('true');
      expect(await issued.getAttribute('aria-invalid')).toBeNull();
      await expectAccessible(page, 'applications: residence permit refused at its part');
      await screenshot(page, '38-application-residence-permit');
      await expires.fill('');
      await page.getByRole('button', { name: 'Сохранить данные заявки' }).click();
      await waitText(
        page.locator('ul.my-applications > li').first().getByRole('status'),
        'Данные заявки сохранены',
      );
      expect(errors).toEqual([]);
    } catch (error) {
      await screenshot(page, 'failure-identity');
      throw error;
    } finally {
      await context.close();
    }
  }, 150_000);
});

import { fail, issue, ok, type Result } from '@kabinet/core';
import { describe, expect, it } from 'vitest';
import { makeServicesKit } from '../../test/kit.js';
import { createSupportRequests, type SupportRequestsOptions } from './create-support-requests.js';
import type { SupportRequestView } from './support-request-view.js';

const H = 3_600_000;
const OP = { operatorId: 'op_7' };
const PDF = new TextEncoder().encode(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n',
);

function setup(options: SupportRequestsOptions = {}) {
  const kit = makeServicesKit();
  const support = createSupportRequests(kit.deps, { scanFile: async () => 'clean', ...options });
  return { kit, support };
}

function data<T>(r: Result<T>): T {
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(r.issues)}`);
  return r.data;
}

async function open(
  support: ReturnType<typeof setup>['support'],
  accountId = 'acc_1',
): Promise<SupportRequestView> {
  return data(await support.create({ accountId, topic: 'access', text: 'Не приходит код по СМС' }));
}

describe('createSupportRequests: the user side', () => {
  it('SVC-3: a request gets an automatic ticket number, status «Получено», a 48-hour deadline, a journal entry and a notice', async () => {
    const { kit, support } = setup();
    const now = kit.clock.now();
    const r = await open(support);
    expect(r).toMatchObject({
      number: '20270111-0001',
      topic: 'access',
      status: 'received',
      receivedAt: now,
      deadlineAt: now + 48 * H,
      escalated: false,
    });
    expect(r.messages).toEqual([
      expect.objectContaining({ author: 'user', text: 'Не приходит код по СМС' }),
    ]);
    expect(kit.journal.at(-1)).toMatchObject({
      actor: { type: 'account', id: 'acc_1' },
      action: 'support_request.received',
      subject: { type: 'account', id: 'acc_1' },
      payload: { requestId: r.id, number: r.number },
    });
    expect(JSON.stringify(kit.journal)).not.toContain('Не приходит');
    expect(kit.posted.at(-1)).toEqual({
      accountId: 'acc_1',
      kind: 'support',
      code: 'notice.support_request.received',
      params: { number: r.number, hours: 48 },
      subject: { type: 'support_request', id: r.id },
    });
  });

  it('SVC-3: numbers count up per Moscow day and restart the next day', async () => {
    const { kit, support } = setup();
    kit.clock.set(Date.UTC(2027, 0, 11, 20, 59, 59, 999));
    expect((await open(support)).number).toBe('20270111-0001');
    expect((await open(support, 'acc_2')).number).toBe('20270111-0002');
    kit.clock.advance(1);
    expect((await open(support)).number).toBe('20270112-0001');
  });

  it('bad input is data: a wrong type, an unknown topic, a blank or too long text', async () => {
    const { support } = setup({ policy: { maxTextLength: 10 } });
    expect(
      await support.create({ accountId: 'acc_1', topic: 'weather', text: 5 } as never),
    ).toEqual({
      success: false,
      issues: [
        expect.objectContaining({ code: 'input.not_one_of', path: ['topic'] }),
        { code: 'input.not_a_string', path: ['text'] },
      ],
    });
    expect(
      await support.create({ accountId: 'acc_1', topic: 'other', text: ' \u200b\n ' }),
    ).toEqual(fail(issue('input.required', ['text'])));
    expect(
      await support.create({ accountId: 'acc_1', topic: 'other', text: 'a'.repeat(11) }),
    ).toEqual(fail(issue('input.too_long', ['text'], { max: 10 })));
    expect(
      (await support.create({ accountId: 'acc_1', topic: 'other', text: 'a'.repeat(10) })).success,
    ).toBe(true);
    expect(await support.create(null as never)).toMatchObject({ success: false });
  });

  it('FILE-1, FILE-4: attachments are judged by their bytes and stored in blobs; a disguised file stores nothing', async () => {
    const { kit, support } = setup();
    const r = data(
      await support.create({
        accountId: 'acc_1',
        topic: 'documents',
        text: 'Скан',
        files: [{ bytes: PDF, name: 'scan.pdf' }],
      }),
    );
    const [attachment] = r.messages[0]!.attachments;
    expect(attachment).toMatchObject({
      mediaType: 'application/pdf',
      size: PDF.length,
      name: 'scan.pdf',
    });
    expect((await kit.deps.blobs.get(attachment!.blobId))?.metadata).toMatchObject({
      ownerId: 'acc_1',
      mediaType: 'application/pdf',
    });
    const bad = await support.create({
      accountId: 'acc_1',
      topic: 'documents',
      text: 'Скан',
      files: [{ bytes: PDF }, { bytes: new TextEncoder().encode('MZ not a pdf'), name: 'x.pdf' }],
    });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues[0]?.path).toEqual(['files', 1]);
    const infected = createSupportRequests(kit.deps, { scanFile: async () => 'infected' });
    expect(
      await infected.create({
        accountId: 'acc_1',
        topic: 'documents',
        text: 'x',
        files: [{ bytes: PDF }],
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'file.infected' }] });
    expect(
      await support.create({
        accountId: 'acc_1',
        topic: 'documents',
        text: 'x',
        files: Array.from({ length: 6 }, () => ({ bytes: PDF })),
      }),
    ).toEqual(fail(issue('input.too_many', ['files'], { max: 5 })));
  });

  it('attachments without the antivirus hook are a configuration error', async () => {
    const { kit } = setup();
    const support = createSupportRequests(kit.deps);
    await expect(
      support.create({
        accountId: 'acc_1',
        topic: 'documents',
        text: 'x',
        files: [{ bytes: PDF }],
      }),
    ).rejects.toMatchObject({ code: 'ERR_CONFIG' });
  });

  it("lists the account's own requests newest first; another account's request is not found", async () => {
    const { kit, support } = setup();
    const first = await open(support);
    kit.clock.advance(1000);
    const second = await open(support);
    await open(support, 'acc_2');
    const page = data(await support.list({ accountId: 'acc_1', limit: 1 }));
    expect(page.items.map((i) => i.id)).toEqual([second.id]);
    expect(
      data(await support.list({ accountId: 'acc_1', limit: 1, after: page.nextCursor })).items.map(
        (i) => i.id,
      ),
    ).toEqual([first.id]);
    expect(await support.get({ accountId: 'acc_2', requestId: first.id })).toEqual(
      fail(issue('support_request.not_found', ['requestId'])),
    );
    expect(await support.reply({ accountId: 'acc_2', requestId: first.id, text: 'hi' })).toEqual(
      fail(issue('support_request.not_found', ['requestId'])),
    );
    expect(
      data(await support.get({ accountId: 'acc_1', requestId: first.id })).messages[0],
    ).not.toHaveProperty('operatorId');
  });
});

describe('createSupportRequests: the conversation', () => {
  it('SVC-3: a user reply to a request waiting for them returns it to work, and the clock runs on from where it stopped', async () => {
    const { kit, support } = setup();
    const r = await open(support);
    kit.clock.advance(10 * H);
    const asked = data(
      await support.operatorReply(OP, {
        requestId: r.id,
        text: 'Пришлите скан паспорта',
        awaitUser: true,
      }),
    );
    expect(asked).toMatchObject({
      status: 'waiting_for_user',
      answerPaused: true,
      assignee: 'op_7',
    });
    expect(asked).not.toHaveProperty('deadlineAt');
    expect(kit.posted.at(-1)).toMatchObject({ code: 'notice.support_request.info_requested' });
    kit.clock.advance(20 * H);
    const back = data(
      await support.reply({ accountId: 'acc_1', requestId: r.id, text: 'Вот скан' }),
    );
    expect(back).toMatchObject({
      status: 'in_progress',
      answerPaused: false,
      deadlineAt: r.receivedAt + 68 * H,
    });
    expect(kit.journal.map((e) => e.action)).toEqual([
      'support_request.received',
      'support_request.info_requested',
      'support_request.user_replied',
    ]);
  });

  it('every line of a conversation carries its own id and the time it was written', async () => {
    const { kit, support } = setup();
    const opened = kit.clock.now();
    const r = await open(support);
    kit.clock.advance(60_000);
    const taken = kit.clock.now();
    await support.take(OP, { requestId: r.id });
    kit.clock.advance(60_000);
    const answered = kit.clock.now();
    await support.operatorReply(OP, { requestId: r.id, text: 'Проверяем' });
    kit.clock.advance(60_000);
    const replied = kit.clock.now();
    const view = data(
      await support.reply({ accountId: 'acc_1', requestId: r.id, text: 'Спасибо' }),
    );
    expect(view.messages.map((m) => [m.author, m.at])).toEqual([
      ['user', opened],
      ['system', taken],
      ['operator', answered],
      ['user', replied],
    ]);
    const ids = view.messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^msg_/);
  });

  it('an operator reply takes a received request and is notified; a user message to a request in progress keeps the status', async () => {
    const { kit, support } = setup();
    const r = await open(support);
    const replied = data(await support.operatorReply(OP, { requestId: r.id, text: 'Проверяем' }));
    expect(replied).toMatchObject({
      status: 'in_progress',
      assignee: 'op_7',
      deadlineAt: r.deadlineAt,
    });
    expect(replied.messages.at(-1)).toMatchObject({
      author: 'operator',
      operatorId: 'op_7',
      text: 'Проверяем',
    });
    expect(kit.posted.at(-1)).toMatchObject({
      code: 'notice.support_request.replied',
      subject: { type: 'support_request', id: r.id },
    });
    expect(
      data(await support.reply({ accountId: 'acc_1', requestId: r.id, text: 'Спасибо' })).status,
    ).toBe('in_progress');
  });

  it('SVC-3: resolve gives «Решено» with the resolution; a reply within the window reopens it with a fresh 48 hours, after the window it is closed', async () => {
    const { kit, support } = setup();
    const r = await open(support);
    const resolved = data(
      await support.resolve(OP, { requestId: r.id, resolution: 'Код отправлен повторно' }),
    );
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'Код отправлен повторно',
      reopenableUntil: kit.clock.now() + 7 * 24 * H,
    });
    expect(kit.posted.at(-1)).toMatchObject({ code: 'notice.support_request.resolved' });
    expect(kit.journal.at(-1)).toMatchObject({
      action: 'support_request.resolved',
      payload: { withinDeadline: true },
    });
    expect(await support.resolve(OP, { requestId: r.id, resolution: 'again' })).toEqual(
      fail(
        issue('support_request.not_allowed', ['requestId'], {
          number: r.number,
          status: 'resolved',
          event: 'resolve',
        }),
      ),
    );
    kit.clock.advance(7 * 24 * H - 1);
    const reopened = data(
      await support.reply({ accountId: 'acc_1', requestId: r.id, text: 'Код так и не пришёл' }),
    );
    expect(reopened).toMatchObject({ status: 'in_progress', deadlineAt: kit.clock.now() + 48 * H });
    expect(reopened).not.toHaveProperty('resolution');
    data(await support.resolve(OP, { requestId: r.id, resolution: 'Номер исправлен' }));
    kit.clock.advance(7 * 24 * H);
    expect(await support.reply({ accountId: 'acc_1', requestId: r.id, text: 'ещё' })).toEqual(
      fail(issue('support_request.closed', ['requestId'], { number: r.number })),
    );
    expect(data(await support.get({ accountId: 'acc_1', requestId: r.id })).status).toBe('closed');
    expect(kit.journal.at(-1)).toMatchObject({ action: 'support_request.closed' });
  });

  it('take hands a request over; a resolved one cannot be taken; a full conversation refuses more', async () => {
    const { support } = setup({ policy: { maxMessages: 3 } });
    const r = await open(support);
    expect(data(await support.take(OP, { requestId: r.id }))).toMatchObject({
      status: 'in_progress',
      assignee: 'op_7',
    });
    expect(data(await support.take({ operatorId: 'op_8' }, { requestId: r.id }))).toMatchObject({
      status: 'in_progress',
      assignee: 'op_8',
    });
    expect(await support.reply({ accountId: 'acc_1', requestId: r.id, text: 'x' })).toEqual(
      fail(issue('support_request.too_many_messages', ['requestId'], { max: 3 })),
    );
    data(await support.resolve(OP, { requestId: r.id, resolution: 'done' }));
    expect(await support.take(OP, { requestId: r.id })).toMatchObject({
      success: false,
      issues: [{ code: 'support_request.not_allowed' }],
    });
  });

  it('a malformed operator id is misuse and throws ERR_INVALID_ARGUMENT', async () => {
    const { support } = setup();
    const r = await open(support);
    await expect(
      support.take({ operatorId: 'op 7 <script>' }, { requestId: r.id }),
    ).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
  });

  it('findByNumber reads the number as the user typed it', async () => {
    const { support } = setup();
    const r = await open(support);
    expect(data(await support.findByNumber(OP, { number: ' № 20270111 0001 ' })).id).toBe(r.id);
    expect(await support.findByNumber(OP, { number: '2027-01-11' })).toEqual(
      fail(issue('support_request.number_format', ['number'])),
    );
  });
});

describe('createSupportRequests: account operations on the trail (ACC-9)', () => {
  it('ACC-9: an unblock through a request runs the account operation with the ticket number in the reason, and the ticket records it', async () => {
    const calls: unknown[] = [];
    const { kit, support } = setup({
      accountOperations: {
        unblock: async (operatorId, accountId, reason) => (
          calls.push({ operatorId, accountId, reason }),
          ok({})
        ),
        restoreAccess: async () => fail(issue('account.not_found', ['accountId'])),
      },
    });
    const r = await open(support);
    const after = data(
      await support.actOnAccount(OP, {
        requestId: r.id,
        action: 'unblock',
        reason: 'личность подтверждена по телефону',
      }),
    );
    expect(calls).toEqual([
      {
        operatorId: 'op_7',
        accountId: 'acc_1',
        reason: `support request ${r.number}: личность подтверждена по телефону`,
      },
    ]);
    expect(after.accountActions).toEqual([
      { action: 'unblock', operatorId: 'op_7', at: kit.clock.now() },
    ]);
    expect(after.messages.at(-1)).toMatchObject({
      author: 'system',
      code: 'support_request.system.account_unblocked',
    });
    expect(kit.journal.at(-1)).toMatchObject({
      actor: { type: 'support', id: 'op_7' },
      action: 'support_request.account_action',
      payload: { accountAction: 'unblock', number: r.number },
    });
    expect(kit.posted.at(-1)).toMatchObject({ code: 'notice.support_request.account_unblocked' });
    // A failed operation records nothing.
    const journalled = kit.journal.length;
    expect(await support.actOnAccount(OP, { requestId: r.id, action: 'restore_access' })).toEqual(
      fail(issue('account.not_found', ['accountId'])),
    );
    expect(kit.journal.length).toBe(journalled);
  });

  it('without the port, account operations are a configuration error', async () => {
    const { support } = setup();
    const r = await open(support);
    await expect(
      support.actOnAccount(OP, { requestId: r.id, action: 'unblock' }),
    ).rejects.toMatchObject({ code: 'ERR_CONFIG' });
  });
});

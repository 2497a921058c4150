import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { NoticeKind } from './notice-board.js';
import { NOTICE_CHANNELS, NOTICE_KINDS } from './notice-kinds.js';
import type { NoticeChannel } from './notice-records.js';
import { defaultNotificationsPolicy, strictNotificationsPolicy } from './notifications-policy.js';
import { planChannels } from './plan-channels.js';

const channelList = fc
  .subarray([...NOTICE_CHANNELS])
  .chain((set) => fc.shuffledSubarray(set, { minLength: set.length, maxLength: set.length }));
const prefs: fc.Arbitrary<Record<NoticeKind, NoticeChannel[]>> = fc.record({
  application: channelList,
  appointment: channelList,
  payment: channelList,
  support: channelList,
  security: channelList,
});
const kind = fc.constantFrom(...NOTICE_KINDS);
const policy = fc.constantFrom(defaultNotificationsPolicy, strictNotificationsPolicy, {
  ...defaultNotificationsPolicy,
  criticalChannels: ['push', 'email'] as NoticeChannel[],
});

describe('planChannels', () => {
  test.prop([fc.option(prefs, { nil: undefined }), kind, policy])(
    'NOTE-1: a critical notice always goes out on at least one channel, whatever the preferences',
    (chosen, k, p) => {
      expect(planChannels(chosen, { kind: k, critical: true }, p).length).toBeGreaterThanOrEqual(1);
    },
  );

  test.prop([prefs, kind, fc.boolean(), policy])(
    'NOTE-1: a kind with channels chosen goes out on exactly those, in order, critical or not',
    (chosen, k, critical, p) => {
      fc.pre(chosen[k].length > 0);
      expect(planChannels(chosen, { kind: k, critical }, p)).toEqual(chosen[k]);
    },
  );

  test.prop([prefs, kind, policy])(
    'NOTE-1: a non-critical notice of a kind the user switched off goes out on no channel; a critical one on the first critical channel only',
    (chosen, k, p) => {
      const off = { ...chosen, [k]: [] };
      expect(planChannels(off, { kind: k, critical: false }, p)).toEqual([]);
      expect(planChannels(off, { kind: k, critical: true }, p)).toEqual([p.criticalChannels[0]]);
    },
  );

  test.prop([kind, fc.boolean()])(
    "NOTE-1: without preferences the policy's defaults apply",
    (k, critical) => {
      expect(planChannels(undefined, { kind: k, critical }, defaultNotificationsPolicy)).toEqual(
        defaultNotificationsPolicy.defaultChannels[k],
      );
    },
  );
});

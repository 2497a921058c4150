import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  applyPreferences,
  type NoticePreferences,
  type PreferencesChange,
} from './apply-preferences.js';
import type { NoticeKind } from './notice-board.js';
import { NOTICE_CHANNELS, NOTICE_KINDS } from './notice-kinds.js';
import type { NoticeChannel } from './notice-records.js';
import { defaultNotificationsPolicy, strictNotificationsPolicy } from './notifications-policy.js';

const list = fc.uniqueArray(fc.constantFrom(...NOTICE_CHANNELS), { maxLength: 3 });
const withDuplicates = fc.array(fc.constantFrom(...NOTICE_CHANNELS), { maxLength: 4 });
const full = (channels: fc.Arbitrary<NoticeChannel[]>) =>
  fc.record({
    application: channels,
    appointment: channels,
    payment: channels,
    support: channels,
    security: channels,
  }) as fc.Arbitrary<Record<NoticeKind, NoticeChannel[]>>;
const nonEmpty = fc.uniqueArray(fc.constantFrom(...NOTICE_CHANNELS), {
  minLength: 1,
  maxLength: 3,
});
const current: fc.Arbitrary<NoticePreferences> = fc.record({
  channels: full(nonEmpty),
  locale: fc.constantFrom('ru' as const, 'en' as const),
});
const change: fc.Arbitrary<PreferencesChange> = fc.record(
  {
    channels: fc.record(
      { application: list, appointment: list, payment: list, support: list, security: list },
      { requiredKeys: [] },
    ),
    locale: fc.constantFrom('ru' as const, 'en' as const),
  },
  { requiredKeys: [] },
);
const policy = fc.constantFrom(defaultNotificationsPolicy, strictNotificationsPolicy);

describe('applyPreferences', () => {
  test.prop([current, change, policy])(
    'NOTE-1: an accepted result never leaves a required kind (security) without a channel',
    (now, asked, p) => {
      const next = applyPreferences(now, asked, p);
      if (next.success)
        for (const kind of p.requiredKinds)
          expect(next.data.channels[kind].length).toBeGreaterThan(0);
    },
  );

  test.prop([current, change, policy])(
    'NOTE-1: refused exactly when a required kind ends up empty, with one issue per such kind at its path',
    (now, asked, p) => {
      const next = applyPreferences(now, asked, p);
      const emptied = p.requiredKinds.filter(
        (kind) => (asked.channels?.[kind] ?? now.channels[kind]).length === 0,
      );
      if (emptied.length === 0) expect(next.success).toBe(true);
      else
        expect(next).toEqual({
          success: false,
          issues: emptied.map((kind) => ({
            code: 'notifications.preferences.channel_required',
            path: ['channels', kind],
            params: { kind },
          })),
        });
    },
  );

  test.prop([current, change])(
    'NOTE-1: the kinds named get exactly the channels asked, the others keep theirs; the language changes only when given',
    (now, asked) => {
      const next = applyPreferences(now, asked, { requiredKinds: [] });
      if (!next.success) throw new Error('no kind is required');
      for (const kind of NOTICE_KINDS)
        expect(next.data.channels[kind]).toEqual(asked.channels?.[kind] ?? now.channels[kind]);
      expect(next.data.locale).toBe(asked.locale ?? now.locale);
    },
  );

  test.prop([current, withDuplicates])(
    'a channel named twice for a kind is refused',
    (now, asked) => {
      fc.pre(new Set(asked).size !== asked.length);
      const next = applyPreferences(
        now,
        { channels: { payment: asked } },
        defaultNotificationsPolicy,
      );
      expect(next.success === false && next.issues.map((i) => i.code)).toContain(
        'notifications.preferences.duplicate_channel',
      );
    },
  );
});

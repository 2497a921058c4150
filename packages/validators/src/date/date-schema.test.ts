import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createBirthDateSchema } from './create-birth-date-schema.js';
import { dateSchema } from './date-schema.js';
import { createFakeClock } from '@kabinet/core/testing';

describe('date schemas', () => {
  it('DOC-9: dateSchema outputs the ISO date and carries our code in params', () => {
    const form = z.object({ issueDate: dateSchema });
    expect(form.safeParse({ issueDate: '01.02.2024' })).toMatchObject({
      success: true,
      data: { issueDate: '2024-02-01' },
    });
    const bad = form.safeParse({ issueDate: '31.02.2024' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['issueDate'],
      params: { code: 'date.invalid_day' },
    });
  });

  it('DOC-9: createBirthDateSchema reads the injected clock at every parse', () => {
    const clock = createFakeClock(Date.UTC(2026, 0, 15, 12));
    const schema = createBirthDateSchema({ now: clock });
    expect(schema.safeParse('16.01.2026').success).toBe(false);
    clock.advance(86_400_000);
    expect(schema.safeParse('16.01.2026')).toMatchObject({ success: true, data: '2026-01-16' });
  });
});

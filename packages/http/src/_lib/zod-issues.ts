import { issue, type Issue } from '@kabinet/core';
import type { z } from 'zod';

/**
 * Turns zod issues into Kabinet issues. Schemas built on Kabinet parsers carry the domain code
 * in `params.code`; plain zod checks map to the generic `input.*` codes.
 */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((zi) => {
    const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const params = (zi as { params?: Record<string, unknown> }).params;
    if (params && typeof params.code === 'string') {
      const { code, ...rest } = params;
      const clean = Object.fromEntries(Object.entries(rest).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v))) as Record<string, string | number | boolean>;
      return issue(code, path, Object.keys(clean).length > 0 ? clean : undefined);
    }
    switch (zi.code) {
      case 'invalid_type':
        return (zi as { input?: unknown }).input === undefined ? issue('input.required', path) : issue('input.wrong_format', path, { expected: String(zi.expected) });
      case 'too_big':
        return issue('input.too_long', path, { max: Number((zi as { maximum?: unknown }).maximum ?? 0) });
      case 'unrecognized_keys':
        return issue('input.unknown', path, { keys: zi.keys.join(',') });
      default:
        return issue('input.wrong_format', path);
    }
  });
}

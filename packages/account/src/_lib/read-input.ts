import { fail, issue, ok, type Issue, type IssueParam, type Result } from '@kabinet/core';
import type { z } from 'zod';

function toIssue(raw: z.core.$ZodIssue): Issue {
  const path = raw.path.filter((p): p is string | number => typeof p !== 'symbol');
  const missing = (raw as { input?: unknown }).input === undefined || (raw as { input?: unknown }).input === null;
  if (missing && (raw.code === 'invalid_type' || raw.code === 'invalid_value' || raw.code === 'invalid_union')) {
    return issue('input.required', path);
  }
  switch (raw.code) {
    case 'invalid_type':
      if (raw.expected === 'string') return issue('input.not_a_string', path);
      return issue('input.wrong_format', path);
    case 'too_big':
      return raw.origin === 'string' ? issue('input.too_long', path, { max: Number(raw.maximum) }) : issue('input.wrong_format', path);
    case 'too_small':
      return raw.origin === 'string' && Number(raw.minimum) === 1 ? issue('input.required', path) : issue('input.not_enough_data', path);
    case 'custom': {
      const params = (raw.params ?? {}) as Record<string, unknown>;
      const code = typeof params['code'] === 'string' ? params['code'] : 'input.wrong_format';
      const rest: Record<string, IssueParam> = {};
      for (const [k, v] of Object.entries(params)) {
        if (k !== 'code' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) rest[k] = v;
      }
      return issue(code, path, Object.keys(rest).length > 0 ? rest : undefined);
    }
    default:
      return issue('input.wrong_format', path);
  }
}

/**
 * Checks the shape of an untrusted input object against a zod schema and turns zod's
 * issues into Kabinet issues with paths (`input.required`, `input.not_a_string`,
 * `input.too_long`, `input.wrong_format`). Never throws.
 */
export function readInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const raw of parsed.error.issues) {
    const item = toIssue(raw);
    const key = `${item.code}\u0000${item.path.join('.')}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(item);
    }
  }
  return fail(issues.length > 0 ? issues : [issue('input.wrong_format')]);
}

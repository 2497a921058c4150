import type { PageRequest } from '@kabinet/ports';
import { invalidArgument } from '../../_lib/misuse.js';

const MAX_LIMIT = 1000;

/** Checks a page size: an integer in 1…1000. */
export function checkLimit(page: PageRequest): void {
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_LIMIT)
    invalidArgument(`limit must be an integer in 1…${MAX_LIMIT}`, { limit: String(page.limit) });
}

/** Checks a page request with a `seq` cursor; returns the cursor as a number. */
export function checkPage(page: PageRequest): number | undefined {
  checkLimit(page);
  if (page.after === undefined) return undefined;
  if (typeof page.after !== 'string' || !/^(0|[1-9][0-9]{0,15})$/.test(page.after))
    invalidArgument('malformed page cursor', { after: String(page.after) });
  return Number(page.after);
}

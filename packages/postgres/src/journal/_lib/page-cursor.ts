import type { PageRequest } from '@kabinet/ports';
import { invalidArgument } from '../../_lib/misuse.js';

const MAX_LIMIT = 1000;
const CURSOR = /^(0|[1-9][0-9]{0,15})$/;

/** Throws `ERR_INVALID_ARGUMENT` unless the page's limit is an integer in 1…1000. */
export function checkLimit(page: PageRequest): void {
  if (
    typeof page !== 'object' ||
    page === null ||
    !Number.isInteger(page.limit) ||
    page.limit < 1 ||
    page.limit > MAX_LIMIT
  ) {
    invalidArgument(`limit must be an integer in 1…${MAX_LIMIT}`, { limit: String(page?.limit) });
  }
}

/** The page's `seq` cursor, checked, or `undefined` for the first page. */
export function seqCursor(page: PageRequest): number | undefined {
  checkLimit(page);
  if (page.after === undefined) return undefined;
  if (typeof page.after !== 'string' || !CURSOR.test(page.after))
    invalidArgument('malformed page cursor', { after: String(page.after) });
  return Number(page.after);
}

// The page of every paged list is read one way (readPage): limit is one to four digits, an empty
// cursor is refused, and a malformed parameter is a 422 `input.wrong_format` at its query path.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pageAfter, pageBody, readPage } from './page-query.js';
import type { KabinetContext } from '../tools.js';

/** A route context with only what readPage reads: the query and the problem reply. */
function ctxOf(query: string): KabinetContext {
  return {
    query: new URLSearchParams(query),
    problem: (status: number, code: string, issues: unknown) => ({
      status,
      body: { code, issues },
    }),
  } as unknown as KabinetContext;
}

describe('readPage', () => {
  it('reads limit as a number and the cursor as given; none is an empty page request', () => {
    expect(readPage(ctxOf('limit=20&cursor=abc'))).toEqual({ page: { limit: 20, cursor: 'abc' } });
    expect(readPage(ctxOf(''))).toEqual({ page: {} });
    expect(readPage(ctxOf('other=1'))).toEqual({ page: {} });
  });

  it('a limit that is not one to four digits is a 422 at query.limit', () => {
    for (const limit of ['x', '-1', '1.5', ''])
      expect(readPage(ctxOf(`limit=${limit}`)).reply).toMatchObject({
        status: 422,
        body: { code: 'input.wrong_format', issues: [{ path: ['query', 'limit'] }] },
      });
  });

  it('an empty cursor is a 422 at query.cursor', () => {
    expect(readPage(ctxOf('cursor=')).reply).toMatchObject({
      status: 422,
      body: { code: 'input.wrong_format', issues: [{ path: ['query', 'cursor'] }] },
    });
  });

  it('a query that does not fit the list’s schema is a 422 at query', () => {
    expect(readPage(ctxOf('limit=12345')).reply).toMatchObject({
      status: 422,
      body: { issues: [{ code: 'input.wrong_format', path: ['query'] }] },
    });
    expect(readPage(ctxOf(`cursor=${'c'.repeat(201)}`)).reply).toMatchObject({ status: 422 });
    const queue = z.object({ limit: z.string().optional(), flag: z.enum(['true']).optional() });
    expect(readPage(ctxOf('flag=no'), queue).reply).toMatchObject({
      status: 422,
      body: { issues: [{ path: ['query'] }] },
    });
  });
});

describe('pageAfter and pageBody', () => {
  it('names the cursor `after` for the services that take it that way', () => {
    expect(pageAfter({ limit: 5, cursor: 'c1' })).toEqual({ limit: 5, after: 'c1' });
    expect(pageAfter({})).toEqual({});
  });

  it('maps each item and keeps the next cursor only when there is one', () => {
    expect(pageBody({ items: [1, 2], nextCursor: 'n' }, (n) => n * 10)).toEqual({
      items: [10, 20],
      nextCursor: 'n',
    });
    expect(pageBody({ items: [1] }, (n) => String(n))).toEqual({ items: ['1'] });
  });
});

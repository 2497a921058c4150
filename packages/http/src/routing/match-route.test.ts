import { expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { matchRoute } from './match-route.js';
import type { Route } from './define-route.js';

const route = (method: Route['method'], path: string): Route => ({
  operationId: path,
  method,
  path,
  summary: '',
  tags: [],
  access: 'public',
  responses: {},
  handle: async () => ({ status: 200 }),
});
const routes = [
  route('GET', '/v1/drafts/{draftId}'),
  route('POST', '/v1/drafts'),
  route('DELETE', '/v1/drafts/{draftId}'),
];

test.prop([fc.string({ minLength: 1 }).filter((s) => !s.includes('/'))])(
  'a parameter matches any one segment and decodes it',
  (id) => {
    const m = matchRoute(routes, 'GET', `/v1/drafts/${encodeURIComponent(id)}`);
    expect(m.kind).toBe('found');
    if (m.kind === 'found') expect(m.params.draftId).toBe(id);
  },
);

test.prop([fc.string()])('no path throws', (path) => {
  expect(['found', 'not_found', 'method_not_allowed']).toContain(
    matchRoute(routes, 'GET', path).kind,
  );
});

it('reports the allowed methods and unknown paths', () => {
  const m = matchRoute(routes, 'PUT', '/v1/drafts/x');
  expect(m).toEqual({ kind: 'method_not_allowed', allowed: ['GET', 'DELETE'] });
  expect(matchRoute(routes, 'GET', '/v1/nothing').kind).toBe('not_found');
  expect(matchRoute(routes, 'GET', '/v1/drafts/%E0%A4%A').kind).toBe('not_found');
});

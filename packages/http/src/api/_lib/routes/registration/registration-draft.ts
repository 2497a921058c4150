// A registration draft as the routes address it: by its id in the path and the secret resume
// token in `X-Resume-Token`, with the answers every step on it shares.
import type { HttpReply } from '../../../../responses/http-reply.js';
import type { KabinetContext } from '../../tools.js';

/** The path of one draft. */
export const DRAFT_PATH = '/v1/registration/drafts/{draftId}';
/** The OpenAPI tags and access of the registration routes (public: there is no account yet). */
export const registrationRoute = { tags: ['registration'], access: 'public' } as const;
/** A step on a draft: addressed by the path and the resume token header. */
export const draftStep = {
  ...registrationRoute,
  headers: [
    {
      name: 'X-Resume-Token',
      description: 'The draft’s resume token (from start or resume)',
      required: true,
    },
  ],
} as const;
/** The 404 of every route on a draft. */
export const draftNotFound = {
  404: { description: 'No such draft, or a wrong resume token (`registration.draft_not_found`)' },
};
/** The draft's step inputs without the draft: the route takes it from the path and the header. */
export const DRAFT_ACCESS = { draftId: true, resumeToken: true } as const;

/** `{ draftId, resumeToken }` from the path and the header. */
export function draftAccessOf(ctx: KabinetContext): { draftId: string; resumeToken: string } {
  return {
    draftId: ctx.params.draftId ?? '',
    resumeToken: (ctx.request.headers.get('x-resume-token') ?? '').slice(0, 200),
  };
}

/** The reply of a step: the draft, with the step's warnings (the password strength hint). */
export function draftReply(status = 200): (data: unknown, warnings: unknown) => HttpReply {
  return (data, warnings) => ({
    status,
    body: warnings === undefined ? { draft: data } : { draft: data, warnings },
  });
}

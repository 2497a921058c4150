// A registration from start to a created account through the generated client: every path,
// header, body and answer below is checked by TypeScript against src/api-types.ts, so a change
// of the API that the committed types do not know breaks the build.
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './api-types.js';

/** The typed client of Kabinet's API. */
export type KabinetClient = Client<paths>;

/** The person who registers. */
export interface Registrant {
  readonly phone: string;
  readonly email: string;
  readonly password: string;
  readonly personal: {
    readonly surname: string;
    readonly givenNames: string;
    readonly birthDate: string;
    readonly citizenship: string;
    readonly [field: string]: string;
  };
  readonly documents: readonly {
    readonly kind:
      'foreign_passport' | 'migration_card' | 'residence_permit' | 'visa' | 'snils' | 'inn';
    readonly [field: string]: string;
  }[];
}

/**
 * A client of the API at `baseUrl`; `fetch` sends its requests (the global `fetch`, or an
 * in-process handler).
 *
 * @param baseUrl - where the API is mounted, e.g. `http://localhost:3000/api`
 * @param fetch - how requests are sent (default the global `fetch`)
 * @returns the typed client
 * @example
 * ```ts
 * const client = createKabinetClient('http://localhost:3000/api');
 * const { data } = await client.GET('/v1/registration/terms');
 * ```
 */
export function createKabinetClient(
  baseUrl: string,
  fetch: (request: Request) => Promise<Response> = globalThis.fetch,
): KabinetClient {
  return createClient<paths>({ baseUrl, fetch });
}

/** The data of an answer, or an error naming the step and the server's error code. */
function must<T>(step: string, result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined)
    throw new Error(`${step}: HTTP ${result.response.status} ${JSON.stringify(result.error)}`);
  return result.data;
}

/**
 * Registers a person through the typed client: draft, personal data, documents, contacts with
 * a code for each (read by `readCode` from wherever the server sent it), password, terms, and
 * the account.
 *
 * @param client - the typed client
 * @param person - the registrant
 * @param readCode - the last code sent to an address (the dev outbox in the example)
 * @returns the new account's id and level
 * @throws `Error` when a step is refused, with its HTTP status and error body
 * @example
 * ```ts
 * const account = await registerWithTypedClient(client, person, (to) => kabinet.dev.outbox!.lastCode(to)!);
 * account.level; // 'simplified'
 * ```
 */
export async function registerWithTypedClient(
  client: KabinetClient,
  person: Registrant,
  readCode: (address: string) => string | Promise<string>,
): Promise<{ accountId: string; level: string }> {
  const started = must(
    'start',
    await client.POST('/v1/registration/drafts', { body: { userType: 'foreign_citizen' } }),
  );
  const access = {
    params: {
      path: { draftId: started.draftId },
      header: { 'X-Resume-Token': started.resumeToken },
    },
  };
  must(
    'personal data',
    await client.PUT('/v1/registration/drafts/{draftId}/personal-data', {
      ...access,
      body: { personal: person.personal },
    }),
  );
  for (const document of person.documents) {
    must(
      `document ${document.kind}`,
      await client.POST('/v1/registration/drafts/{draftId}/documents', {
        ...access,
        body: { document },
      }),
    );
  }
  must(
    'contacts',
    await client.PUT('/v1/registration/drafts/{draftId}/contacts', {
      ...access,
      body: { phone: person.phone, email: person.email },
    }),
  );
  // The draft shows contacts masked; codes are filed under the E.164 phone and the e-mail.
  for (const [channel, address] of [
    ['phone', person.phone.replace(/[\s()-]/g, '')],
    ['email', person.email],
  ] as const) {
    const sent = must(
      `code ${channel}`,
      await client.POST('/v1/registration/drafts/{draftId}/codes', {
        ...access,
        body: { channel },
      }),
    );
    void sent.sentTo;
    const code = await readCode(address);
    must(
      `confirm ${channel}`,
      await client.POST('/v1/registration/drafts/{draftId}/codes/confirm', {
        ...access,
        body: { channel, code },
      }),
    );
  }
  must(
    'password',
    await client.PUT('/v1/registration/drafts/{draftId}/password', {
      ...access,
      body: { password: person.password },
    }),
  );
  const terms = must('terms version', await client.GET('/v1/registration/terms'));
  must(
    'terms',
    await client.PUT('/v1/registration/drafts/{draftId}/terms', {
      ...access,
      body: { termsVersion: terms.termsVersion },
    }),
  );
  const account = must(
    'account',
    await client.POST('/v1/registration/drafts/{draftId}/account', access),
  );
  return { accountId: account.accountId, level: account.level };
}

/**
 * What a framework adapter (Express, Fastify, Koa, …) needs beside the handler: the JSON
 * answer to an error its error hook caught, and a `422` for its own routes shaped as the API's.
 * The handler itself is `createKabinetHttp(kabinet).handler`: pass it a Web `Request` and the
 * client's `ip`.
 *
 * @example
 * ```ts
 * import { replyToError, replyWithIssues } from '@kabinet/http/adapter';
 * ```
 *
 * @module @kabinet/http/adapter
 */
export {
  replyToError,
  type AdapterErrorReply,
  type AdapterRequestFacts,
} from './reply-to-error.js';
export { replyWithIssues, type AdapterIssuesReply } from './reply-with-issues.js';

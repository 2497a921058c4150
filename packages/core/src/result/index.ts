/**
 * `Result` and `Issue`: how every Kabinet check reports invalid input as data.
 *
 * @module @kabinet/core/result
 */
export { issue, prefixIssues, type Issue, type IssueParam, type IssuePath } from './issue.js';
export { ok, fail, type Result, type Success, type Failure } from './result.js';
export {
  readInput,
  type InputAccepted,
  type InputParseOptions,
  type InputRefused,
  type InputSchema,
  type SchemaIssue,
} from './read-input.js';

/** The HTTP statuses an issue code may have of its own. */
export type IssueStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/**
 * One area's codes, each with its HTTP status declared beside it: a status of its own (an answer
 * whose top-level `error.code` is the code gets it), or `null` for none — an input problem listed
 * in the `error.issues[]` of a 422 answer (whose top-level code is the issue's own when it is the
 * only one, `http.validation_failed` when there are several), a warning on a success, a label, a
 * journal action or a notice, never an answer by itself. Keyed by the area's closed code union
 * where its package exports one, so a misspelt, missing or extra code does not compile.
 */
export type IssueStatusTable<Code extends string> = Readonly<Record<Code, IssueStatus | null>>;

import { fail, issue, ok, type Issue, type Result } from '@kabinet/core';
import type { JournalParty } from '@kabinet/ports';
import { canonicalizeJson } from './canonicalize-json.js';

/** What a caller asks the journal to record. */
export interface JournalAppendInput<A extends string = string, P = unknown> {
  /** Who did it. */
  readonly actor: JournalParty;
  /** What was done: a dot-namespaced name from the action catalogue. */
  readonly action: A;
  /** What it was about (usually the account). */
  readonly subject: JournalParty;
  /**
   * Details kept beside the chain, encrypted per subject (contact before/after, IP address):
   * never in the chain itself.
   */
  readonly payload?: P;
}

/** Issue codes of {@link checkAppendInput}. */
export type AppendInputIssueCode =
  'audit.party.type' | 'audit.party.id' | 'audit.action.format' | 'audit.payload.not_json';

const PARTY_TYPE = /^[a-z][a-z0-9_-]{0,31}$/;
// Opaque ids only: no '@' (e-mail), '+' (E.164 phone) or spaces can reach the chain (S-12).
const PARTY_ID = /^[A-Za-z0-9_.:-]{1,128}$/;
const ACTION = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$/;

function checkParty(
  party: unknown,
  path: 'actor' | 'subject',
  issues: Issue<AppendInputIssueCode>[],
): void {
  const p = (typeof party === 'object' && party !== null ? party : {}) as Record<string, unknown>;
  if (typeof p['type'] !== 'string' || !PARTY_TYPE.test(p['type']))
    issues.push(issue('audit.party.type', [path, 'type']));
  if (typeof p['id'] !== 'string' || !PARTY_ID.test(p['id']))
    issues.push(issue('audit.party.id', [path, 'id'], { max: 128 }));
}

/**
 * Checks what is about to be journaled: party types are short lower-case words, party ids
 * are opaque (letters, digits, `_ . : -`, at most 128; an e-mail or a phone number is
 * rejected, S-12), actions are dot-namespaced (`contact.changed`), the payload has an RFC 8785
 * form.
 *
 * @param input - the append input
 * @returns the input, or issues (`audit.party.type`, `audit.party.id`, `audit.action.format`,
 *   `audit.payload.not_json`)
 * @example
 * ```ts
 * checkAppendInput({ actor: { type: 'account', id: 'user@example.com' }, action: 'x.y', subject });
 * // { success: false, issues: [{ code: 'audit.party.id', path: ['actor', 'id'], params: { max: 128 } }] }
 * ```
 */
export function checkAppendInput<A extends string, P>(
  input: JournalAppendInput<A, P>,
): Result<JournalAppendInput<A, P>, AppendInputIssueCode> {
  const issues: Issue<AppendInputIssueCode>[] = [];
  checkParty(input.actor, 'actor', issues);
  checkParty(input.subject, 'subject', issues);
  if (typeof input.action !== 'string' || input.action.length > 100 || !ACTION.test(input.action)) {
    issues.push(issue('audit.action.format', ['action'], { max: 100 }));
  }
  if (input.payload !== undefined) {
    try {
      canonicalizeJson(input.payload);
    } catch {
      issues.push(issue('audit.payload.not_json', ['payload']));
    }
  }
  return issues.length === 0 ? ok(input) : fail(issues);
}

// Action names and party types come from small catalogues: remember the ones that passed
// (bounded), so the hot path of every append runs one regex test, for the ids, per party.
const MEMO_LIMIT = 256;
const validActions = new Set<string>();
const validTypes = new Set<string>();

function memoTest(memo: Set<string>, pattern: RegExp, value: string): boolean {
  if (memo.has(value)) return true;
  if (!pattern.test(value)) return false;
  if (memo.size < MEMO_LIMIT) memo.add(value);
  return true;
}

function isValidParty(party: unknown): boolean {
  if (typeof party !== 'object' || party === null) return false;
  const p = party as { type?: unknown; id?: unknown };
  return (
    typeof p.type === 'string' &&
    memoTest(validTypes, PARTY_TYPE, p.type) &&
    typeof p.id === 'string' &&
    PARTY_ID.test(p.id)
  );
}

/**
 * The verdict of {@link checkAppendInput} for an input without a payload, as a boolean and with
 * nothing allocated (the journal's append path); inputs with a payload always return `false`
 * here, so the caller runs the full check.
 *
 * @param input - what `journal.append` was given
 * @returns `true` when {@link checkAppendInput} would accept it and it carries no payload
 * @example
 * ```ts
 * isPlainAppendInputValid({ actor: { type: 'account', id: 'acc_1' }, action: 'account.login.succeeded', subject: { type: 'account', id: 'acc_1' } }); // true
 * isPlainAppendInputValid({ actor: { type: 'account', id: 'ivan@example.ru' }, action: 'x.y', subject: { type: 'account', id: 'acc_1' } }); // false
 * ```
 */
export function isPlainAppendInputValid(input: JournalAppendInput): boolean {
  return (
    input.payload === undefined &&
    isValidParty(input.actor) &&
    isValidParty(input.subject) &&
    typeof input.action === 'string' &&
    input.action.length <= 100 &&
    memoTest(validActions, ACTION, input.action)
  );
}

// The wizard's steps in order, their titles, and which step each of the draft's `missing` entries
// belongs to: the draft alone says which steps are done and where to go next.
import type { Json } from '../../api';
import type { MessageKey } from '../../i18n';

/** The registration draft as the API returns it. */
export type Draft = Json<'/v1/registration/drafts/{draftId}', 'get'>['draft'];

/** One step of the wizard. */
export type Step = 'userType' | 'personal' | 'documents' | 'contacts' | 'password' | 'terms';

/** The request parameters that open a draft: its id and the resume token (ACC-4). */
export type Access = {
  params: { path: { draftId: string }; header: { 'X-Resume-Token': string } };
};

/** The steps in the order the wizard shows them. */
export const STEPS: readonly Step[] = [
  'userType',
  'personal',
  'documents',
  'contacts',
  'password',
  'terms',
];

/** Each step's title. */
export const STEP_TITLE: Record<Step, MessageKey> = {
  userType: 'stepUserType',
  personal: 'stepPersonal',
  documents: 'stepDocuments',
  contacts: 'stepContacts',
  password: 'stepPassword',
  terms: 'stepTerms',
};

/** The step of each entry of the draft's `missing`. */
export const MISSING_STEP: Record<string, Step> = {
  user_type: 'userType',
  personal_data: 'personal',
  documents: 'documents',
  contacts: 'contacts',
  password: 'password',
  terms: 'terms',
};

/** Whether the draft lacks nothing of `step`. */
export function draftDone(draft: Draft | undefined, step: Step): boolean {
  if (draft === undefined) return false;
  return !draft.missing.some((m) => MISSING_STEP[m] === step);
}

/** The first step after `after` that the draft still lacks; else the first one it lacks; else the terms. */
export function nextStep(draft: Draft, after?: Step): Step {
  const from = after === undefined ? -1 : STEPS.indexOf(after);
  for (let i = from + 1; i < STEPS.length; i++) if (!draftDone(draft, STEPS[i]!)) return STEPS[i]!;
  const missing = STEPS.find((s) => !draftDone(draft, s));
  return missing ?? 'terms';
}

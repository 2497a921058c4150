// The draft's id and resume token in localStorage, so a lost session or a closed tab resumes the
// draft (ACC-4).

/** Where the draft is kept between visits (survives a lost session and a closed tab). */
export const DRAFT_KEY = 'kabinet.registration';

/** What is kept of a draft between visits. */
export interface StoredDraft {
  draftId: string;
  resumeToken: string;
}

/** The stored draft, if any (a corrupt entry counts as none). */
export function loadStoredDraft(): StoredDraft | undefined {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw === null ? undefined : (JSON.parse(raw) as StoredDraft);
  } catch {
    return undefined;
  }
}

/** Keeps `value`, or forgets the draft when it is `undefined`. */
export function storeDraft(value: StoredDraft | undefined): void {
  if (value === undefined) localStorage.removeItem(DRAFT_KEY);
  else localStorage.setItem(DRAFT_KEY, JSON.stringify(value));
}

// Registration as a wizard (ACC-3): user type → personal data → documents with scans → phone and
// e-mail with their codes → password with the strength hint → terms → the account. The draft's
// id and resume token live in localStorage, so a lost session or a closed tab resumes the draft
// (ACC-4); an expired draft says so and starts again. Each step is a file in ./register/.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, failureOf } from '../api';
import { t, useLang } from '../i18n';
import { Notice, PageTitle, navigate } from '../ui';
import { ContactsStep } from './register/contacts-step';
import { DocumentsStep } from './register/documents-step';
import { PasswordStep } from './register/password-step';
import { PersonalStep } from './register/personal-step';
import { draftDone, nextStep, STEP_TITLE, STEPS, type Draft, type Step } from './register/steps';
import { loadStoredDraft, storeDraft, type StoredDraft } from './register/stored-draft';
import { TermsStep } from './register/terms-step';
import { UserTypeStep } from './register/user-type-step';

/** The registration page. */
export function RegisterPage(): JSX.Element {
  useLang();
  const [stored, setStored] = useState<StoredDraft | undefined>(loadStoredDraft);
  const [draft, setDraft] = useState<Draft | undefined>();
  const [step, setStep] = useState<Step>('userType');
  const [notice, setNotice] = useState<
    { kind: 'error' | 'info' | 'success'; text: string } | undefined
  >();
  const [gone, setGone] = useState(false);
  const [created, setCreated] = useState(false);
  const [loading, setLoading] = useState(stored !== undefined);

  const access = (s: StoredDraft) => ({
    params: { path: { draftId: s.draftId }, header: { 'X-Resume-Token': s.resumeToken } },
  });

  // Resume the stored draft: a new resume token replaces the old one (ACC-4).
  useEffect(() => {
    if (stored === undefined) return;
    void (async () => {
      try {
        const r = await api.POST('/v1/registration/drafts/{draftId}/resume', {
          params: { path: { draftId: stored.draftId } },
          body: { resumeToken: stored.resumeToken },
        });
        if (r.data === undefined) {
          const failure = failureOf(r);
          if (
            failure.status === 404 ||
            failure.status === 410 ||
            failure.status === 401 ||
            failure.status === 403
          ) {
            storeDraft(undefined);
            setStored(undefined);
            setGone(true);
          } else setNotice({ kind: 'error', text: failure.error.message });
          return;
        }
        const next = { draftId: r.data.draftId, resumeToken: r.data.resumeToken };
        storeDraft(next);
        setStored(next);
        setDraft(r.data.draft);
        setStep(nextStep(r.data.draft));
        setNotice({ kind: 'info', text: t('draftResumed') });
      } catch {
        setNotice({ kind: 'error', text: t('networkError') });
      } finally {
        setLoading(false);
      }
    })();
  }, []);

  const update = (d: Draft, advance = true): void => {
    setDraft(d);
    if (advance) setStep(nextStep(d, step));
  };

  if (created) {
    return (
      <section>
        <PageTitle>{t('stepDone')}</PageTitle>
        <Notice kind="success">{t('accountCreated')}</Notice>
        <p>
          <a href="/login" onClick={(e) => (e.preventDefault(), navigate('/login'))}>
            {t('login')}
          </a>
        </p>
      </section>
    );
  }

  const index = STEPS.indexOf(step);
  return (
    <section>
      <PageTitle>{t('register')}</PageTitle>
      {gone ? (
        <Notice kind="error">
          <p>{t('draftGone')}</p>
        </Notice>
      ) : null}
      {notice === undefined ? null : <Notice kind={notice.kind}>{notice.text}</Notice>}
      <nav aria-label={t('step', { n: index + 1, total: STEPS.length })}>
        <ol class="steps">
          {STEPS.map((s, i) => (
            <li
              key={s}
              aria-current={s === step ? 'step' : undefined}
              class={draftDone(draft, s) ? 'done' : ''}
            >
              {draft !== undefined && i > 0 ? (
                <button type="button" class="link" onClick={() => setStep(s)}>
                  {t(STEP_TITLE[s])}
                </button>
              ) : (
                <span>{t(STEP_TITLE[s])}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <h2>
        {t('step', { n: index + 1, total: STEPS.length })}: {t(STEP_TITLE[step])}
      </h2>
      {loading ? <p>{t('loading')}</p> : null}
      {!loading && step === 'userType' ? (
        <UserTypeStep
          draft={draft}
          stored={stored}
          onStarted={(s, d) => {
            storeDraft(s);
            setStored(s);
            setGone(false);
            setNotice({ kind: 'info', text: t('draftSaved') });
            update(d);
          }}
          onChanged={(d) => update(d)}
        />
      ) : null}
      {!loading && stored !== undefined && draft !== undefined ? (
        <>
          {step === 'personal' ? <PersonalStep access={access(stored)} onSaved={update} /> : null}
          {step === 'documents' ? (
            <DocumentsStep access={access(stored)} draft={draft} onSaved={update} />
          ) : null}
          {step === 'contacts' ? (
            <ContactsStep access={access(stored)} draft={draft} onSaved={update} />
          ) : null}
          {step === 'password' ? <PasswordStep access={access(stored)} onSaved={update} /> : null}
          {step === 'terms' ? (
            <TermsStep
              access={access(stored)}
              draft={draft}
              onSaved={update}
              onCreated={() => {
                storeDraft(undefined);
                setCreated(true);
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

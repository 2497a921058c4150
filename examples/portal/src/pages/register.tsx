// Registration as a wizard (ACC-3): user type → personal data → documents with scans → phone and
// e-mail with their codes → password with the strength hint → terms → the account. The draft's
// id and resume token live in localStorage, so a lost session or a closed tab resumes the draft
// (ACC-4); an expired draft says so and starts again.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Issue } from '@kabinet/core/result';
import { parseDate } from '@kabinet/validators/date';
import { dateMessages } from '@kabinet/validators/date/messages';
import { parseEmail } from '@kabinet/validators/email';
import { emailMessages } from '@kabinet/validators/email/messages';
import { checkFileHead, filePolicies, FILE_HEAD_BYTES } from '@kabinet/validators/file';
import { fileMessages } from '@kabinet/validators/file/messages';
import { parseSnils } from '@kabinet/validators/snils';
import { snilsMessages } from '@kabinet/validators/snils/messages';
import { api, failureOf, issuesByPath, type Failure, type Json } from '../api';
import { issueMessage, t, useLang, type MessageKey } from '../i18n';
import { Countdown, Field, Notice, PageTitle, navigate } from '../ui';

type Draft = Json<'/v1/registration/drafts/{draftId}', 'get'>['draft'];
type Step = 'userType' | 'personal' | 'documents' | 'contacts' | 'password' | 'terms';
const STEPS: readonly Step[] = [
  'userType',
  'personal',
  'documents',
  'contacts',
  'password',
  'terms',
];
const STEP_TITLE: Record<Step, MessageKey> = {
  userType: 'stepUserType',
  personal: 'stepPersonal',
  documents: 'stepDocuments',
  contacts: 'stepContacts',
  password: 'stepPassword',
  terms: 'stepTerms',
};
const MISSING_STEP: Record<string, Step> = {
  user_type: 'userType',
  personal_data: 'personal',
  documents: 'documents',
  contacts: 'contacts',
  password: 'password',
  terms: 'terms',
};

/** Where the draft is kept between visits (survives a lost session and a closed tab). */
export const DRAFT_KEY = 'kabinet.registration';
interface Stored {
  draftId: string;
  resumeToken: string;
}
function loadStored(): Stored | undefined {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw === null ? undefined : (JSON.parse(raw) as Stored);
  } catch {
    return undefined;
  }
}
function store(value: Stored | undefined): void {
  if (value === undefined) localStorage.removeItem(DRAFT_KEY);
  else localStorage.setItem(DRAFT_KEY, JSON.stringify(value));
}

const firstIssueMessage = (
  issues: readonly Issue[],
  catalogue: Parameters<typeof issueMessage>[1],
): string => issueMessage(issues[0]!, catalogue);

/** A date typed as ДД.ММ.ГГГГ, checked in the browser by the validators the server uses. */
function checkDate(value: string, path: string): string | undefined {
  if (value.trim() === '') return t('required');
  const r = parseDate(value, { path: [path] });
  return r.success ? undefined : firstIssueMessage(r.issues, dateMessages);
}

/** The registration page. */
export function RegisterPage(): JSX.Element {
  useLang();
  const [stored, setStored] = useState<Stored | undefined>(loadStored);
  const [draft, setDraft] = useState<Draft | undefined>();
  const [step, setStep] = useState<Step>('userType');
  const [notice, setNotice] = useState<
    { kind: 'error' | 'info' | 'success'; text: string } | undefined
  >();
  const [gone, setGone] = useState(false);
  const [created, setCreated] = useState(false);
  const [loading, setLoading] = useState(stored !== undefined);

  const access = (s: Stored) => ({
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
            store(undefined);
            setStored(undefined);
            setGone(true);
          } else setNotice({ kind: 'error', text: failure.error.message });
          return;
        }
        const next = { draftId: r.data.draftId, resumeToken: r.data.resumeToken };
        store(next);
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
            store(s);
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
                store(undefined);
                setCreated(true);
              }}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function draftDone(draft: Draft | undefined, step: Step): boolean {
  if (draft === undefined) return false;
  return !draft.missing.some((m) => MISSING_STEP[m] === step);
}

function nextStep(draft: Draft, after?: Step): Step {
  const from = after === undefined ? -1 : STEPS.indexOf(after);
  for (let i = from + 1; i < STEPS.length; i++) if (!draftDone(draft, STEPS[i]!)) return STEPS[i]!;
  const missing = STEPS.find((s) => !draftDone(draft, s));
  return missing ?? 'terms';
}

type Access = { params: { path: { draftId: string }; header: { 'X-Resume-Token': string } } };

function UserTypeStep(props: {
  draft: Draft | undefined;
  stored: Stored | undefined;
  onStarted: (s: Stored, d: Draft) => void;
  onChanged: (d: Draft) => void;
}): JSX.Element {
  const [type, setType] = useState<'foreign_citizen' | 'residence_permit_holder'>(
    props.draft?.userType ?? 'foreign_citizen',
  );
  const [error, setError] = useState<string>();
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          if (props.stored !== undefined && props.draft !== undefined) {
            const r = await api.PUT('/v1/registration/drafts/{draftId}/user-type', {
              params: {
                path: { draftId: props.stored.draftId },
                header: { 'X-Resume-Token': props.stored.resumeToken },
              },
              body: { userType: type },
            });
            if (r.data === undefined) return setError(failureOf(r).error.message);
            return props.onChanged(r.data.draft);
          }
          const r = await api.POST('/v1/registration/drafts', { body: { userType: type } });
          if (r.data === undefined) return setError(failureOf(r).error.message);
          props.onStarted(
            { draftId: r.data.draftId, resumeToken: r.data.resumeToken },
            r.data.draft,
          );
        } catch {
          setError(t('networkError'));
        }
      }}
    >
      <fieldset>
        <legend>{t('userType')}</legend>
        {(['foreign_citizen', 'residence_permit_holder'] as const).map((value) => (
          <label class="choice" key={value}>
            <input
              type="radio"
              name="userType"
              value={value}
              checked={type === value}
              onChange={() => setType(value)}
            />
            {t(value === 'foreign_citizen' ? 'foreignCitizen' : 'permitHolder')}
          </label>
        ))}
      </fieldset>
      {error === undefined ? null : <Notice kind="error">{error}</Notice>}
      <button type="submit">{t('next')}</button>
    </form>
  );
}

/** Shows the API's failure: field issues go to their fields, the rest to the box. */
function useFailure(
  prefix: string,
): [
  Record<string, string>,
  string | undefined,
  (f: Failure | undefined) => void,
  number | undefined,
] {
  const [failure, setFailure] = useState<Failure>();
  const fields = issuesByPath(failure, prefix);
  const general =
    failure === undefined
      ? undefined
      : Object.keys(fields).length > 0 && failure.status === 422
        ? undefined
        : failure.error.message;
  const retryUntil =
    failure?.retryAfter === undefined ? undefined : Date.now() + failure.retryAfter * 1000;
  return [fields, general, setFailure, retryUntil];
}

function PersonalStep(props: { access: Access; onSaved: (d: Draft) => void }): JSX.Element {
  const [v, setV] = useState<{
    surname: string;
    givenNames: string;
    patronymic: string;
    latinSurname: string;
    latinGivenNames: string;
    birthDate: string;
    citizenship: string;
    sex: '' | 'male' | 'female';
  }>({
    surname: '',
    givenNames: '',
    patronymic: '',
    latinSurname: '',
    latinGivenNames: '',
    birthDate: '',
    citizenship: '',
    sex: '',
  });
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [server, general, setFailure] = useFailure('personal');
  const set = (k: Exclude<keyof typeof v, 'sex'>) => (value: string) => setV({ ...v, [k]: value });
  const check = (k: keyof typeof v): string | undefined => {
    if (k === 'birthDate') return checkDate(v.birthDate, 'birthDate');
    if ((k === 'surname' || k === 'givenNames' || k === 'citizenship') && v[k].trim() === '')
      return t('required');
    return undefined;
  };
  const blur = (k: keyof typeof v) => () => setLocal({ ...local, [k]: check(k) });
  const err = (k: keyof typeof v) => local[k] ?? server[k];
  return (
    <form
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const all = Object.fromEntries(
          (Object.keys(v) as (keyof typeof v)[]).map((k) => [k, check(k)]),
        );
        setLocal(all);
        if (Object.values(all).some((x) => x !== undefined)) return focusFirstError();
        const personal = {
          surname: v.surname,
          givenNames: v.givenNames,
          birthDate: v.birthDate,
          citizenship: v.citizenship.trim().toUpperCase(),
          ...(v.patronymic === '' ? {} : { patronymic: v.patronymic }),
          ...(v.latinSurname === '' ? {} : { latinSurname: v.latinSurname }),
          ...(v.latinGivenNames === '' ? {} : { latinGivenNames: v.latinGivenNames }),
          ...(v.sex === '' ? {} : { sex: v.sex }),
        };
        const r = await api.PUT('/v1/registration/drafts/{draftId}/personal-data', {
          ...props.access,
          body: { personal },
        });
        if (r.data === undefined) {
          setFailure(failureOf(r));
          return focusFirstError();
        }
        setFailure(undefined);
        props.onSaved(r.data.draft);
      }}
    >
      <Field
        label={t('surname')}
        name="surname"
        value={v.surname}
        onInput={set('surname')}
        onBlur={blur('surname')}
        error={err('surname')}
        required
        autoComplete="family-name"
      />
      <Field
        label={t('givenNames')}
        name="givenNames"
        value={v.givenNames}
        onInput={set('givenNames')}
        onBlur={blur('givenNames')}
        error={err('givenNames')}
        required
        autoComplete="given-name"
      />
      <Field
        label={t('patronymic')}
        name="patronymic"
        value={v.patronymic}
        onInput={set('patronymic')}
        error={err('patronymic')}
        autoComplete="additional-name"
      />
      <Field
        label={t('latinSurname')}
        name="latinSurname"
        value={v.latinSurname}
        onInput={set('latinSurname')}
        error={err('latinSurname')}
      />
      <Field
        label={t('latinGivenNames')}
        name="latinGivenNames"
        value={v.latinGivenNames}
        onInput={set('latinGivenNames')}
        error={err('latinGivenNames')}
      />
      <Field
        label={t('birthDate')}
        name="birthDate"
        value={v.birthDate}
        onInput={set('birthDate')}
        onBlur={blur('birthDate')}
        error={err('birthDate')}
        required
        inputMode="numeric"
        autoComplete="bday"
      />
      <Field
        label={t('citizenship')}
        name="citizenship"
        value={v.citizenship}
        onInput={set('citizenship')}
        onBlur={blur('citizenship')}
        error={err('citizenship')}
        required
      />
      <fieldset>
        <legend>{t('sex')}</legend>
        {(['male', 'female'] as const).map((s) => (
          <label class="choice" key={s}>
            <input
              type="radio"
              name="sex"
              value={s}
              checked={v.sex === s}
              onChange={() => setV({ ...v, sex: s })}
            />
            {t(s)}
          </label>
        ))}
      </fieldset>
      {general === undefined ? null : <Notice kind="error">{general}</Notice>}
      <button type="submit">{t('next')}</button>
    </form>
  );
}

function focusFirstError(): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
  );
}

type DocumentBody = { kind: 'foreign_passport' | 'migration_card' | 'snils'; [k: string]: string };

function DocumentsStep(props: {
  access: Access;
  draft: Draft;
  onSaved: (d: Draft, advance?: boolean) => void;
}): JSX.Element {
  const [passport, setPassport] = useState({
    number: '',
    country: '',
    issueDate: '',
    expiryDate: '',
  });
  const [file, setFile] = useState<File>();
  const [card, setCard] = useState({ number: '', entryDate: '', stayUntil: '' });
  const [snils, setSnils] = useState('');
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [progress, setProgress] = useState<number>();
  const [server, general, setFailure] = useFailure('document');
  const [serverFile, setServerFile] = useState<string>();
  const has = (kind: string) => props.draft.documents.some((d) => d.kind === kind);

  const checkScan = async (f: File | undefined): Promise<string | undefined> => {
    if (f === undefined) return t('required');
    const head = new Uint8Array(await f.slice(0, FILE_HEAD_BYTES).arrayBuffer());
    const r = await checkFileHead(head, f.size, filePolicies.document, { path: ['file'] });
    return r.success ? undefined : firstIssueMessage(r.issues, fileMessages);
  };

  const send = async (document: DocumentBody, scan?: File): Promise<boolean> => {
    setFailure(undefined);
    setServerFile(undefined);
    if (scan === undefined) {
      const r = await api.POST('/v1/registration/drafts/{draftId}/documents', {
        ...props.access,
        body: { document: document as never },
      });
      if (r.data === undefined) {
        setFailure(failureOf(r));
        focusFirstError();
        return false;
      }
      props.onSaved(r.data.draft, false);
      return true;
    }
    // Multipart with upload progress: XMLHttpRequest reports it, fetch does not.
    const form = new FormData();
    form.append('document', JSON.stringify(document));
    form.append('file', scan, scan.name);
    const answer = await uploadWithProgress(
      `/api/v1/registration/drafts/${encodeURIComponent(props.access.params.path.draftId)}/documents`,
      form,
      props.access.params.header['X-Resume-Token'],
      setProgress,
    );
    setProgress(undefined);
    if (answer.status !== 201) {
      const failure: Failure = {
        status: answer.status,
        error: answer.body?.error ?? {
          code: `http_${answer.status}`,
          message: `HTTP ${answer.status}`,
        },
      };
      const fileIssue = failure.error.issues?.find(
        (i) => i.path[0] === 'file' || i.path.includes('file'),
      );
      if (fileIssue !== undefined) setServerFile(fileIssue.message);
      else if (
        failure.error.code.startsWith('file') ||
        answer.status === 413 ||
        answer.status === 415
      )
        setServerFile(failure.error.message);
      setFailure(failure);
      focusFirstError();
      return false;
    }
    props.onSaved(answer.body.draft as Draft, false);
    return true;
  };

  return (
    <div>
      <h3>{t('documentsAdded')}</h3>
      {props.draft.documents.length === 0 ? (
        <p>{t('noDocuments')}</p>
      ) : (
        <ul class="documents">
          {props.draft.documents.map((d) => (
            <li key={d.id}>
              {d.kind} {d.masked} {d.files > 0 ? '📎' : ''}
              <button
                type="button"
                class="secondary"
                onClick={async () => {
                  const r = await api.DELETE(
                    '/v1/registration/drafts/{draftId}/documents/{documentId}',
                    {
                      params: {
                        path: { ...props.access.params.path, documentId: d.id },
                        header: props.access.params.header,
                      },
                    },
                  );
                  if (r.data !== undefined) props.onSaved(r.data.draft as Draft, false);
                }}
              >
                {t('remove')} <span class="visually-hidden">{d.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {general === undefined ? null : <Notice kind="error">{general}</Notice>}
      {has('foreign_passport') ? null : (
        <form
          noValidate
          aria-labelledby="passport-title"
          onSubmit={async (e) => {
            e.preventDefault();
            const errors = {
              number: passport.number.trim() === '' ? t('required') : undefined,
              country: passport.country.trim() === '' ? t('required') : undefined,
              issueDate: checkDate(passport.issueDate, 'issueDate'),
              expiryDate: checkDate(passport.expiryDate, 'expiryDate'),
              file: await checkScan(file),
            };
            setLocal(errors);
            if (Object.values(errors).some((x) => x !== undefined)) return focusFirstError();
            await send(
              {
                kind: 'foreign_passport',
                number: passport.number,
                country: passport.country.trim().toUpperCase(),
                issueDate: passport.issueDate,
                expiryDate: passport.expiryDate,
              },
              file,
            );
          }}
        >
          <h3 id="passport-title">{t('docPassport')}</h3>
          <Field
            label={t('docNumber')}
            name="passportNumber"
            value={passport.number}
            onInput={(x) => setPassport({ ...passport, number: x })}
            error={local.number ?? server.number}
            required
          />
          <Field
            label={t('docCountry')}
            name="passportCountry"
            value={passport.country}
            onInput={(x) => setPassport({ ...passport, country: x })}
            error={local.country ?? server.country}
            required
          />
          <Field
            label={t('issueDate')}
            name="passportIssueDate"
            value={passport.issueDate}
            onInput={(x) => setPassport({ ...passport, issueDate: x })}
            onBlur={() =>
              setLocal({ ...local, issueDate: checkDate(passport.issueDate, 'issueDate') })
            }
            error={local.issueDate ?? server.issueDate}
            required
            inputMode="numeric"
          />
          <Field
            label={t('expiryDate')}
            name="passportExpiryDate"
            value={passport.expiryDate}
            onInput={(x) => setPassport({ ...passport, expiryDate: x })}
            onBlur={() =>
              setLocal({ ...local, expiryDate: checkDate(passport.expiryDate, 'expiryDate') })
            }
            error={local.expiryDate ?? server.expiryDate}
            required
            inputMode="numeric"
          />
          <div class={`field${(local.file ?? serverFile) === undefined ? '' : ' invalid'}`}>
            <label for="passport-scan">{t('scan')}</label>
            <input
              id="passport-scan"
              name="scan"
              type="file"
              accept="image/jpeg,image/png,application/pdf"
              aria-invalid={(local.file ?? serverFile) === undefined ? undefined : 'true'}
              aria-describedby={
                (local.file ?? serverFile) === undefined ? undefined : 'passport-scan-error'
              }
              onChange={async (e) => {
                const f = (e.currentTarget as HTMLInputElement).files?.[0];
                setFile(f);
                setServerFile(undefined);
                setLocal({ ...local, file: await checkScan(f) });
              }}
            />
            {(local.file ?? serverFile) === undefined ? null : (
              <p class="error" id="passport-scan-error" role="alert">
                {local.file ?? serverFile}
              </p>
            )}
            {progress === undefined ? null : (
              <progress max={100} value={progress} aria-label={t('uploading', { p: progress })}>
                {progress}%
              </progress>
            )}
          </div>
          <button type="submit">{t('addDocument')}</button>
        </form>
      )}
      {has('migration_card') || props.draft.userType === 'residence_permit_holder' ? null : (
        <form
          noValidate
          aria-labelledby="card-title"
          onSubmit={async (e) => {
            e.preventDefault();
            const errors = {
              cardNumber: card.number.trim() === '' ? t('required') : undefined,
              entryDate: checkDate(card.entryDate, 'entryDate'),
              stayUntil: checkDate(card.stayUntil, 'stayUntil'),
            };
            setLocal(errors);
            if (Object.values(errors).some((x) => x !== undefined)) return focusFirstError();
            await send({
              kind: 'migration_card',
              number: card.number,
              entryDate: card.entryDate,
              stayUntil: card.stayUntil,
            });
          }}
        >
          <h3 id="card-title">{t('docMigration')}</h3>
          <Field
            label={t('docNumber')}
            name="cardNumber"
            value={card.number}
            onInput={(x) => setCard({ ...card, number: x })}
            error={local.cardNumber}
            required
          />
          <Field
            label={t('entryDate')}
            name="entryDate"
            value={card.entryDate}
            onInput={(x) => setCard({ ...card, entryDate: x })}
            onBlur={() => setLocal({ ...local, entryDate: checkDate(card.entryDate, 'entryDate') })}
            error={local.entryDate ?? server.entryDate}
            required
            inputMode="numeric"
          />
          <Field
            label={t('stayUntil')}
            name="stayUntil"
            value={card.stayUntil}
            onInput={(x) => setCard({ ...card, stayUntil: x })}
            onBlur={() => setLocal({ ...local, stayUntil: checkDate(card.stayUntil, 'stayUntil') })}
            error={local.stayUntil ?? server.stayUntil}
            required
            inputMode="numeric"
          />
          <button type="submit">{t('addDocument')}</button>
        </form>
      )}
      {has('snils') ? null : (
        <form
          noValidate
          aria-labelledby="snils-title"
          onSubmit={async (e) => {
            e.preventDefault();
            const r = parseSnils(snils, { path: ['snils'] });
            if (!r.success) {
              setLocal({ ...local, snils: firstIssueMessage(r.issues, snilsMessages) });
              return focusFirstError();
            }
            await send({ kind: 'snils', number: snils });
          }}
        >
          <h3 id="snils-title">{t('docSnils')}</h3>
          <Field
            label={t('docSnils')}
            name="snils"
            value={snils}
            hint={t('snilsHint')}
            inputMode="numeric"
            onInput={setSnils}
            onBlur={() => {
              if (snils.trim() === '') return setLocal({ ...local, snils: undefined });
              const r = parseSnils(snils, { path: ['snils'] });
              setLocal({
                ...local,
                snils: r.success ? undefined : firstIssueMessage(r.issues, snilsMessages),
              });
            }}
            error={local.snils ?? server.number}
          />
          <button type="submit">{t('addDocument')}</button>
        </form>
      )}
      <p>
        <button
          type="button"
          onClick={() => props.onSaved(props.draft, true)}
          disabled={!draftDone(props.draft, 'documents')}
        >
          {t('next')}
        </button>
      </p>
    </div>
  );
}

/** POSTs a multipart form with upload progress; the answer's status and JSON body. */
function uploadWithProgress(
  url: string,
  form: FormData,
  resumeToken: string,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: any }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('X-Resume-Token', resumeToken);
    xhr.setRequestHeader('Accept-Language', document.documentElement.lang === 'en' ? 'en' : 'ru');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () =>
      resolve({ status: 0, body: { error: { code: 'network', message: t('networkError') } } });
    xhr.send(form);
  });
}

function ContactsStep(props: {
  access: Access;
  draft: Draft;
  onSaved: (d: Draft, advance?: boolean) => void;
}): JSX.Element {
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [server, general, setFailure] = useFailure('');
  const saved = props.draft.phone !== undefined && props.draft.email !== undefined;
  const checkEmail = (): string | undefined => {
    if (email.trim() === '') return t('required');
    const r = parseEmail(email, { path: ['email'] } as never);
    return r.success ? undefined : firstIssueMessage(r.issues, emailMessages);
  };
  return (
    <div>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const errors = {
            phone: phone.trim() === '' ? t('required') : undefined,
            email: checkEmail(),
          };
          setLocal(errors);
          if (Object.values(errors).some((x) => x !== undefined)) return focusFirstError();
          const r = await api.PUT('/v1/registration/drafts/{draftId}/contacts', {
            ...props.access,
            body: { phone, email },
          });
          if (r.data === undefined) {
            setFailure(failureOf(r));
            return focusFirstError();
          }
          setFailure(undefined);
          props.onSaved(r.data.draft, false);
        }}
      >
        <Field
          label={t('phone')}
          name="phone"
          type="tel"
          value={phone}
          onInput={setPhone}
          onBlur={() =>
            setLocal({ ...local, phone: phone.trim() === '' ? t('required') : undefined })
          }
          error={local.phone ?? server.phone}
          required
          autoComplete="tel"
          inputMode="tel"
        />
        <Field
          label={t('email')}
          name="email"
          type="email"
          value={email}
          onInput={setEmail}
          onBlur={() => setLocal({ ...local, email: checkEmail() })}
          error={local.email ?? server.email}
          required
          autoComplete="email"
          inputMode="email"
        />
        {general === undefined ? null : <Notice kind="error">{general}</Notice>}
        <button type="submit">{t('save')}</button>
      </form>
      {saved ? (
        <>
          <CodeBox
            channel="phone"
            access={props.access}
            contact={props.draft.phone!}
            onConfirmed={(d) => props.onSaved(d, false)}
          />
          <CodeBox
            channel="email"
            access={props.access}
            contact={props.draft.email!}
            onConfirmed={(d) => props.onSaved(d, false)}
          />
        </>
      ) : null}
      <p>
        <button
          type="button"
          onClick={() => props.onSaved(props.draft, true)}
          disabled={!contactsConfirmed(props.draft)}
        >
          {t('next')}
        </button>
      </p>
    </div>
  );
}

/** The contacts step is done only when both the phone and the e-mail are confirmed by their codes
 * (the draft's `missing` lists `contacts` only while one of them is absent). */
function contactsConfirmed(draft: Draft): boolean {
  return (
    draftDone(draft, 'contacts') &&
    draft.phone?.confirmed === true &&
    draft.email?.confirmed === true
  );
}

function CodeBox(props: {
  channel: 'phone' | 'email';
  access: Access;
  contact: { masked: string; confirmed: boolean };
  onConfirmed: (d: Draft) => void;
}): JSX.Element {
  const [sentTo, setSentTo] = useState<string>();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const [retryUntil, setRetryUntil] = useState<number>();
  const label = props.channel === 'phone' ? t('phone') : t('email');
  const fail = (f: Failure): void => {
    setFailure(f);
    setRetryUntil(f.retryAfter === undefined ? undefined : Date.now() + f.retryAfter * 1000);
  };
  return (
    <section class="code-box" aria-labelledby={`code-${props.channel}`}>
      <h3 id={`code-${props.channel}`}>
        {label}: {props.contact.masked} —{' '}
        <span class={props.contact.confirmed ? 'ok' : ''}>
          {props.contact.confirmed ? t('confirmed') : t('notConfirmed')}
        </span>
      </h3>
      {props.contact.confirmed ? null : (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (code.trim() === '')
              return fail({ status: 0, error: { code: 'input.required', message: t('required') } });
            const r = await api.POST('/v1/registration/drafts/{draftId}/codes/confirm', {
              ...props.access,
              body: { channel: props.channel, code },
            });
            if (r.data === undefined) return fail(failureOf(r));
            setFailure(undefined);
            setRetryUntil(undefined);
            props.onConfirmed(r.data.draft);
          }}
        >
          <button
            type="button"
            class="secondary"
            onClick={async () => {
              const r = await api.POST('/v1/registration/drafts/{draftId}/codes', {
                ...props.access,
                body: { channel: props.channel },
              });
              if (r.data === undefined) return fail(failureOf(r));
              setFailure(undefined);
              setSentTo(r.data.sentTo);
            }}
          >
            {t('sendCode')}
          </button>
          {sentTo === undefined ? null : <p role="status">{t('codeSentTo', { to: sentTo })}</p>}
          <Field
            label={`${t('code')} (${label})`}
            name={`code-${props.channel}`}
            value={code}
            onInput={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            error={failure?.error.message}
          />
          {retryUntil === undefined ? null : (
            <Countdown until={retryUntil} onDone={() => setRetryUntil(undefined)} />
          )}
          <button type="submit">{t('confirm')}</button>
        </form>
      )}
    </section>
  );
}

function PasswordStep(props: { access: Access; onSaved: (d: Draft) => void }): JSX.Element {
  const [password, setPassword] = useState('');
  const [show, setShow] = useState(false);
  const [hint, setHint] = useState<string[]>([]);
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState<Draft>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      noValidate
      aria-busy={busy ? 'true' : undefined}
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        const r = await api
          .PUT('/v1/registration/drafts/{draftId}/password', {
            ...props.access,
            body: { password },
          })
          .finally(() => setBusy(false));
        if (r.data === undefined) return setFailure(failureOf(r));
        setFailure(undefined);
        // The strength hint comes back as warnings (OTP-4: 12 or more recommended).
        const warnings = (r.data.warnings ?? []).map((w) => w.message);
        setHint(warnings);
        if (warnings.length === 0) props.onSaved(r.data.draft);
        else setSaved(r.data.draft);
      }}
    >
      <Field
        label={t('password')}
        name="password"
        type={show ? 'text' : 'password'}
        value={password}
        hint={t('passwordHint')}
        onInput={setPassword}
        autoComplete="new-password"
        required
        error={
          failure === undefined
            ? undefined
            : [failure.error.message, ...(failure.error.issues ?? []).map((i) => i.message)]
                .filter((m, i, all) => all.indexOf(m) === i)
                .join(' ')
        }
      />
      <label class="choice">
        <input type="checkbox" checked={show} onChange={() => setShow(!show)} /> {t('showPassword')}
      </label>
      <StrengthMeter password={password} />
      {hint.length === 0 ? null : (
        <Notice kind="info">
          {hint.map((h) => (
            <p key={h}>{h}</p>
          ))}
        </Notice>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t('loading') : t('save')}
      </button>
      {saved === undefined ? null : (
        <button type="button" onClick={() => props.onSaved(saved)}>
          {t('next')}
        </button>
      )}
    </form>
  );
}

/** A rough live hint while typing; the server's check (with the common-password list) decides. */
function StrengthMeter(props: { password: string }): JSX.Element | null {
  const p = props.password;
  if (p === '') return null;
  const classes = [
    /[a-zа-яё]/.test(p),
    /[A-ZА-ЯЁ]/.test(p),
    /\d/.test(p),
    /[^\p{L}\d]/u.test(p),
  ].filter(Boolean).length;
  const score = p.length < 8 ? 0 : classes < 4 ? 1 : p.length < 12 ? 2 : 3;
  const label = (['strength_weak', 'strength_fair', 'strength_good', 'strength_strong'] as const)[
    score
  ]!;
  return (
    <p class={`strength s${score}`} aria-live="polite">
      <meter min={0} max={3} value={score} aria-label={t('strength', { s: t(label) })} />{' '}
      {t('strength', { s: t(label) })}
    </p>
  );
}

function TermsStep(props: {
  access: Access;
  draft: Draft;
  onSaved: (d: Draft, advance?: boolean) => void;
  onCreated: () => void;
}): JSX.Element {
  const [version, setVersion] = useState<string>();
  const [accepted, setAccepted] = useState(props.draft.terms !== undefined);
  const [failure, setFailure] = useState<Failure>();
  useEffect(() => {
    void api.GET('/v1/registration/terms').then((r) => setVersion(r.data?.termsVersion));
  }, []);
  const missing = props.draft.missing.filter((m) => m !== 'terms');
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (version === undefined) return;
        if (props.draft.terms === undefined) {
          if (!accepted)
            return setFailure({
              status: 0,
              error: { code: 'input.required', message: t('required') },
            });
          const r = await api.PUT('/v1/registration/drafts/{draftId}/terms', {
            ...props.access,
            body: { termsVersion: version },
          });
          if (r.data === undefined) return setFailure(failureOf(r));
          props.onSaved(r.data.draft, false);
        }
        const r = await api.POST('/v1/registration/drafts/{draftId}/account', props.access);
        if (r.data === undefined) return setFailure(failureOf(r));
        props.onCreated();
      }}
    >
      <label class="choice">
        <input
          type="checkbox"
          name="terms"
          checked={accepted}
          onChange={() => setAccepted(!accepted)}
          aria-describedby={failure === undefined ? undefined : 'terms-error'}
        />
        {t('terms', { v: version ?? '…' })}
      </label>
      {missing.length === 0 ? null : (
        <Notice kind="info">
          {t('missing', {
            list: missing.map((m) => t(STEP_TITLE[MISSING_STEP[m] ?? 'terms'])).join(', '),
          })}
        </Notice>
      )}
      {failure === undefined ? null : (
        <Notice kind="error" id="terms-error">
          {[failure.error.message, ...(failure.error.issues ?? []).map((i) => i.message)].join(' ')}
        </Notice>
      )}
      <button type="submit">{t('createAccount')}</button>
    </form>
  );
}

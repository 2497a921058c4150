// The registry's request for clarification (ACC-5): its defects, the 48 hours to answer counted
// down live (every second, not only at load), what happens when they are over, and the answer —
// corrected personal data and/or new scans, sent as multipart; the registry check runs again.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { csrfToken, failureOf, issuesByPath, type Failure, type Json } from '../api';
import { currentLang, formatTime, t, type MessageKey } from '../i18n';
import { failureText } from '../failure-text';
import { Field, FileField, Notice } from '../ui';

type ClarificationView = NonNullable<Json<'/v1/identity', 'get'>['clarification']>;
const PERSONAL = ['surname', 'givenNames', 'patronymic', 'birthDate', 'citizenship'] as const;
const REQUIRED = new Set<string>(['surname', 'givenNames', 'birthDate', 'citizenship']);

/** "47 ч 59 мин 58 с" / "47 h 59 min 58 s": hours, minutes and seconds left. */
function formatLeft(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const units = currentLang() === 'ru' ? ['ч', 'мин', 'с'] : ['h', 'min', 's'];
  return `${h} ${units[0]} ${m} ${units[1]} ${s % 60} ${units[2]}`;
}

/** The time left until `deadline`, re-rendered every second. */
function useSecondsLeft(deadline: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return Math.max(0, Math.floor((deadline - now) / 1000));
}

/** A defect as the user reads it: the field (`person.surname` → the form's label) and the reason. */
function defectText(d: ClarificationView['defects'][number]): string {
  const last = d.field.split('.').pop() ?? d.field;
  const field = (PERSONAL as readonly string[]).includes(last)
    ? t(last as MessageKey)
    : d.document === undefined
      ? d.field
      : `${t(`doc_${d.document}` as MessageKey)}: ${last === 'number' ? t('docNumber') : last}`;
  return `${field} — ${t(`defect_${d.reason}` as MessageKey)}`;
}

/** The request with its live countdown and the answer form. */
export function Clarification(props: {
  clarification: ClarificationView;
  onDone: () => void;
}): JSX.Element {
  const c = props.clarification;
  const left = useSecondsLeft(c.deadline);
  const [personal, setPersonal] = useState<Record<string, string>>({});
  const [files, setFiles] = useState<FileList | null>(null);
  const [failure, setFailure] = useState<Failure>();
  const [sending, setSending] = useState(false);
  const expired = c.overdue || left <= 0;
  const errors = issuesByPath(failure, 'personal');
  const filled = PERSONAL.some((k) => (personal[k] ?? '').trim() !== '');
  return (
    <section class="clarification" aria-labelledby="clarification-title">
      <h3 id="clarification-title">{t('clarificationTitle')}</h3>
      <ul class="defects">
        {c.defects.map((d) => (
          <li key={`${d.field}-${d.reason}`}>{defectText(d)}</li>
        ))}
      </ul>
      <p>
        {t('clarificationDeadline', { deadline: formatTime(c.deadline) })}{' '}
        {expired ? null : (
          // role=timer is not announced on every tick (implicit aria-live off); the deadline above is.
          <span role="timer" class="countdown" data-testid="clarification-left" data-seconds={left}>
            {t('clarificationLeft', { left: formatLeft(left) })}
          </span>
        )}
      </p>
      {expired ? <Notice kind="error">{t('clarificationExpired')}</Notice> : null}
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const form = new FormData();
          if (filled)
            form.append(
              'personal',
              JSON.stringify(
                Object.fromEntries(
                  PERSONAL.filter((k) => (personal[k] ?? '').trim() !== '').map((k) => [
                    k,
                    personal[k]!.trim(),
                  ]),
                ),
              ),
            );
          for (const file of Array.from(files ?? [])) form.append('file', file);
          setSending(true);
          const token = csrfToken();
          const response = await fetch(
            `/api/v1/identity/checks/${encodeURIComponent(c.checkId)}/clarification`,
            {
              method: 'POST',
              body: form,
              credentials: 'same-origin',
              headers: {
                'Accept-Language': currentLang(),
                ...(token === undefined ? {} : { 'X-CSRF-Token': token }),
              },
            },
          ).catch(() => undefined);
          setSending(false);
          if (response === undefined)
            return setFailure({
              status: 0,
              error: { code: 'network', message: t('networkError') },
            });
          if (!response.ok) {
            const error = (await response.json().catch(() => undefined)) as unknown;
            return setFailure(failureOf({ error, response }));
          }
          setFailure(undefined);
          props.onDone();
        }}
      >
        <fieldset>
          <legend>{t('clarificationPersonal')}</legend>
          {PERSONAL.map((k) => (
            <Field
              key={k}
              label={t(k)}
              name={`clarify-${k}`}
              value={personal[k] ?? ''}
              onInput={(x) => setPersonal({ ...personal, [k]: x })}
              error={errors[k]}
              required={filled && REQUIRED.has(k)}
            />
          ))}
        </fieldset>
        <FileField
          id="clarify-files"
          label={t('clarificationFiles')}
          multiple
          accept="image/png,image/jpeg,application/pdf"
          onChange={setFiles}
        />
        {failure === undefined ? null : <Notice kind="error">{failureText(failure)}</Notice>}
        <button type="submit" disabled={sending}>
          {t('clarificationSend')}
        </button>
      </form>
    </section>
  );
}

import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, failureOf, type Failure } from '../../api';
import { failureText } from '../../failure-text';
import { t } from '../../i18n';
import { Notice } from '../../ui';
import { MISSING_STEP, STEP_TITLE, type Access, type Draft } from './steps';

/** The last step: the terms accepted, then the account created from the draft. */
export function TermsStep(props: {
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
          {failureText(failure)}
        </Notice>
      )}
      <button type="submit">{t('createAccount')}</button>
    </form>
  );
}

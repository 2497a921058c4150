import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf } from '../../api';
import { t } from '../../i18n';
import { Notice } from '../../ui';
import type { Draft } from './steps';
import type { StoredDraft } from './stored-draft';

/** The first step: the user type; it starts the draft, or changes the type of the one under way. */
export function UserTypeStep(props: {
  draft: Draft | undefined;
  stored: StoredDraft | undefined;
  onStarted: (s: StoredDraft, d: Draft) => void;
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

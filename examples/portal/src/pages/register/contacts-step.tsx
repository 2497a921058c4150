import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { parseEmail } from '@kabinet/validators/email';
import { emailMessages } from '@kabinet/validators/email/messages';
import { api, failureOf } from '../../api';
import { t } from '../../i18n';
import { Field, Notice } from '../../ui';
import { CodeBox } from './code-box';
import { firstIssueMessage, focusFirstError } from './field-checks';
import { draftDone, type Access, type Draft } from './steps';
import { useFailure } from './use-failure';

/** The contacts step: the phone and the e-mail, then each confirmed by its code. */
export function ContactsStep(props: {
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
    const r = parseEmail(email, { path: ['email'] });
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

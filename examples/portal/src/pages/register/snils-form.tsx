import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { parseSnils } from '@kabinet/validators/snils';
import { snilsMessages } from '@kabinet/validators/snils/messages';
import { t } from '../../i18n';
import { Field } from '../../ui';
import type { DocumentFormProps } from './document-form-props';
import { firstIssueMessage, focusFirstError } from './field-checks';

/** The SNILS, checked (with its checksum) as it is typed. */
export function SnilsForm(props: DocumentFormProps): JSX.Element {
  const { sender, local, setLocal } = props;
  const { send, server } = sender;
  const [snils, setSnils] = useState('');
  return (
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
  );
}

import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { Field } from '../../ui';
import type { DocumentFormProps } from './document-form-props';
import { checkDate, focusFirstError } from './field-checks';

/** The migration card: its number, the entry date and the date the stay ends. */
export function MigrationCardForm(props: DocumentFormProps): JSX.Element {
  const { sender, local, setLocal } = props;
  const { send, server } = sender;
  const [card, setCard] = useState({ number: '', entryDate: '', stayUntil: '' });
  return (
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
  );
}

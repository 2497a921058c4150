import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf } from '../../api';
import { t } from '../../i18n';
import { Field, Notice, type FieldProps } from '../../ui';
import { checkDate, focusFirstError } from './field-checks';
import type { Access, Draft } from './steps';
import { useFailure } from './use-failure';

type TextKey =
  | 'surname'
  | 'givenNames'
  | 'patronymic'
  | 'latinSurname'
  | 'latinGivenNames'
  | 'birthDate'
  | 'citizenship';

/** The text fields in order, each labelled by its own message; a required one is checked when focus leaves it. */
const TEXT_FIELDS: readonly ({ key: TextKey } & Pick<
  FieldProps,
  'required' | 'autoComplete' | 'inputMode'
>)[] = [
  { key: 'surname', required: true, autoComplete: 'family-name' },
  { key: 'givenNames', required: true, autoComplete: 'given-name' },
  { key: 'patronymic', autoComplete: 'additional-name' },
  { key: 'latinSurname' },
  { key: 'latinGivenNames' },
  { key: 'birthDate', required: true, inputMode: 'numeric', autoComplete: 'bday' },
  { key: 'citizenship', required: true },
];

/** The personal data step: names in Cyrillic and Latin, birth date, citizenship and sex. */
export function PersonalStep(props: { access: Access; onSaved: (d: Draft) => void }): JSX.Element {
  const [v, setV] = useState<Record<TextKey, string> & { sex: '' | 'male' | 'female' }>({
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
  const set = (k: TextKey) => (value: string) => setV({ ...v, [k]: value });
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
      {TEXT_FIELDS.map(({ key, ...extra }) => (
        <Field
          key={key}
          label={t(key)}
          name={key}
          value={v[key]}
          onInput={set(key)}
          {...(extra.required === true ? { onBlur: blur(key) } : {})}
          error={err(key)}
          {...extra}
        />
      ))}
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

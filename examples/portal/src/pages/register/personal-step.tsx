import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf } from '../../api';
import { t } from '../../i18n';
import { Field, Notice } from '../../ui';
import { checkDate, focusFirstError } from './field-checks';
import type { Access, Draft } from './steps';
import { useFailure } from './use-failure';

/** The personal data step: names in Cyrillic and Latin, birth date, citizenship and sex. */
export function PersonalStep(props: { access: Access; onSaved: (d: Draft) => void }): JSX.Element {
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

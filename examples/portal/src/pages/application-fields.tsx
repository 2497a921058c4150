// An application's form (SVC-1), each field entered as the catalogue's kind says: text, a date,
// a phone, a migration card number, the address in Russia by its parts, the residence permit
// by series, number and dates. Saved until the application is passed on; the API's issues are
// shown at the field (or the part) they name.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, issuesByPath, type Failure, type Json } from '../api';
import { t, type MessageKey } from '../i18n';
import { Field, Notice } from '../ui';

type CatalogueField = Json<'/v1/services', 'get'>['items'][number]['fields'][number];
type MyApplication = Json<'/v1/applications', 'get'>['items'][number];
type Value = string | Record<string, string>;

/** The parts of the structured kinds, in the order a form shows them. */
const PARTS: Partial<Record<CatalogueField['kind'], readonly string[]>> = {
  address: ['postalIndex', 'region', 'city', 'street', 'house', 'building', 'apartment'],
  residence_permit: ['series', 'number', 'issueDate', 'expiryDate'],
};
const PART_LABEL: Record<string, MessageKey> = {
  postalIndex: 'addr_postalIndex',
  region: 'addr_region',
  city: 'addr_city',
  street: 'addr_street',
  house: 'addr_house',
  building: 'addr_building',
  apartment: 'addr_apartment',
  freeForm: 'addr_freeForm',
  series: 'permitSeries',
  number: 'permitNumber',
  issueDate: 'permitIssueDate',
  expiryDate: 'permitExpiryDate',
};
const HINT: Partial<Record<CatalogueField['kind'], MessageKey>> = {
  date: 'hintDate',
  phone: 'hintPhone',
  migration_card: 'hintMigrationCard',
};

/** The stored value as the form holds it: parts as strings (a free-form address as its line). */
function initial(field: CatalogueField, stored: unknown): Value {
  const parts = PARTS[field.kind];
  if (parts === undefined) return typeof stored === 'string' ? stored : '';
  if (typeof stored === 'string') return { freeForm: stored };
  const object = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  return Object.fromEntries(
    Object.entries(object)
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
      .map(([k, v]) => [k, String(v)]),
  );
}

/** What is sent for one field: the trimmed text or the filled parts; `null` clears a stored value. */
function outgoing(value: Value, stored: unknown): unknown {
  if (typeof value === 'string')
    return value.trim() === '' ? (stored === undefined ? undefined : null) : value.trim();
  const filled = Object.entries(value).filter(([, v]) => v.trim() !== '');
  if (filled.length === 0) return stored === undefined ? undefined : null;
  return Object.fromEntries(filled.map(([k, v]) => [k, v.trim()]));
}

/** SVC-1: the application's fields by their kinds, saved with `PUT /v1/applications/{id}`. */
export function ApplicationFields(props: {
  app: MyApplication;
  fields: readonly CatalogueField[];
  onDone: () => void;
}): JSX.Element | null {
  const [values, setValues] = useState<Record<string, Value>>(() =>
    Object.fromEntries(props.fields.map((f) => [f.name, initial(f, props.app.fields[f.name])])),
  );
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState(false);
  if (props.fields.length === 0) return null;
  const errors = issuesByPath(failure, 'fields');
  const set = (name: string, value: Value): void => {
    setValues({ ...values, [name]: value });
    setSaved(false);
  };
  const prefix = `app-${props.app.id}`;
  return (
    <form
      class="app-fields"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const fields: Record<string, unknown> = {};
        for (const f of props.fields) {
          const out = outgoing(values[f.name] ?? '', props.app.fields[f.name]);
          if (out !== undefined) fields[f.name] = out;
        }
        const r = await api.PUT('/v1/applications/{applicationId}', {
          params: { path: { applicationId: props.app.id } },
          body: { fields },
        });
        if (r.data === undefined) return (setSaved(false), setFailure(failureOf(r)));
        setFailure(undefined);
        setSaved(true);
        props.onDone();
      }}
    >
      {props.fields.map((f) => {
        const value = values[f.name] ?? '';
        const parts = PARTS[f.kind];
        const hint = HINT[f.kind];
        if (parts === undefined || typeof value === 'string')
          return (
            <Field
              key={f.name}
              label={f.title}
              name={`${prefix}-${f.name}`}
              value={typeof value === 'string' ? value : ''}
              onInput={(x) => set(f.name, x)}
              error={errors[f.name]}
              hint={hint === undefined ? undefined : t(hint)}
              required={f.required}
              {...(f.kind === 'phone' ? { inputMode: 'tel' as const } : {})}
            />
          );
        const whole = errors[f.name];
        const shown = value.freeForm === undefined ? parts : [...parts, 'freeForm'];
        return (
          <fieldset
            key={f.name}
            class={`parts${whole === undefined ? '' : ' invalid'}`}
            aria-describedby={whole === undefined ? undefined : `${prefix}-${f.name}-error`}
          >
            <legend>
              {f.title}
              {f.required ? <span aria-hidden="true"> *</span> : null}
            </legend>
            {whole === undefined ? null : (
              <p class="error" id={`${prefix}-${f.name}-error`} role="alert">
                {whole}
              </p>
            )}
            {shown.map((part) => (
              <Field
                key={part}
                label={t(PART_LABEL[part] ?? 'addr_freeForm')}
                name={`${prefix}-${f.name}-${part}`}
                value={value[part] ?? ''}
                onInput={(x) => set(f.name, { ...value, [part]: x })}
                error={errors[`${f.name}.${part}`]}
                {...(part === 'postalIndex' ? { inputMode: 'numeric' as const } : {})}
              />
            ))}
          </fieldset>
        );
      })}
      {failure === undefined ? null : <Notice kind="error">{failure.error.message}</Notice>}
      {saved ? <Notice kind="success">{t('fieldsSaved')}</Notice> : null}
      <button type="submit">{t('saveFields')}</button>
    </form>
  );
}

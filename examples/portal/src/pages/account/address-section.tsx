import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, issuesByPath, type Failure } from '../../api';
import { t, type MessageKey } from '../../i18n';
import { Field, Notice } from '../../ui';
import { Card } from '../section';

const ADDRESS_PARTS = [
  'postalIndex',
  'region',
  'city',
  'street',
  'house',
  'building',
  'apartment',
] as const;
type AddressPart = (typeof ADDRESS_PARTS)[number];

/** DOC-10: the address in Russia, checked by the API (index and region agree, the required parts); its issues are shown at their fields. */
export function AddressSection(): JSX.Element {
  const [v, setV] = useState<Record<AddressPart, string>>({
    postalIndex: '',
    region: '',
    city: '',
    street: '',
    house: '',
    building: '',
    apartment: '',
  });
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState(false);
  const fields = issuesByPath(failure, 'address');
  const general =
    failure === undefined
      ? undefined
      : Object.keys(fields).length > 0
        ? t('fixErrors', { n: Object.keys(fields).length })
        : failure.error.message;
  return (
    <Card id="address" title={t('address')}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const address = Object.fromEntries(
            ADDRESS_PARTS.filter((k) => v[k].trim() !== '').map((k) => [k, v[k].trim()]),
          );
          const r = await api.PUT('/v1/identity/address', { body: { address } });
          if (r.data === undefined) {
            setSaved(false);
            setFailure(failureOf(r));
            return;
          }
          setFailure(undefined);
          setSaved(true);
        }}
      >
        {ADDRESS_PARTS.map((k) => (
          <Field
            key={k}
            label={t(`addr_${k}` as MessageKey)}
            name={`address-${k}`}
            value={v[k]}
            onInput={(x) => (setV({ ...v, [k]: x }), setSaved(false))}
            error={fields[k]}
            inputMode={k === 'postalIndex' ? 'numeric' : 'text'}
            autoComplete={
              k === 'postalIndex'
                ? 'postal-code'
                : k === 'city'
                  ? 'address-level2'
                  : k === 'region'
                    ? 'address-level1'
                    : 'off'
            }
          />
        ))}
        {general === undefined ? null : <Notice kind="error">{general}</Notice>}
        {saved ? <Notice kind="success">{t('addressSaved')}</Notice> : null}
        <button type="submit">{t('save')}</button>
      </form>
    </Card>
  );
}

// Appointments (SVC-1, SVC-2): office → service → free slot → held → booked, with the visit QR,
// cancel and move until 24 hours before.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Json } from '../../api';
import { formatTime, t, type MessageKey } from '../../i18n';
import { Field, Notice } from '../../ui';
import { Card, useLoad } from '../section';
import { freeSlots, isoDay, tomorrow, type Slot } from './free-slots';
import { MoveForm } from './move-form';
import { SlotForm } from './slot-form';

type Offices = Json<'/v1/offices', 'get'>['items'];
type Appointment = Json<'/v1/appointments', 'get'>['items'][number];

/** The appointments section of the services page. */
export function AppointmentsSection(): JSX.Element {
  const [offices, failure] = useLoad(() => api.GET('/v1/offices'));
  const [mine, , reload] = useLoad(() => api.GET('/v1/appointments'));
  const [officeId, setOfficeId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [slots, setSlots] = useState<Slot[]>();
  const [slot, setSlot] = useState('');
  const [held, setHeld] = useState<Appointment>();
  const [error, setError] = useState<string>();
  const [fromDay, setFromDay] = useState(isoDay(tomorrow()));
  const [moving, setMoving] = useState<string>();
  const items: Offices = offices?.items ?? [];
  const office = items.find((o) => o.id === officeId) ?? items[0];
  const services = office?.services ?? [];
  const service = services.find((s) => s.id === serviceId) ?? services[0];
  return (
    <Card id="appointments" title={t('appointments')} failure={failure}>
      {error === undefined ? null : <Notice kind="error">{error}</Notice>}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (office === undefined || service === undefined) return;
          const r = await freeSlots(office.id, service.id, fromDay);
          if ('status' in r) return setError(r.error.message);
          setError(undefined);
          setSlots(r);
        }}
      >
        <div class="field">
          <label for="office">{t('office')}</label>
          <select
            id="office"
            value={office?.id ?? ''}
            onChange={(e) => (
              setOfficeId(e.currentTarget.value),
              setServiceId(''),
              setSlots(undefined)
            )}
          >
            {items.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}, {o.address}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="service">{t('service')}</label>
          <select
            id="service"
            value={service?.id ?? ''}
            onChange={(e) => (setServiceId(e.currentTarget.value), setSlots(undefined))}
          >
            {services.map((s) => (
              <option key={s.id} value={s.id} data-min-level={s.minLevel}>
                {s.name} ({t(`level_${s.minLevel}` as MessageKey)})
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('slotsFrom')}
          name="slots-from"
          type="date"
          value={fromDay}
          onInput={setFromDay}
        />
        <button type="submit">{t('findSlots')}</button>
      </form>
      <SlotForm
        slots={slots}
        name="slot"
        value={slot}
        onChange={setSlot}
        submitLabel={t('hold')}
        onSubmit={async () => {
          if (office === undefined || service === undefined || slot === '') return;
          const r = await api.POST('/v1/appointments', {
            body: { officeId: office.id, serviceId: service.id, slot },
          });
          if (r.data === undefined) return setError(failureOf(r).error.message);
          setError(undefined);
          setHeld(r.data);
          setSlots(undefined);
          reload();
        }}
      />
      {held === undefined || held.state !== 'held' ? null : (
        <Notice kind="info">
          <p>
            {held.officeName}, {held.display}.{' '}
            {held.holdUntil === undefined ? '' : t('heldUntil', { t: formatTime(held.holdUntil) })}
          </p>
          <button
            type="button"
            onClick={async () => {
              const r = await api.POST('/v1/appointments/{appointmentId}/confirm', {
                params: { path: { appointmentId: held.id } },
              });
              if (r.data === undefined) return setError(failureOf(r).error.message);
              setHeld(r.data);
              reload();
            }}
          >
            {t('book')}
          </button>
        </Notice>
      )}
      {mine === undefined || mine.items.length === 0 ? null : (
        <ul class="appointments">
          {mine.items.map((a) => (
            <li key={a.id} data-state={a.state} data-slot={a.slot}>
              <strong>
                {a.number}: {a.stateText}
              </strong>{' '}
              — {a.officeName}, {a.serviceName}, {a.display}
              {a.state === 'booked' ? (
                <>
                  <p>{t('cancelUntil', { t: formatTime(a.changeableUntil) })}</p>
                  <p>{a.documents.map((d) => d.name).join(', ')}</p>
                  <img
                    class="qr"
                    width={180}
                    height={180}
                    src={`/api/v1/appointments/${encodeURIComponent(a.id)}/pass.svg`}
                    alt={`${t('visitPass')} ${a.number}`}
                  />
                  <button
                    type="button"
                    class="secondary"
                    onClick={async () => {
                      const r = await api.POST('/v1/appointments/{appointmentId}/cancel', {
                        params: { path: { appointmentId: a.id } },
                      });
                      if (r.data === undefined) setError(failureOf(r).error.message);
                      reload();
                    }}
                  >
                    {t('cancelAppointment')} <span class="visually-hidden">{a.number}</span>
                  </button>{' '}
                  <button
                    type="button"
                    class="secondary"
                    aria-expanded={moving === a.id}
                    onClick={() => setMoving(moving === a.id ? undefined : a.id)}
                  >
                    {t('moveAppointment')} <span class="visually-hidden">{a.number}</span>
                  </button>
                  {moving === a.id ? (
                    <MoveForm
                      appointment={a}
                      onMoved={() => {
                        setMoving(undefined);
                        reload();
                      }}
                    />
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

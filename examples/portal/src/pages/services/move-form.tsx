import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure, type Json } from '../../api';
import { failureText } from '../../failure-text';
import { formatTime, t } from '../../i18n';
import { Field, Notice } from '../../ui';
import { freeSlots, isoDay, tomorrow, type Slot } from './free-slots';
import { SlotForm } from './slot-form';

type Appointment = Json<'/v1/appointments', 'get'>['items'][number];

/** SVC-2: move a booked appointment to another free slot of the same office and service; until 24 hours before (the API's rule and message). */
export function MoveForm(props: { appointment: Appointment; onMoved: () => void }): JSX.Element {
  const a = props.appointment;
  const [fromDay, setFromDay] = useState(isoDay(Math.max(tomorrow(), a.start)));
  const [slots, setSlots] = useState<Slot[]>();
  const [slot, setSlot] = useState('');
  const [error, setError] = useState<Failure>();
  const tooLate = Date.now() > a.changeableUntil;
  const fail = (f: Failure): void => setError(f);
  return (
    <div class="move" role="group" aria-label={`${t('moveAppointment')} ${a.number}`}>
      {tooLate ? (
        <Notice kind="info">{t('tooLateToChange', { t: formatTime(a.changeableUntil) })}</Notice>
      ) : null}
      {error === undefined ? null : <Notice kind="error">{failureText(error)}</Notice>}
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await freeSlots(a.officeId, a.serviceId, fromDay);
          if ('status' in r) return fail(r);
          setError(undefined);
          setSlots(r.filter((s) => s.slot !== a.slot));
        }}
      >
        <Field
          label={t('slotsFrom')}
          name={`move-from-${a.id}`}
          type="date"
          value={fromDay}
          onInput={setFromDay}
        />
        <button type="submit">{t('findSlots')}</button>
      </form>
      <SlotForm
        slots={slots}
        name={`move-slot-${a.id}`}
        value={slot}
        onChange={setSlot}
        submitLabel={t('moveHere')}
        onSubmit={async () => {
          if (slot === '') return;
          const r = await api.POST('/v1/appointments/{appointmentId}/move', {
            params: { path: { appointmentId: a.id } },
            body: { slot },
          });
          if (r.data === undefined) return fail(failureOf(r));
          setError(undefined);
          props.onMoved();
        }}
      />
    </div>
  );
}

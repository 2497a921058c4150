// The services after registration, as far as the server offers them (SVC-1…SVC-3, NOTE-2):
// «Мои заявки» with the catalogue, appointments (office → service → free slot → held → booked,
// with the visit QR and the 24-hour change limit), support requests with their ticket numbers,
// and the notification centre. A section whose routes the server does not serve says so.
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, failureOf, type Failure, type Json } from '../api';
import { formatTime, t, useLang, type MessageKey } from '../i18n';
import { Field, Notice, PageTitle } from '../ui';
import { ApplicationsSection } from './applications';
import { Card, useLoad } from './section';

type Offices = Json<'/v1/offices', 'get'>['items'];
type Slot = Json<'/v1/offices/{officeId}/slots', 'get'>['items'][number];
type Appointment = Json<'/v1/appointments', 'get'>['items'][number];

/** The services page. */
export function ServicesPage(): JSX.Element {
  useLang();
  return (
    <div>
      <PageTitle>{t('servicesTitle')}</PageTitle>
      <AppointmentsSection />
      <SupportSection />
      <ApplicationsSection />
      <NotificationsSection />
    </div>
  );
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function AppointmentsSection(): JSX.Element {
  const [offices, failure] = useLoad(() => api.GET('/v1/offices'));
  const [mine, , reload] = useLoad(() => api.GET('/v1/appointments'));
  const [officeId, setOfficeId] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [slots, setSlots] = useState<Slot[]>();
  const [slot, setSlot] = useState('');
  const [held, setHeld] = useState<Appointment>();
  const [error, setError] = useState<string>();
  const [fromDay, setFromDay] = useState(isoDay(Date.now() + 86_400_000));
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
      {slots === undefined ? null : slots.length === 0 ? (
        <p>{t('noSlots')}</p>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
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
        >
          <fieldset>
            <legend>{t('slots')}</legend>
            {slots.map((s) => (
              <label class="choice" key={s.slot}>
                <input
                  type="radio"
                  name="slot"
                  value={s.slot}
                  checked={slot === s.slot}
                  onChange={() => setSlot(s.slot)}
                />{' '}
                {s.display}
              </label>
            ))}
          </fieldset>
          <button type="submit">{t('hold')}</button>
        </form>
      )}
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

/** The free slots of one office and service for two weeks from `fromDay` (at most 12), or the API's failure. */
async function freeSlots(
  officeId: string,
  serviceId: string,
  fromDay: string,
): Promise<Slot[] | Failure> {
  const start = Number.isNaN(Date.parse(fromDay)) ? Date.now() + 86_400_000 : Date.parse(fromDay);
  const from = isoDay(start);
  const to = isoDay(start + 14 * 86_400_000);
  const r = await api.GET('/v1/offices/{officeId}/slots', {
    params: { path: { officeId }, query: { service: serviceId, from, to } as never },
  });
  if (r.data === undefined) return failureOf(r);
  return r.data.items.filter((s) => s.free > 0).slice(0, 12);
}

/** SVC-2: move a booked appointment to another free slot of the same office and service; until 24 hours before (the API's rule and message). */
function MoveForm(props: { appointment: Appointment; onMoved: () => void }): JSX.Element {
  const a = props.appointment;
  const [fromDay, setFromDay] = useState(isoDay(Math.max(Date.now() + 86_400_000, a.start)));
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
      {error === undefined ? null : (
        <Notice kind="error">
          {[
            error.error.message,
            ...(error.error.issues ?? [])
              .map((i) => i.message)
              .filter((m) => m !== error.error.message),
          ].join(' ')}
        </Notice>
      )}
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
      {slots === undefined ? null : slots.length === 0 ? (
        <p>{t('noSlots')}</p>
      ) : (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (slot === '') return;
            const r = await api.POST('/v1/appointments/{appointmentId}/move', {
              params: { path: { appointmentId: a.id } },
              body: { slot },
            });
            if (r.data === undefined) return fail(failureOf(r));
            setError(undefined);
            props.onMoved();
          }}
        >
          <fieldset>
            <legend>{t('slots')}</legend>
            {slots.map((s) => (
              <label class="choice" key={s.slot}>
                <input
                  type="radio"
                  name={`move-slot-${a.id}`}
                  value={s.slot}
                  checked={slot === s.slot}
                  onChange={() => setSlot(s.slot)}
                />{' '}
                {s.display}
              </label>
            ))}
          </fieldset>
          <button type="submit">{t('moveHere')}</button>
        </form>
      )}
    </div>
  );
}

const TOPICS = [
  'access',
  'documents',
  'payments',
  'applications',
  'appointments',
  'other',
] as const;

function SupportSection(): JSX.Element {
  const [list, failure, reload] = useLoad(() => api.GET('/v1/support-requests'));
  const [topic, setTopic] = useState<(typeof TOPICS)[number]>('documents');
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<Failure | string>();
  const [open, setOpen] = useState<string>();
  return (
    <Card id="support" title={t('support')} failure={failure}>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await api.POST('/v1/support-requests', { body: { topic, text } });
          if (r.data === undefined) return setAnswer(failureOf(r));
          setAnswer(`${r.data.number}: ${r.data.statusText}`);
          setText('');
          reload();
        }}
      >
        <div class="field">
          <label for="topic">{t('topic')}</label>
          <select
            id="topic"
            value={topic}
            onChange={(e) => setTopic(e.currentTarget.value as (typeof TOPICS)[number])}
          >
            {TOPICS.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </div>
        <div class={`field${typeof answer === 'object' ? ' invalid' : ''}`}>
          <label for="support-text">{t('text')}</label>
          <textarea
            id="support-text"
            rows={4}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-describedby={typeof answer === 'object' ? 'support-error' : undefined}
          />
          {typeof answer === 'object' ? (
            <p class="error" id="support-error" role="alert">
              {[answer.error.message, ...(answer.error.issues ?? []).map((i) => i.message)].join(
                ' ',
              )}
            </p>
          ) : null}
        </div>
        <button type="submit">{t('sendRequest')}</button>
      </form>
      {typeof answer === 'string' ? <Notice kind="success">{answer}</Notice> : null}
      {list === undefined || list.items.length === 0 ? null : (
        <ul class="tickets">
          {list.items.map((r) => (
            <li key={r.id}>
              <strong>{r.number}</strong> — {r.topicText}: {r.statusText}
              {r.deadlineAt === undefined ? '' : ` (${formatTime(r.deadlineAt)})`}{' '}
              <button
                type="button"
                class="secondary"
                aria-expanded={open === r.id}
                aria-controls={open === r.id ? `thread-${r.id}` : undefined}
                onClick={() => setOpen(open === r.id ? undefined : r.id)}
              >
                {t('conversation')} <span class="visually-hidden">{r.number}</span>
              </button>
              {open === r.id ? <Thread id={r.id} onChanged={reload} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

const AUTHOR: Record<'user' | 'operator' | 'system', MessageKey> = {
  user: 'authorUser',
  operator: 'authorOperator',
  system: 'authorSystem',
};

/** One support request's conversation (the user's, the operators' and the system's lines) and the reply form. */
function Thread(props: { id: string; onChanged: () => void }): JSX.Element {
  const [request, failure, reload] = useLoad(() =>
    api.GET('/v1/support-requests/{requestId}', { params: { path: { requestId: props.id } } }),
  );
  const [text, setText] = useState('');
  const [error, setError] = useState<Failure>();
  const errorId = `reply-error-${props.id}`;
  if (failure !== undefined) return <Notice kind="error">{failure.error.message}</Notice>;
  return (
    <div class="thread" id={`thread-${props.id}`}>
      <ol class="messages" aria-label={t('conversation')}>
        {(request?.messages ?? []).map((m) => (
          <li key={m.id} data-author={m.author}>
            <time>{formatTime(m.at)}</time> <strong>{t(AUTHOR[m.author])}:</strong>{' '}
            {m.text ?? m.message ?? ''}
          </li>
        ))}
      </ol>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await api.POST('/v1/support-requests/{requestId}/replies', {
            params: { path: { requestId: props.id } },
            body: { text },
          });
          if (r.data === undefined) return setError(failureOf(r));
          setError(undefined);
          setText('');
          reload();
          props.onChanged();
        }}
      >
        <div class={`field${error === undefined ? '' : ' invalid'}`}>
          <label for={`reply-${props.id}`}>{t('yourReply')}</label>
          <textarea
            id={`reply-${props.id}`}
            rows={3}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            aria-invalid={error !== undefined}
            aria-describedby={error === undefined ? undefined : errorId}
          />
          {error === undefined ? null : (
            <p class="error" id={errorId} role="alert">
              {[error.error.message, ...(error.error.issues ?? []).map((i) => i.message)].join(' ')}
            </p>
          )}
        </div>
        <button type="submit">{t('sendReply')}</button>
      </form>
    </div>
  );
}

function NotificationsSection(): JSX.Element {
  const [list, failure, reload] = useLoad(() => api.GET('/v1/notifications'));
  return (
    <Card id="notifications" title={t('notifications')} failure={failure}>
      {list === undefined ? null : (
        <>
          <p>{t('unread', { n: list.unread })}</p>
          {list.items.length === 0 ? (
            <p>{t('nothing')}</p>
          ) : (
            <ul class="notices">
              {list.items.slice(0, 20).map((n) => (
                <li key={n.id} class={n.read ? 'read' : 'unread'} data-read={String(n.read)}>
                  <time>{formatTime(n.createdAt)}</time> <strong>{n.title}</strong> — {n.text}{' '}
                  <span class="visually-hidden">({n.read ? t('read') : t('unreadOne')})</span>
                  {n.read ? null : (
                    <button
                      type="button"
                      class="link"
                      onClick={async () => {
                        await api.POST('/v1/notifications/{noticeId}/read', {
                          params: { path: { noticeId: n.id } },
                        });
                        reload();
                      }}
                    >
                      {t('markRead')} <span class="visually-hidden">{n.title}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {list.unread === 0 ? null : (
            <button
              type="button"
              class="secondary"
              onClick={async () => {
                await api.POST('/v1/notifications/read-all');
                reload();
              }}
            >
              {t('readAll')}
            </button>
          )}
        </>
      )}
      <Preferences />
    </Card>
  );
}

const KINDS = ['security', 'application', 'appointment', 'payment', 'support'] as const;
const CHANNELS = ['email', 'sms', 'push'] as const;
type Channels = Json<'/v1/notifications/preferences', 'get'>['channels'];

/** NOTE-1: the channels per kind of event; the API keeps at least one for security and says so. */
function Preferences(): JSX.Element {
  const [prefs, failure] = useLoad(() => api.GET('/v1/notifications/preferences'));
  const [channels, setChannels] = useState<Channels>();
  const [answer, setAnswer] = useState<Failure | 'saved'>();
  useEffect(() => {
    if (prefs !== undefined) setChannels(prefs.channels);
  }, [prefs]);
  if (failure !== undefined) return <Notice kind="error">{failure.error.message}</Notice>;
  if (channels === undefined) return <p>{t('loading')}</p>;
  return (
    <form
      aria-labelledby="prefs-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await api.PUT('/v1/notifications/preferences', { body: { channels } });
        if (r.data === undefined) return setAnswer(failureOf(r));
        setChannels(r.data.channels);
        setAnswer('saved');
      }}
    >
      <h3 id="prefs-title">{t('notificationPrefs')}</h3>
      {KINDS.map((kind) => (
        <fieldset key={kind} class="channels">
          <legend>{t(`kind_${kind}` as MessageKey)}</legend>
          {CHANNELS.map((ch) => (
            <label class="choice" key={ch}>
              <input
                type="checkbox"
                name={`${kind}-${ch}`}
                checked={channels[kind].includes(ch)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setChannels({
                    ...channels,
                    [kind]: on ? [...channels[kind], ch] : channels[kind].filter((x) => x !== ch),
                  });
                }}
              />{' '}
              {t(`channel_${ch}` as MessageKey)}
            </label>
          ))}
        </fieldset>
      ))}
      {answer === undefined ? null : answer === 'saved' ? (
        <Notice kind="success">{t('prefsSaved')}</Notice>
      ) : (
        <p class="error" role="alert">
          {[
            answer.error.message,
            ...(answer.error.issues ?? [])
              .map((i) => i.message)
              .filter((m) => m !== answer.error.message),
          ].join(' ')}
        </p>
      )}
      <button type="submit">{t('save')}</button>
    </form>
  );
}

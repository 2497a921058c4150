// The services after registration, as far as the server offers them (SVC-1…SVC-3, NOTE-2):
// «Мои заявки» with the catalogue, appointments (office → service → free slot → held → booked,
// with the visit QR and the 24-hour change limit), support requests with their ticket numbers,
// and the notification centre. A section whose routes the server does not serve says so.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, csrfToken, failureOf, issuesByPath, type Failure, type Json } from '../api';
import { formatTime, t, useLang, type MessageKey } from '../i18n';
import { setSignedIn } from '../session';
import { Field, Notice, PageTitle, navigate } from '../ui';

type Offices = Json<'/v1/offices', 'get'>['items'];
type Slot = Json<'/v1/offices/{officeId}/slots', 'get'>['items'][number];
type Appointment = Json<'/v1/appointments', 'get'>['items'][number];

function useLoad<T>(
  load: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): [T | undefined, Failure | undefined, () => void] {
  const [data, setData] = useState<T>();
  const [failure, setFailure] = useState<Failure>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    void load().then(
      (r) => {
        if (r.data !== undefined) return setData(r.data);
        const f = failureOf(r);
        if (f.status === 401) {
          setSignedIn(false);
          navigate('/login');
        }
        setFailure(f);
      },
      () => setFailure({ status: 0, error: { code: 'network', message: t('networkError') } }),
    );
  }, [tick]);
  return [data, failure, () => setTick((n) => n + 1)];
}

function Card(props: {
  id: string;
  title: string;
  failure?: Failure | undefined;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <section class="card" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.failure === undefined ? (
        props.children
      ) : (
        <Notice kind="error">
          {props.failure.status === 404 || props.failure.status === 501
            ? t('unavailable', { m: props.failure.error.message })
            : props.failure.error.message}
        </Notice>
      )}
    </section>
  );
}

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

function ApplicationsSection(): JSX.Element {
  const [catalogue, failure] = useLoad(() => api.GET('/v1/services'));
  const [list, , reload] = useLoad(() => api.GET('/v1/applications'));
  const [certificates] = useLoad(() => api.GET('/v1/certificates'));
  const [error, setError] = useState<string>();
  return (
    <Card id="applications" title={t('applications')} failure={failure}>
      {error === undefined ? null : <Notice kind="error">{error}</Notice>}
      {list === undefined || list.items.length === 0 ? (
        <p>{t('nothing')}</p>
      ) : (
        <ul class="my-applications">
          {list.items.map((a) => (
            <li key={a.id} data-status={a.status}>
              {a.number ?? a.id} — {a.serviceCode}: <strong>{a.statusText}</strong>
              {a.expectedCompletion === undefined
                ? ''
                : `, ${t('expected', { d: a.expectedCompletion })}`}
              {a.status === 'draft' || a.status === 'submitted' ? (
                <>
                  {' '}
                  <button
                    type="button"
                    class="secondary"
                    onClick={async () => {
                      const r = await api.POST('/v1/applications/{applicationId}/withdraw', {
                        params: { path: { applicationId: a.id } },
                      });
                      if (r.data === undefined) return setError(failureOf(r).error.message);
                      setError(undefined);
                      reload();
                    }}
                  >
                    {t('withdraw')} <span class="visually-hidden">{a.number ?? a.serviceCode}</span>
                  </button>
                </>
              ) : null}
              {a.actions.includes('edit') ? (
                <FieldsForm
                  app={a}
                  fields={
                    (catalogue?.items ?? []).find((x) => x.code === a.serviceCode)?.fields ?? []
                  }
                  onDone={reload}
                />
              ) : null}
              {a.actions.includes('attach') && a.missing.attachments.length > 0 ? (
                <AttachForm id={a.id} kinds={a.missing.attachments} onDone={reload} />
              ) : null}
              {a.attachments.length === 0 ? null : (
                <ul class="attachments">
                  {a.attachments.map((f) => (
                    <li key={f.id}>
                      {f.kind}: {f.name ?? f.mediaType} ({Math.round(f.size / 1024)} kB)
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3 id="certificates-title">{t('certificates')}</h3>
      {certificates === undefined || certificates.items.length === 0 ? (
        <p data-testid="certificates-empty">{t('nothing')}</p>
      ) : (
        <ul class="certificates" aria-labelledby="certificates-title">
          {certificates.items.map((c) => (
            <li key={c.id}>
              {c.title} {c.number ?? ''} — {formatTime(c.issuedAt)}{' '}
              <a href={`/api/v1/certificates/${encodeURIComponent(c.id)}`}>
                {t('open')} <span class="visually-hidden">{c.title}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('catalogue')}</h3>
      <ul>
        {(catalogue?.items ?? []).map((s) => (
          <li key={s.code} data-min-level={s.minLevel}>
            {s.title} ({s.authority}, {t(`level_${s.minLevel}` as MessageKey)})
            <button
              type="button"
              class="secondary"
              onClick={async () => {
                const r = await api.POST('/v1/applications', { body: { serviceCode: s.code } });
                if (r.data === undefined) return setError(failureOf(r).error.message);
                setError(undefined);
                reload();
              }}
            >
              {t('applyFor')} <span class="visually-hidden">{s.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}

type CatalogueField = Json<'/v1/services', 'get'>['items'][number]['fields'][number];
type MyApplication = Json<'/v1/applications', 'get'>['items'][number];

/** SVC-1: the application's text fields (those held as text; structured ones, such as the address, are kept as they are), saved until it is passed on; the API's issues at their fields. */
function FieldsForm(props: {
  app: MyApplication;
  fields: CatalogueField[];
  onDone: () => void;
}): JSX.Element | null {
  const editable = props.fields.filter(
    (f) => props.app.fields[f.name] === undefined || typeof props.app.fields[f.name] === 'string',
  );
  const [v, setV] = useState<Record<string, string>>(
    Object.fromEntries(editable.map((f) => [f.name, String(props.app.fields[f.name] ?? '')])),
  );
  const [failure, setFailure] = useState<Failure>();
  const [saved, setSaved] = useState(false);
  if (editable.length === 0) return null;
  const errors = issuesByPath(failure, 'fields');
  const general = failure === undefined ? undefined : failure.error.message;
  return (
    <form
      class="app-fields"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        const fields = Object.fromEntries(
          editable
            .filter((f) => (v[f.name] ?? '').trim() !== '')
            .map((f) => [f.name, v[f.name]!.trim()]),
        );
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
      {editable.map((f) => (
        <Field
          key={f.name}
          label={f.title}
          name={`app-${props.app.id}-${f.name}`}
          value={v[f.name] ?? ''}
          onInput={(x) => (setV({ ...v, [f.name]: x }), setSaved(false))}
          error={errors[f.name]}
          required={f.required}
        />
      ))}
      {general === undefined ? null : <Notice kind="error">{general}</Notice>}
      {saved ? <Notice kind="success">{t('fieldsSaved')}</Notice> : null}
      <button type="submit">{t('saveFields')}</button>
    </form>
  );
}

/** SVC-1: a file of a kind the service asks for, uploaded as multipart with its progress (XMLHttpRequest reports it, fetch does not). */
function AttachForm(props: { id: string; kinds: string[]; onDone: () => void }): JSX.Element {
  const [kind, setKind] = useState(props.kinds[0] ?? '');
  const [file, setFile] = useState<File>();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  const inputId = `attach-file-${props.id}`;
  return (
    <form
      class="attach"
      onSubmit={(e) => {
        e.preventDefault();
        if (file === undefined) return setError(t('required'));
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', file);
        const xhr = new XMLHttpRequest();
        xhr.open('POST', `/api/v1/applications/${encodeURIComponent(props.id)}/attachments`);
        xhr.setRequestHeader(
          'Accept-Language',
          document.documentElement.lang === 'en' ? 'en' : 'ru',
        );
        const token = csrfToken();
        if (token !== undefined) xhr.setRequestHeader('X-CSRF-Token', token);
        xhr.upload.onprogress = (ev) => {
          if (ev.lengthComputable) setProgress(Math.round((ev.loaded / ev.total) * 100));
        };
        xhr.onload = () => {
          if (xhr.status >= 200 && xhr.status < 300) {
            setError(undefined);
            setProgress(undefined);
            return props.onDone();
          }
          let message = `HTTP ${xhr.status}`;
          try {
            const body = JSON.parse(xhr.responseText) as {
              error?: { message?: string; issues?: { message: string }[] };
            };
            message = [body.error?.message, ...(body.error?.issues ?? []).map((i) => i.message)]
              .filter((m) => m !== undefined)
              .join(' ');
          } catch {
            /* not JSON */
          }
          setProgress(undefined);
          setError(message);
        };
        xhr.onerror = () => (setProgress(undefined), setError(t('networkError')));
        setProgress(0);
        xhr.send(form);
      }}
    >
      <div class="field">
        <label for={`attach-kind-${props.id}`}>{t('attachmentKind')}</label>
        <select
          id={`attach-kind-${props.id}`}
          value={kind}
          onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value)}
        >
          {props.kinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </div>
      <div class={`field${error === undefined ? '' : ' invalid'}`}>
        <label for={inputId}>{t('attachmentFile')}</label>
        <input
          id={inputId}
          type="file"
          onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0])}
          aria-invalid={error === undefined ? undefined : 'true'}
          aria-describedby={error === undefined ? undefined : `${inputId}-error`}
        />
        {error === undefined ? null : (
          <p class="error" id={`${inputId}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      {progress === undefined ? null : (
        <progress max={100} value={progress} aria-label={t('uploading', { p: progress })} />
      )}
      <button type="submit">{t('attach')}</button>
    </form>
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
              setOfficeId((e.currentTarget as HTMLSelectElement).value),
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
            onChange={(e) => (
              setServiceId((e.currentTarget as HTMLSelectElement).value),
              setSlots(undefined)
            )}
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
            onChange={(e) =>
              setTopic((e.currentTarget as HTMLSelectElement).value as (typeof TOPICS)[number])
            }
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
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
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
            onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
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
                  const on = (e.currentTarget as HTMLInputElement).checked;
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

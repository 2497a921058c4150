// The account level and how to raise it (ACC-2, ACC-5, ACC-7): the documents to the registry
// check for the standard level; for the confirmed level the methods the API offers, each with
// what it needs; the check under way with the step it waits for; and the registry's request for
// clarification with its live 48-hour countdown and the answer.
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { api, failureOf, type Failure, type Json } from '../api';
import { formatTime, t, type MessageKey } from '../i18n';
import { Notice } from '../ui';
import { Clarification } from './clarification';
import { OpenCheck, Methods } from './identity-methods';
import { useLoad } from './section';

type Check = Json<'/v1/identity', 'get'>['checks'][number];
const FINISHED: readonly Check['state'][] = ['confirmed', 'cancelled'];

/** The level section of the account page. */
export function IdentitySection(): JSX.Element {
  const [identity, failure, reload] = useLoad(() => api.GET('/v1/identity'));
  const [answer, setAnswer] = useState<Failure>();
  const body = (): JSX.Element => {
    if (identity === undefined)
      return failure === undefined ? (
        <p>{t('loading')}</p>
      ) : (
        <Notice kind="error">{failure.error.message}</Notice>
      );
    const clar = identity.clarification;
    const open = identity.checks.find((c) => !FINISHED.includes(c.state));
    return (
      <>
        <p class="level">
          <strong>{t(`level_${identity.level}` as MessageKey)}</strong> ({identity.lifecycle})
        </p>
        {clar === undefined ? null : <Clarification clarification={clar} onDone={reload} />}
        <h3>{t('raiseLevel')}</h3>
        {identity.level === 'simplified' || identity.level === 'none' ? (
          <>
            <p>{t('raiseStandard')}</p>
            {identity.missingDocuments.length === 0 ? null : (
              <p>
                {t('missingDocs', {
                  list: identity.missingDocuments.map((alt) => alt.join(' / ')).join(', '),
                })}
              </p>
            )}
            {open !== undefined ? null : (
              <button
                type="button"
                onClick={async () => {
                  const r = await api.POST('/v1/identity/checks/documents');
                  setAnswer(r.data === undefined ? failureOf(r) : undefined);
                  reload();
                }}
              >
                {t('checkDocuments')}
              </button>
            )}
          </>
        ) : null}
        {identity.level === 'confirmed' ? <p>{t('levelTop')}</p> : null}
        {open === undefined || open.kind === 'documents' ? null : (
          <OpenCheck check={open} onDone={reload} />
        )}
        {open?.kind === 'documents' && clar === undefined ? (
          <Notice kind="info">{t(`checkState_${open.state}` as MessageKey)}</Notice>
        ) : null}
        {identity.level === 'standard' ? (
          <Methods methods={identity.methods} busy={open !== undefined} onDone={reload} />
        ) : null}
        {identity.checks.length === 0 ? null : (
          <>
            <h3 id="checks-title">{t('checksTitle')}</h3>
            <ul class="checks" aria-labelledby="checks-title">
              {identity.checks.map((c) => (
                <li key={c.checkId} data-kind={c.kind} data-state={c.state}>
                  {t(`idMethod_${c.kind}` as MessageKey)}:{' '}
                  {t(`checkState_${c.state}` as MessageKey)} ({formatTime(c.updatedAt)})
                </li>
              ))}
            </ul>
          </>
        )}
        {answer === undefined ? null : <Notice kind="error">{answer.error.message}</Notice>}
      </>
    );
  };
  return (
    <section class="card" aria-labelledby="level">
      <h2 id="level">{t('level')}</h2>
      {body()}
    </section>
  );
}

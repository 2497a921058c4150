// What the services pages share: data loaded from the API (a 401 signs the browser out) and a
// titled card that shows the API's failure instead of its content.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { failureOf, type Failure } from '../api';
import { t, useLang } from '../i18n';
import { setSignedIn } from '../session';
import { Notice, navigate } from '../ui';

/**
 * Loads `load` once, again on `reload()` and when the UI language changes (the API's texts, such
 * as an application's status, come in the request's language); a 401 signs the browser out and
 * opens the login page.
 */
export function useLoad<T>(
  load: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): [T | undefined, Failure | undefined, () => void] {
  const [data, setData] = useState<T>();
  const [failure, setFailure] = useState<Failure>();
  const [tick, setTick] = useState(0);
  const lang = useLang();
  useEffect(() => {
    void load().then(
      (r) => {
        if (r.data !== undefined) return (setData(r.data), setFailure(undefined));
        const f = failureOf(r);
        if (f.status === 401) {
          setSignedIn(false);
          navigate('/login');
        }
        setFailure(f);
      },
      () => setFailure({ status: 0, error: { code: 'network', message: t('networkError') } }),
    );
  }, [tick, lang]);
  return [data, failure, () => setTick((n) => n + 1)];
}

/** A section card with its heading; a failure (an unserved route says so) replaces the content. */
export function Card(props: {
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

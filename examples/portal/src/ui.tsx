// Small accessible building blocks: a labelled field whose error is tied to it
// (aria-invalid + aria-describedby) and announced, alerts, a countdown and links that route
// inside the page.
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatWait, t } from './i18n';

let counter = 0;
function useId(prefix: string): string {
  const ref = useRef<string>();
  ref.current ??= `${prefix}-${++counter}`;
  return ref.current;
}

/** Props of {@link Field}. */
export interface FieldProps {
  readonly label: string;
  readonly name: string;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** Runs the field's check when focus leaves it (DOC-11: the error shows at once). */
  readonly onBlur?: () => void;
  readonly error?: string | undefined;
  readonly hint?: string | undefined;
  readonly type?: string;
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  readonly required?: boolean;
}

/** A labelled input with its hint and error. */
export function Field(props: FieldProps): JSX.Element {
  const id = useId(props.name);
  const describedBy = [
    props.hint === undefined ? '' : `${id}-hint`,
    props.error === undefined ? '' : `${id}-error`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${props.error === undefined ? '' : ' invalid'}`}>
      <label for={id}>
        {props.label}
        {props.required === true ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.hint === undefined ? null : (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        required={props.required}
        aria-required={props.required === true ? 'true' : undefined}
        aria-invalid={props.error === undefined ? undefined : 'true'}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
      {props.error === undefined ? null : (
        <p class="error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** Props of {@link FileField}. */
export interface FileFieldProps {
  readonly id: string;
  readonly label: string;
  readonly onChange: (files: FileList | null) => void;
  readonly name?: string;
  readonly accept?: string;
  readonly multiple?: boolean;
  readonly error?: string | undefined;
  /** The error's element id: `<id>-error` unless given. */
  readonly errorId?: string;
  /** Shown below the input (an upload's progress). */
  readonly children?: ComponentChildren;
}

/** A labelled file input with its error tied to it, as {@link Field} does for text. */
export function FileField(props: FileFieldProps): JSX.Element {
  const errorId = props.errorId ?? `${props.id}-error`;
  return (
    <div class={`field${props.error === undefined ? '' : ' invalid'}`}>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type="file"
        multiple={props.multiple}
        accept={props.accept}
        aria-invalid={props.error === undefined ? undefined : 'true'}
        aria-describedby={props.error === undefined ? undefined : errorId}
        onChange={(e) => props.onChange(e.currentTarget.files)}
      />
      {props.error === undefined ? null : (
        <p class="error" id={errorId} role="alert">
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

/** A message box: `error` is announced at once (role=alert), `info` politely. */
export function Notice(props: {
  kind: 'error' | 'info' | 'success';
  children: ComponentChildren;
  id?: string;
}): JSX.Element {
  return (
    <div
      id={props.id}
      class={`notice ${props.kind}`}
      role={props.kind === 'error' ? 'alert' : 'status'}
    >
      {props.children}
    </div>
  );
}

/** Seconds left until `until` (epoch ms), ticking every second; "you can retry in …". */
export function Countdown(props: { until: number; onDone?: () => void }): JSX.Element | null {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [props.until]);
  const left = Math.ceil((props.until - now) / 1000);
  useEffect(() => {
    if (left <= 0) props.onDone?.();
  }, [left <= 0]);
  if (left <= 0) return null;
  return <span class="countdown">{t('retryIn', { time: formatWait(left) })}</span>;
}

const routeListeners = new Set<() => void>();
// The first page of a visit keeps the browser's focus order (the skip link first); after a
// navigation inside the page the new page's heading takes the focus.
let navigated = false;
/** Goes to `path` inside the page (history API; the server answers every page path with the portal). */
export function navigate(path: string): void {
  if (location.pathname + location.search !== path) history.pushState(null, '', path);
  navigated = true;
  for (const listener of routeListeners) listener();
}
addEventListener('popstate', () => {
  navigated = true;
  for (const listener of routeListeners) listener();
});

/** The current path; re-renders on navigation. */
export function useRoute(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const listener = (): void => setPath(location.pathname);
    routeListeners.add(listener);
    return () => void routeListeners.delete(listener);
  }, []);
  return path;
}

/** A link that routes inside the page. */
export function Link(props: {
  href: string;
  children: ComponentChildren;
  class?: string;
  current?: boolean;
}): JSX.Element {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props.current === true ? 'page' : undefined}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate(props.href);
      }}
    >
      {props.children}
    </a>
  );
}

/** A page heading that takes the focus when a navigation opens its page, so screen readers announce it. */
export function PageTitle(props: { children: ComponentChildren }): JSX.Element {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (navigated) ref.current?.focus();
    document.title = `${ref.current?.textContent ?? ''} — ${t('appName')}`;
  }, []);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {props.children}
    </h1>
  );
}

/** A table's column headings; the last one, over each row's buttons, is named for screen readers only. */
export function TableHead(props: { columns: readonly string[]; actions: string }): JSX.Element {
  return (
    <thead>
      <tr>
        {props.columns.map((column) => (
          <th scope="col" key={column}>
            {column}
          </th>
        ))}
        <th scope="col">
          <span class="visually-hidden">{props.actions}</span>
        </th>
      </tr>
    </thead>
  );
}

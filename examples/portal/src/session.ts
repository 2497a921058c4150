// Whether this browser has a session: remembered after a login, forgotten on logout or on the
// first 401. The session itself is the API's httpOnly cookie; this only decides what the menu shows.
import { useEffect, useState } from 'preact/hooks';
import { setCsrfToken } from './api';

const KEY = 'kabinet.signedIn';
const listeners = new Set<() => void>();

export function signedIn(): boolean {
  return localStorage.getItem(KEY) === '1';
}

export function setSignedIn(value: boolean, csrf?: string): void {
  if (value) localStorage.setItem(KEY, '1');
  else localStorage.removeItem(KEY);
  // The CSRF token outlives a lost session on purpose: while the browser still holds the API's
  // (now stale) cookies, even the next login must carry the matching X-CSRF-Token.
  if (csrf !== undefined) setCsrfToken(csrf);
  for (const l of listeners) l();
}

export function useSignedIn(): boolean {
  const [value, setValue] = useState(signedIn());
  useEffect(() => {
    const l = (): void => setValue(signedIn());
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return value;
}

// Russian by default, English on request: the UI's own words, by page area in ./messages/; the
// messages of issue codes come from the API (Accept-Language) or, for the checks run in the
// browser, from the same catalogues the API renders them with (@kabinet/validators/*/messages).
import { useEffect, useState } from 'preact/hooks';
import { renderIssue } from '@kabinet/core/messages';
import type { MessageCatalogue } from '@kabinet/core/messages';
import type { Issue } from '@kabinet/core/result';
import { commonMessages } from './messages/common-messages';
import { registerMessages } from './messages/register-messages';
import { loginMessages } from './messages/login-messages';
import { identityMessages } from './messages/identity-messages';
import { accountMessages } from './messages/account-messages';
import { paymentsMessages } from './messages/payments-messages';
import { applicationsMessages } from './messages/applications-messages';
import { servicesMessages } from './messages/services-messages';

export type Lang = 'ru' | 'en';

const ru = {
  ...commonMessages.ru,
  ...registerMessages.ru,
  ...loginMessages.ru,
  ...identityMessages.ru,
  ...accountMessages.ru,
  ...paymentsMessages.ru,
  ...applicationsMessages.ru,
  ...servicesMessages.ru,
};

export type MessageKey = keyof typeof ru;

const en: Record<MessageKey, string> = {
  ...commonMessages.en,
  ...registerMessages.en,
  ...loginMessages.en,
  ...identityMessages.en,
  ...accountMessages.en,
  ...paymentsMessages.en,
  ...applicationsMessages.en,
  ...servicesMessages.en,
};

const dictionaries: Record<Lang, Record<MessageKey, string>> = { ru, en };
const LANG_KEY = 'kabinet.lang';
let lang: Lang =
  typeof localStorage !== 'undefined' && localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'ru';
const listeners = new Set<() => void>();

/** The UI language. */
export function currentLang(): Lang {
  return lang;
}

/** Switches the UI language (remembered in this browser). */
export function setLang(next: Lang): void {
  lang = next;
  localStorage.setItem(LANG_KEY, next);
  document.documentElement.lang = next;
  for (const listener of listeners) listener();
}

/** Re-renders the calling component when the language changes; returns it. */
export function useLang(): Lang {
  const [, force] = useState(0);
  useEffect(() => {
    const listener = (): void => force((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return lang;
}

/** A UI string in the current language, `{name}` placeholders filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

/** The message of an issue found in the browser, from the catalogue the API renders it with. */
export function issueMessage(issue: Issue, catalogue: MessageCatalogue): string {
  return renderIssue(issue, lang, catalogue);
}

/** "4 min 10 s" / "4 мин 10 с". */
export function formatWait(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = Math.max(0, Math.round(seconds % 60));
  return lang === 'ru' ? `${m > 0 ? `${m} мин ` : ''}${s} с` : `${m > 0 ? `${m} min ` : ''}${s} s`;
}

/** A timestamp as DD.MM.YYYY HH:MM in the browser's zone. */
export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
}

// The portal's shell: skip link, header with the menu and the language switch, the page.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api } from './api';
import { setLang, t, useLang } from './i18n';
import { LoginPage } from './pages/login';
import { RegisterPage } from './pages/register';
import { setSignedIn, useSignedIn } from './session';
import { Link, PageTitle, navigate, useRoute } from './ui';

// The pages behind the login load on demand: the first visit (home, registration, login) does
// not download the account, payments and services code or the QR encoder.
const loadAccount = (): Promise<ComponentType> =>
  import('./pages/account').then((m) => m.AccountPage);
const loadPayments = (): Promise<ComponentType> =>
  import('./pages/payments').then((m) => m.PaymentsPage);
const loadServices = (): Promise<ComponentType> =>
  import('./pages/services').then((m) => m.ServicesPage);

function Lazy(props: { load: () => Promise<ComponentType> }): JSX.Element {
  const [Page, setPage] = useState<ComponentType>();
  useEffect(() => {
    let live = true;
    void props.load().then((c) => live && setPage(() => c));
    return () => void (live = false);
  }, [props.load]);
  return Page === undefined ? <p role="status">{t('loading')}</p> : <Page />;
}

function HomePage(): JSX.Element {
  return (
    <section>
      <PageTitle>{t('homeTitle')}</PageTitle>
      <p>{t('homeText')}</p>
      <p class="actions">
        <Link class="button" href="/register">
          {t('start')}
        </Link>{' '}
        <Link href="/login">{t('haveAccount')}</Link>
      </p>
    </section>
  );
}

function NeedLogin(): JSX.Element {
  return (
    <section>
      <PageTitle>{t('login')}</PageTitle>
      <p>
        {t('needLogin')} <Link href="/login">{t('login')}</Link>
      </p>
    </section>
  );
}

/** The whole portal. */
export function App(): JSX.Element {
  const lang = useLang();
  const path = useRoute();
  const signed = useSignedIn();
  const items: [string, string][] = signed
    ? [
        ['/', t('home')],
        ['/account', t('account')],
        ['/payments', t('payments')],
        ['/services', t('services')],
      ]
    : [
        ['/', t('home')],
        ['/register', t('register')],
        ['/login', t('login')],
      ];
  let page: JSX.Element;
  if (path === '/') page = <HomePage />;
  else if (path === '/register') page = <RegisterPage />;
  else if (path === '/login') page = <LoginPage />;
  else if (path === '/account') page = signed ? <Lazy load={loadAccount} /> : <NeedLogin />;
  else if (path === '/payments') page = signed ? <Lazy load={loadPayments} /> : <NeedLogin />;
  else if (path === '/services') page = signed ? <Lazy load={loadServices} /> : <NeedLogin />;
  else page = <PageTitle>{t('notFound')}</PageTitle>;
  return (
    <>
      <a class="skip" href="#main">
        {t('skip')}
      </a>
      <header>
        <p class="brand">{t('appName')}</p>
        <nav aria-label={t('nav')}>
          <ul>
            {items.map(([href, label]) => (
              <li key={href}>
                <Link href={href} current={path === href}>
                  {label}
                </Link>
              </li>
            ))}
            {signed ? (
              <li>
                <button
                  type="button"
                  class="link"
                  onClick={async () => {
                    await api.POST('/v1/sessions/logout').catch(() => undefined);
                    setSignedIn(false);
                    navigate('/login');
                  }}
                >
                  {t('logout')}
                </button>
              </li>
            ) : null}
          </ul>
        </nav>
        <button
          type="button"
          class="lang"
          lang={lang === 'ru' ? 'en' : 'ru'}
          aria-label={t('languageLabel')}
          onClick={() => setLang(lang === 'ru' ? 'en' : 'ru')}
        >
          {t('language')}
        </button>
      </header>
      <main id="main" key={`${path}:${lang}`}>
        {page}
      </main>
    </>
  );
}

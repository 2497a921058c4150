// The portal's shell: skip link, header with the menu and the language switch, the page.
import type { JSX } from 'preact';
import { api } from './api';
import { setLang, t, useLang } from './i18n';
import { AccountPage } from './pages/account';
import { LoginPage } from './pages/login';
import { PaymentsPage } from './pages/payments';
import { RegisterPage } from './pages/register';
import { ServicesPage } from './pages/services';
import { setSignedIn, useSignedIn } from './session';
import { Link, PageTitle, navigate, useRoute } from './ui';

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
  else if (path === '/account') page = signed ? <AccountPage /> : <NeedLogin />;
  else if (path === '/payments') page = signed ? <PaymentsPage /> : <NeedLogin />;
  else if (path === '/services') page = signed ? <ServicesPage /> : <NeedLogin />;
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
        <button type="button" class="lang" lang={lang === 'ru' ? 'en' : 'ru'} aria-label={t('languageLabel')} onClick={() => setLang(lang === 'ru' ? 'en' : 'ru')}>
          {t('language')}
        </button>
      </header>
      <main id="main" key={`${path}:${lang}`}>
        {page}
      </main>
    </>
  );
}

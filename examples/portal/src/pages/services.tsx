// The services after registration, as far as the server offers them (SVC-1…SVC-3, NOTE-2):
// appointments, support requests, «Мои заявки» with the catalogue, and the notification centre,
// each a section of its own (./services/, ./applications). A section whose routes the server
// does not serve says so.
import type { JSX } from 'preact';
import { t, useLang } from '../i18n';
import { PageTitle } from '../ui';
import { ApplicationsSection } from './applications';
import { AppointmentsSection } from './services/appointments-section';
import { NotificationsSection } from './services/notifications-section';
import { SupportSection } from './services/support-section';

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

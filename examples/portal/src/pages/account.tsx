// The account: level and how to raise it (with the 48-hour clarification clock), the address,
// contacts and their history, the second factor (authenticator enrolment with its QR code, backup
// codes), sessions (end one / end all others), the login log with "this wasn't me", the journal;
// each a section of its own in ./account/ (the level in ./identity).
import type { JSX } from 'preact';
import { t, useLang } from '../i18n';
import { PageTitle } from '../ui';
import { AddressSection } from './account/address-section';
import { ContactsSection } from './account/contacts-section';
import { JournalSection } from './account/journal-section';
import { LoginLogSection } from './account/login-log-section';
import { SecuritySection } from './account/security-section';
import { SessionsSection } from './account/sessions-section';
import { IdentitySection } from './identity';

/** The account page. */
export function AccountPage(): JSX.Element {
  useLang();
  return (
    <div>
      <PageTitle>{t('account')}</PageTitle>
      <IdentitySection />
      <AddressSection />
      <ContactsSection />
      <SecuritySection />
      <SessionsSection />
      <LoginLogSection />
      <JournalSection />
    </div>
  );
}

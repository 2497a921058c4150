import type { IssueParam, MessageTemplate } from '@kabinet/core';
import { formatWait, otherWays } from '../_lib/format-wait.js';
import type { ru } from './ru.js';

type Params = Readonly<Record<string, IssueParam>>;
const to = (p: Params): string =>
  p['channel'] === 'email'
    ? 'to this e-mail address'
    : p['channel'] === 'sms' || p['channel'] === undefined
      ? 'to this phone'
      : 'to this phone (e-mail address)';

/** English messages for the account issue codes and notices. */
export const en: { readonly [K in keyof typeof ru]: MessageTemplate } = {
  'account.not_found': 'Account not found',
  'account.not_usable': 'The account is not available: contact support',
  'account.policy.invalid': 'Invalid account setting: {field} ({rule})',
  'account.restricted': 'Access is temporarily restricted: answer the clarification request',
  'contact.unavailable': 'This contact cannot be used',
  'session.invalid_token': 'The session is not valid: log in again',
  'session.invalid': 'The session has ended: log in again',
  'session.level_changed': 'The account level changed: refresh the session',
  'session.not_found': 'Session not found',
  'session.reauth_required':
    'Enter your password again for this action (at most {minutes} min ago)',
  'auth.invalid_credentials': 'Wrong login or password',
  'auth.login_expired': 'The login took too long: log in again',
  'auth.code_wrong': 'Wrong code',
  'auth.code_expired': 'The code has expired: ask for a new one',
  'auth.code_blocked': (p: Params) =>
    `After a wrong code the next try is possible in ${formatWait(p['seconds'] ?? Number(p['minutes'] ?? 0) * 60, 'en')}`,
  'auth.code_exhausted': 'Too many wrong tries for this code: ask for a new one',
  'auth.method_unavailable': 'This confirmation method is not available',
  'auth.send_cooldown': (p: Params) =>
    `A code was just sent: you can ask for a new one in ${formatWait(p['seconds'], 'en')}${otherWays(p['alternatives'], 'en')}`,
  'auth.send_capped': (p: Params) =>
    `The daily limit of codes ${to(p)} is reached: try again in ${formatWait(p['seconds'], 'en')}${otherWays(p['alternatives'], 'en')}`,
  'auth.send_ip_capped': (p: Params) =>
    `Too many codes were requested from your address today: try again in ${formatWait(p['seconds'], 'en')}${otherWays(p['alternatives'], 'en')}`,
  'auth.retry_later': (p: Params) =>
    `Too many attempts: try again in ${formatWait(p['seconds'], 'en')}`,
  'auth.unlock_unavailable': 'Self-service unlock is not available: contact support',
  'auth.recovery_invalid': 'The access recovery link is invalid or has expired',
  'auth.wrong_password': 'Wrong current password',
  'auth.totp_not_enrolled': 'No authenticator app is set up',
  'password.reused': 'This password was used before: choose a new one',
  'document.kind_unknown': 'Unknown kind of document',
  'document.duplicate': 'This document is already added',
  'document.unavailable': 'This document cannot be used: contact support',
  'document.not_found': 'Document not found',
  'file.infected': 'The file failed the antivirus check',
  'personal.citizenship_format':
    'Give the country of citizenship as three Latin letters (ISO 3166), e.g. UZB',
  'personal.citizenship_russian': 'Russian citizens register with another form',
  'registration.draft_not_found':
    'The registration draft was not found or has expired: start again',
  'registration.step_missing': 'A registration step is missing: {step}',
  'registration.terms_version': 'Accept the current terms ({version})',
  'registration.already_created': 'The account is already created',
  'registration.contact_not_set': 'Give this contact first',
  'registration.contact_confirmed': 'The contact is already confirmed',
  'contact.no_pending_change': 'No change of this contact is waiting',
  'contact.unchanged': 'The new value is the current one',
  'contact.unknown_version': 'No such version in the contact history',
  'contact.version_erased': 'The data of this version was erased and cannot be restored',
  'identity.check_not_found': 'Check not found',
  'identity.documents_missing': 'Documents missing: {kinds}',
  'identity.level_required': 'The "{level}" level is needed first',
  'identity.method_unavailable': 'This identity confirmation method is not available',
  'identity.check_open': 'A check is already in progress',
  'identity.wrong_code': 'Wrong code',
  'identity.code_expired': 'The code has expired',
  'identity.not_applicable': 'This action does not apply to this confirmation method',
  'identity.already_confirmed': 'The level is already confirmed',
  'ip.invalid': 'Invalid IP address',
  'notice.already_registered':
    '{service}: an account is already registered with this contact. If this was not you, do nothing; to get in, log in or restore access.',
  'notice.login_alert':
    '{service}: someone logged in to your account after {failures} failed attempts. If it was not you, change your password and end other sessions.',
  'notice.account_locked':
    '{service}: your account was locked after repeated input errors. Contact support to unlock it.',
  'notice.account_locked_temporarily':
    '{service}: after several wrong passwords, logins to your account are paused until {until}. If it was not you, your password is safe; you can lift the pause at once with a code sent to your phone or e-mail ("Unlock" on the login page).',
  'notice.account_capped':
    '{service}: too many wrong passwords — logins from new addresses are stopped until you unlock the account with a code sent to your phone or e-mail ("Unlock" on the login page), or support does. If it was not you, change your password once you are in.',
  'notice.contact_changed':
    '{service}: the {channel} of your account was changed to {masked}. If this was not you, contact support.',
  'notice.password_changed':
    '{service}: your password was changed. If this was not you, contact support.',
  'notice.second_factor_changed': '{service}: your two-factor settings were changed.',
  'notice.identity_confirmed':
    '{service}: your data is confirmed (Подтверждён). Account level: {level}.',
  'notice.clarification_requested':
    '{service}: please clarify your data ({defects}). Answer by {deadline}, or access will be temporarily restricted.',
  'notice.activation_link':
    '{service}: to finish confirming your identity, follow the link or enter the code {token}',
  'notice.account_unblocked': '{service}: support unlocked your account.',
  'notice.access_restored':
    '{service}: support is restoring access to your account. Recovery code: {token}. Do not share it.',
};

import type { ru } from './ru.js';

// English messages of @kabinet/lockout: the same codes as ru.ts (a missing one is a type error).
export const en: { readonly [K in keyof typeof ru]: string } = {
  'lockout.policy.invalid': 'Invalid limit setting: {field} ({rule})',
  'lockout.invalid_credentials': 'Wrong login or password',
  'lockout.retry_later': 'Too many attempts. Try again in {seconds} s',
  'lockout.code_blocked': 'Wrong code. The next attempt is possible in {minutes} min',
  'lockout.code_capped': 'Too many code attempts today. Try again tomorrow',
  'lockout.send_cooldown': 'You can request a new code in {seconds} s',
  'lockout.send_capped': 'The daily limit of codes is reached. Try again tomorrow',
  'lockout.lookup_deferred':
    'The daily limit of registry requests is reached: the check continues tomorrow',
  'lockout.account_locked_notice':
    'The account was locked after several wrong attempts. Please contact support',
};

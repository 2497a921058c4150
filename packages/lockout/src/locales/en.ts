import type { ru } from './ru.js';

// English messages of @kabinet/lockout: the same codes as ru.ts (a missing one is a type error).
export const en: { readonly [K in keyof typeof ru]: string } = {
  'lockout.policy.invalid': 'Invalid limit setting: {field} ({rule})',
};

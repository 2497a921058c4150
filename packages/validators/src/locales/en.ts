import type { ru } from './ru.js';

// English messages of @kabinet/validators: one module per area, merged here.
export const en: { readonly [K in keyof typeof ru]: string | ((p: Readonly<Record<string, string | number | boolean>>) => string) } = {
};

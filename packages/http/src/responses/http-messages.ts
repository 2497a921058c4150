import { defineCatalogue } from '@kabinet/core';
import { en } from '../locales/en.js';
import { ru } from '../locales/ru.js';

/**
 * Russian and English messages for the HTTP layer's own codes (`http.validation_failed`,
 * `body.too_large`, …). Merge it with the domain catalogue.
 *
 * @example
 * ```ts
 * const catalogue = mergeCatalogues(kabinetMessages, httpMessages);
 * ```
 */
export const httpMessages = defineCatalogue({ ru, en });

/**
 * Issue-code catalogues with Russian and English messages, and {@link renderIssue}.
 *
 * @module @kabinet/core/messages
 */
export {
  defineCatalogue,
  mergeCatalogues,
  findCatalogueGaps,
  LOCALES,
  type Locale,
  type LocaleMessages,
  type MessageCatalogue,
  type MessageTemplate,
} from './catalogue.js';
export { coreMessages, type CoreIssueCode, type InputIssueCode } from './core-messages.js';
export { renderIssue } from './render-issue.js';

/**
 * The validators' message catalogue (ru/en).
 *
 * @module @kabinet/validators/messages
 */
export { validatorMessages, type ValidatorIssueCode } from './validator-messages.js';

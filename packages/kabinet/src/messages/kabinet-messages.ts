import { coreMessages, mergeCatalogues, type MessageCatalogue } from '@kabinet/core';
import { accountMessages } from '@kabinet/account';
import { auditMessages } from '@kabinet/audit';
import { lockoutMessages } from '@kabinet/lockout';
import { otpMessages } from '@kabinet/otp';
import { paymentMessages } from '@kabinet/payments';
import { applicationMessages } from '@kabinet/services/applications';
import { appointmentMessages } from '@kabinet/services/appointments';
import { notificationMessages } from '@kabinet/services/notifications';
import { supportRequestMessages } from '@kabinet/services/support';
import { validatorMessages } from '@kabinet/validators';

/**
 * The merged message catalogue of every Kabinet package (core, validators, otp, lockout,
 * audit, account, payments), in Russian and English: what an HTTP layer renders issues with.
 *
 * @example
 * ```ts
 * import { renderIssue } from '@kabinet/core';
 * renderIssue({ code: 'snils.checksum', path: ['snils'], params: { expected: '95', actual: '96' } }, 'ru', kabinetMessages);
 * ```
 */
export const kabinetMessages: MessageCatalogue = mergeCatalogues(
  coreMessages,
  validatorMessages,
  otpMessages,
  lockoutMessages,
  auditMessages,
  accountMessages,
  paymentMessages,
  applicationMessages,
  appointmentMessages,
  notificationMessages,
  supportRequestMessages,
);

import type { JSX } from 'preact';
import encodeQR from 'qr';
import { t } from '../../i18n';

/** What a payment waits for: the bank-app check (PAY-2), or the GOST R 56042 QR to scan. */
export interface PendingAction {
  paymentId: string;
  attemptId: string;
  text: string;
  qr?: string;
}

/** The card of the pending action: the QR code, or the button that approves in the bank app. */
export function PaymentAction(props: {
  action: PendingAction;
  onApprove: () => Promise<void>;
}): JSX.Element {
  const action = props.action;
  return (
    <section class="card" aria-labelledby="action-title">
      <h2 id="action-title">{t('confirm')}</h2>
      <p>{action.text}</p>
      {action.qr === undefined ? null : (
        <img
          class="qr"
          width={220}
          height={220}
          alt={t('gostQr')}
          src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(encodeQR(action.qr, 'svg'))}`}
        />
      )}
      {action.qr !== undefined ? null : (
        <button type="button" onClick={props.onApprove}>
          {t('approveInBank')}
        </button>
      )}
    </section>
  );
}

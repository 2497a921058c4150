// What a provider's payment form hands back for an instrument: a reusable token, a stable
// fingerprint of the instrument and a masked label (never the number itself).
import { createHash } from 'node:crypto';
import { maskPhone } from '@kabinet/core';
import type { CardNetwork } from '@kabinet/ports';
import type { SimulatedProvider, SimulatedToken } from '../simulated-provider.js';

export type SimInstrument = Parameters<SimulatedProvider['tokenize']>[0];

const NETWORK_NAMES: Readonly<Record<CardNetwork, string>> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  mir: 'Мир',
};

function detectNetwork(number: string): CardNetwork {
  if (/^220[0-4]/.test(number)) return 'mir';
  if (number.startsWith('62')) return 'unionpay';
  if (/^(5[1-5]|2[2-7])/.test(number)) return 'mastercard';
  return 'visa';
}

export function tokenizeInstrument(instrument: SimInstrument): SimulatedToken {
  const source =
    instrument.kind === 'card'
      ? instrument.number
      : instrument.kind === 'wallet'
        ? instrument.wallet
        : instrument.kind === 'sbp'
          ? instrument.phone
          : instrument.account;
  const compact = source.replace(/[\s-]/g, '');
  const fingerprint = `fp_${createHash('sha256').update(`${instrument.kind}:${compact}`).digest('hex').slice(0, 24)}`;
  const token = `tok_${fingerprint.slice(3, 19)}`;
  const last4 = compact.slice(-4);
  switch (instrument.kind) {
    case 'card': {
      const network = instrument.network ?? detectNetwork(compact);
      const label = `${NETWORK_NAMES[network]} •••• ${last4}`;
      return { token, fingerprint, label, kind: 'card', network };
    }
    case 'wallet':
      return { token, fingerprint, label: `Кошелёк •••• ${last4}`, kind: 'wallet' };
    case 'sbp':
      return { token, fingerprint, label: `СБП ${maskPhone(compact)}`, kind: 'sbp' };
    case 'direct_debit':
      return { token, fingerprint, label: `Счёт •••• ${last4}`, kind: 'direct_debit' };
  }
}

import type { JSX } from 'preact';
import { t } from '../../i18n';

/** A rough live hint while typing; the server's check (with the common-password list) decides. */
export function StrengthMeter(props: { password: string }): JSX.Element | null {
  const p = props.password;
  if (p === '') return null;
  const classes = [
    /[a-zа-яё]/.test(p),
    /[A-ZА-ЯЁ]/.test(p),
    /\d/.test(p),
    /[^\p{L}\d]/u.test(p),
  ].filter(Boolean).length;
  const score = p.length < 8 ? 0 : classes < 4 ? 1 : p.length < 12 ? 2 : 3;
  const label = (['strength_weak', 'strength_fair', 'strength_good', 'strength_strong'] as const)[
    score
  ];
  return (
    <p class={`strength s${score}`} aria-live="polite">
      <meter min={0} max={3} value={score} aria-label={t('strength', { s: t(label) })} />{' '}
      {t('strength', { s: t(label) })}
    </p>
  );
}

import type { JSX } from 'preact';
import { t } from '../../i18n';
import type { Slot } from './free-slots';

/**
 * The free slots found, as radio buttons named `name` (`value` is the chosen one) with the
 * `submitLabel` button; "no free slots" when the search found none, nothing before a search.
 */
export function SlotForm(props: {
  slots: readonly Slot[] | undefined;
  name: string;
  value: string;
  onChange: (slot: string) => void;
  submitLabel: string;
  onSubmit: () => Promise<void>;
}): JSX.Element | null {
  if (props.slots === undefined) return null;
  if (props.slots.length === 0) return <p>{t('noSlots')}</p>;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        await props.onSubmit();
      }}
    >
      <fieldset>
        <legend>{t('slots')}</legend>
        {props.slots.map((s) => (
          <label class="choice" key={s.slot}>
            <input
              type="radio"
              name={props.name}
              value={s.slot}
              checked={props.value === s.slot}
              onChange={() => props.onChange(s.slot)}
            />{' '}
            {s.display}
          </label>
        ))}
      </fieldset>
      <button type="submit">{props.submitLabel}</button>
    </form>
  );
}

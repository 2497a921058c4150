import type { JSX } from 'preact';
import { t } from '../../i18n';
import type { Slot } from './free-slots';

/** The free slots as radio buttons named `name`; `value` is the chosen slot. */
export function SlotChoice(props: {
  slots: readonly Slot[];
  name: string;
  value: string;
  onChange: (slot: string) => void;
}): JSX.Element {
  return (
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
  );
}

import type { ru } from './ru.js';

/** English messages for the generic issue codes. */
export const en: { readonly [K in keyof typeof ru]: string } = {
  'input.required': 'This field is required',
  'input.wrong_format': 'Wrong format',
  'input.not_enough_data': 'Not enough data',
  'input.not_a_string': 'The value must be a string: a number loses leading zeros',
  'input.too_long': 'Too long: at most {max} characters',
  'input.unknown': 'Unknown field',
  'state.transition_not_allowed': 'Action "{event}" is not allowed in state "{from}"',
};

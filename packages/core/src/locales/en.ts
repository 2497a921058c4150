import type { ru } from './ru.js';

/** English messages for the generic issue codes. */
export const en: { readonly [K in keyof typeof ru]: string } = {
  'input.required': 'This field is required',
  'input.wrong_format': 'Wrong format',
  'input.not_enough_data': 'Not enough data',
  'input.not_a_string': 'The value must be a string: a number loses leading zeros',
  'input.too_long': 'Too long: at most {max} characters',
  'input.unknown': 'Unknown field',
  'input.wrong_type': 'Wrong type of value: expected {expected}',
  'input.not_an_integer': 'Must be a whole number',
  'input.not_safe_integer': 'The number is out of range: at most {max} either way',
  'input.too_short': 'Too short: at least {min} characters',
  'input.too_large': 'Too large: at most {max}',
  'input.too_small': 'Too small: at least {min}',
  'input.not_greater_than': 'Must be greater than {min}',
  'input.not_less_than': 'Must be less than {max}',
  'input.too_many': 'Too many items: at most {max}',
  'input.too_few': 'Too few items: at least {min}',
  'input.not_one_of': 'Not an allowed value: one of {allowed}',
  'state.transition_not_allowed': 'Action "{event}" is not allowed in state "{from}"',
};

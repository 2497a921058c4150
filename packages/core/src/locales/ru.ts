/** Russian messages for the generic issue codes. */
export const ru = {
  'input.required': 'Поле обязательное',
  'input.wrong_format': 'Неверный формат',
  'input.not_enough_data': 'Недостаточно данных',
  'input.not_a_string': 'Значение должно быть строкой: число теряет ведущие нули',
  'input.too_long': 'Слишком длинное значение: не более {max} символов',
  'input.unknown': 'Неизвестное поле',
  'state.transition_not_allowed': 'Действие «{event}» недоступно в состоянии «{from}»',
} as const;

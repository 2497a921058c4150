// Russian messages of the Russian passport area.
export const passportRu = {
  'passport.format':
    'Неверный формат номера паспорта: допускаются только цифры, образец {expected}',
  'passport.length': 'Неверный формат номера паспорта: нужно {expected} цифр, введено {length}',
  'passport.all_zero': 'Неверный номер паспорта: одни нули',
  'passport.region': 'Проверьте серию паспорта: кода региона {region} не существует',
  'passport.number_range': 'Проверьте номер паспорта: номер {number} вне обычного диапазона',
} as const;

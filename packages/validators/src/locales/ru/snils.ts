// Russian messages of the SNILS area.
export const snilsRu = {
  'snils.format': 'Неверный формат СНИЛС: допускаются только цифры',
  'snils.length': 'Неверный формат СНИЛС: нужно {expected} цифр, введено {length}',
  'snils.all_zero': 'Неверный СНИЛС: номер из одних нулей',
  'snils.checksum': 'Неверное контрольное число СНИЛС: ожидалось {expected}, введено {actual}',
  'snils.repeated_digits': 'Проверьте СНИЛС: цифра {digit} повторяется три раза подряд',
} as const;

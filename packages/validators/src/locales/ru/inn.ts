// Russian messages of the INN area.
export const innRu = {
  'inn.format': 'Неверный формат ИНН: допускаются только цифры',
  'inn.length': 'Неверный формат ИНН: нужно 10 или 12 цифр, введено {length}',
  'inn.kind': 'Неверный формат ИНН: нужно {expected} цифр, введено {length}',
  'inn.all_zero': 'Неверный ИНН: номер из одних нулей',
  'inn.checksum': 'Неверный ИНН: контрольная цифра в позиции {position} должна быть {expected}',
  'inn.region': 'Проверьте ИНН: код региона {region} не существует',
} as const;

// Russian messages of the address area (DOC-10; DOC-11: the reason, the path names the field).
export const addressRu = {
  'postal_index.wrong_format': 'Неверный формат почтового индекса: нужно 6 цифр',
  'postal_index.unknown_region':
    'Неверный почтовый индекс: индексы в России не начинаются с {prefix}',
  'address.invalid_character': 'Недопустимый символ «{char}» в адресе',
  'address.region_wrong_format': 'Неверный формат региона: нужны буквы',
  'address.city_wrong_format': 'Неверный формат населённого пункта: нужны буквы',
  'address.street_wrong_format': 'Неверный формат улицы: нужны буквы',
  'address.free_form_wrong_format': 'Неверный формат адреса: нужны буквы',
  'address.house_wrong_format': 'Неверный формат номера дома: например, 12, 12а или 12/3',
  'address.building_wrong_format': 'Неверный формат корпуса или строения: например, 2 или 2а',
  'address.apartment_wrong_format': 'Неверный формат номера квартиры: например, 45 или 45а',
  'address.index_region_mismatch': 'Проверьте почтовый индекс: он не похож на индекс города {city}',
} as const;

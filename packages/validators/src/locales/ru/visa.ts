// Russian messages of the visa area.
export const visaRu = {
  'visa.characters': 'Неверный формат номера визы: допускаются только цифры и латинские буквы',
  'visa.length': 'Неверный формат номера визы: от 4 до 20 знаков, введено {length}',
  'visa.pattern': 'Проверьте номер визы: обычно от 6 до 12 знаков',
  'visa.category': 'Неизвестная категория визы',
  'visa.not_yet_valid': 'Виза начинает действовать только с {validFrom}',
} as const;

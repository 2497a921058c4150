// Russian messages of the foreign passport area.
export const foreignPassportRu = {
  'foreign_passport.characters':
    'Неверный формат номера паспорта: допускаются только латинские буквы и цифры',
  'foreign_passport.length':
    'Неверный формат номера паспорта: от {min} до {max} знаков, введено {length}',
  'foreign_passport.country': 'Неверный код страны, выдавшей паспорт',
  'foreign_passport.pattern':
    'Проверьте номер паспорта: для страны {country} обычно так: {example}',
  'foreign_passport.lookalike':
    'Русские буквы в номере паспорта заменены похожими латинскими — проверьте номер',
} as const;

// Russian messages of the migration card area.
export const migrationCardRu = {
  'migration_card.characters':
    'Неверный формат серии и номера миграционной карты: допускаются только цифры и латинские буквы',
  'migration_card.length':
    'Неверный формат серии и номера миграционной карты: от {min} до {max} знаков, введено {length}',
  'migration_card.pattern':
    'Проверьте серию и номер миграционной карты: обычно 4 цифры серии и 6–7 цифр номера',
} as const;

// Russian messages of the residence permit area.
export const residencePermitRu = {
  'residence_permit.format':
    'Неверный формат серии и номера вида на жительство: только цифры, образец {expected}',
  'residence_permit.length':
    'Неверный формат серии и номера вида на жительство: нужно {expected} цифр, введено {length}',
  'residence_permit.series': 'Проверьте серию вида на жительство: обычно 82, указано {series}',
  'temporary_residence_permit.decision_number':
    'Неверный номер решения о разрешении на временное проживание',
} as const;

import type { IssueParam } from '@kabinet/core/result';

// Russian messages of the MRZ area.
type Params = Readonly<Record<string, IssueParam>>;

const FIELD: Readonly<Record<string, string>> = {
  documentNumber: 'номер документа',
  birthDate: 'дата рождения',
  expiryDate: 'срок действия',
  personalNumber: 'личный номер',
  composite: 'итоговая контрольная цифра',
  issuingState: 'государство выдачи',
  nationality: 'гражданство',
  surname: 'фамилия',
  givenNames: 'имя',
  sex: 'пол',
};
const field = (p: Params): string => FIELD[String(p['field'])] ?? String(p['field']);

export const mrzRu = {
  'mrz.characters':
    'Неверный формат машиночитаемой зоны: недопустимый символ «{character}» в строке {line}, позиция {column}',
  'mrz.lines': 'Неверный формат машиночитаемой зоны: строк {lines}, длины {lengths}',
  'mrz.document_code': 'Неверный код документа «{code}» для формата {format}',
  'mrz.state': (p: Params) => `Неверный формат машиночитаемой зоны: поле «${field(p)}»`,
  'mrz.name': 'Неверный формат машиночитаемой зоны: поле «фамилия и имя»',
  'mrz.document_number': 'В машиночитаемой зоне нет номера документа',
  'mrz.date': (p: Params) => `Неверная дата в машиночитаемой зоне: поле «${field(p)}»`,
  'mrz.sex': 'Неверный формат машиночитаемой зоны: поле «пол»',
  'mrz.check_digit': (p: Params) =>
    `Неверная контрольная цифра в машиночитаемой зоне (${field(p)}): ожидалась ${String(p['expected'])}, указана ${String(p['actual'])}`,
  'mrz.russian_layout': 'Проверьте машиночитаемую зону: необычное расположение данных паспорта РФ',
  'mrz.single_name':
    'Проверьте машиночитаемую зону: указано одно имя без фамилии; введите его в поле «фамилия»',
  'mrz.check_digit_filler':
    'Проверьте машиночитаемую зону: контрольная цифра номера документа рассчитана с учётом знака-заполнителя (как на ID-картах Бельгии)',
  'mrz.mismatch': (p: Params) => `Поле «${field(p)}» не совпадает с машиночитаемой зоной документа`,
  'mrz.name_transliteration': (p: Params) =>
    `Проверьте поле «${field(p)}»: его не удалось сверить с машиночитаемой зоной`,
} as const;

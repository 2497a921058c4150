import { yearsRu } from '../../_lib/plural-ru.js';

type Params = Readonly<Record<string, string | number | boolean>>;

// Russian messages of the date area (DOC-9; DOC-11: the reason, the path names the field).
export const dateRu = {
  'date.wrong_format': 'Неверный формат даты: введите в виде {expected}',
  'date.invalid_day': 'Неверная дата: в этом месяце нет такого дня',
  'date.invalid_month': 'Неверная дата: месяц должен быть от 01 до 12',
  'date.invalid_year': 'Неверная дата: год должен быть от 0001 до 9999',
  'date.before_min': 'Дата не может быть раньше {min}',
  'date.after_max': 'Дата не может быть позже {max}',
  'date.in_future': 'Дата рождения не может быть в будущем',
  'date.too_young': (p: Params) => `Минимальный возраст — ${yearsRu(p['minAge'])}`,
  'date.too_old': (p: Params) =>
    `Проверьте дату рождения: максимальный возраст — ${yearsRu(p['maxAge'])}`,
} as const;

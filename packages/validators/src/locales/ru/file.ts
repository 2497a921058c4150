// Russian messages of the file area (FILE-1…FILE-4; DOC-11: the reason, the path names the field).
export const fileRu = {
  'file.empty': 'Файл пустой',
  'file.too_large': 'Файл слишком большой: не больше {maxMb} МБ',
  'file.unknown_type': 'Неизвестный формат файла: допускаются {allowed}',
  'file.type_not_allowed': 'Недопустимый формат файла ({detected}): допускаются {allowed}',
  'file.truncated': 'Файл {type} повреждён или загружен не полностью: загрузите его ещё раз',
  'file.corrupt': 'Файл {type} повреждён и не читается',
  'file.trailing_data':
    'В файле {type} после конца изображения есть посторонние данные: сохраните изображение заново и загрузите его',
  'file.dpi_unknown': 'В скане не указано разрешение: нужен скан не ниже {min} dpi',
  'file.dpi_too_low': 'Разрешение скана {dpi} dpi: нужно не ниже {min} dpi',
  'file.resolution_too_low':
    'Слишком маленькое изображение ({width}×{height} пикселей): отсканируйте с разрешением не ниже 300 dpi',
  'file.infected': 'Файл не прошёл антивирусную проверку',
  'file.scan_failed': 'Не удалось проверить файл антивирусом: попробуйте загрузить его позже',
  'file.name_mismatch': 'Расширение имени файла не совпадает с его содержимым ({detected})',
} as const;

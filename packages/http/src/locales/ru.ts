/** Russian messages for the HTTP transport codes. */
export const ru = {
  'validation_failed': 'Проверьте данные: в форме есть ошибки',
  'not_found': 'Ресурс не найден',
  'method_not_allowed': 'Метод не поддерживается',
  'unauthorized': 'Требуется вход в систему',
  'forbidden': 'Недостаточно прав',
  'conflict': 'Данные изменились, повторите действие',
  'too_many_requests': 'Слишком много попыток, повторите позже',
  'internal_error': 'Внутренняя ошибка, повторите позже',
  'csrf_failed': 'Запрос отклонён: нет защитного токена',
  'body.too_large': 'Слишком большой запрос: не более {max} байт',
  'body.malformed_json': 'Тело запроса не является корректным JSON',
  'body.too_deep': 'Слишком глубокая вложенность данных: не более {max}',
  'body.aborted': 'Запрос прерван до конца передачи данных',
  'body.unsupported_media_type': 'Неподдерживаемый тип содержимого: ожидается {expected}',
  'upload.missing_file': 'Файл не приложен',
  'upload.malformed_multipart': 'Повреждённая форма загрузки',
} as const;

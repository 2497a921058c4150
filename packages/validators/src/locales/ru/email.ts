// Russian messages of the e-mail area (CONTACT-2; DOC-11: the reason, the path names the field).
export const emailRu = {
  'email.spaces': 'Неверный формат электронной почты: адрес не может содержать пробелы',
  'email.missing_at': 'Неверный формат электронной почты: нет знака «@»',
  'email.local_part_invalid':
    'Неверный формат электронной почты: недопустимые символы или точки до «@»',
  'email.local_part_too_long': 'Неверный формат электронной почты: до «@» не больше {max} символов',
  'email.local_part_not_ascii':
    'Неверный формат электронной почты: до «@» допускаются только латинские буквы, цифры и знаки',
  'email.domain_invalid': 'Неверный формат электронной почты: неверное имя домена после «@»',
  'email.domain_single_label':
    'Неверный формат электронной почты: в домене нет зоны (например, .ru)',
  'email.too_long': 'Неверный формат электронной почты: адрес длиннее {max} символов',
  'email.undeliverable': 'Домен {domain} не принимает почту: проверьте адрес',
  'email.deliverability_unknown': 'Не удалось проверить, принимает ли домен почту',
} as const;

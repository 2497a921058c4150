// Russian messages of the password area (S-1, OTP-4; DOC-11: the reason, the path names the field).
export const passwordRu = {
  'password.too_short': 'Пароль слишком короткий: нужно не меньше {min} символов',
  'password.too_long': 'Пароль слишком длинный: не больше {max} символов',
  'password.invalid_character': 'Пароль содержит невидимые или управляющие символы',
  'password.missing_upper': 'В пароле нужна хотя бы одна заглавная буква',
  'password.missing_lower': 'В пароле нужна хотя бы одна строчная буква',
  'password.missing_digit': 'В пароле нужна хотя бы одна цифра',
  'password.missing_special':
    'В пароле нужен хотя бы один специальный символ (например, ! # % или пробел)',
  'password.common': 'Этот пароль слишком распространён и легко угадывается: придумайте другой',
  'password.repetitive': 'Пароль из повторяющихся или идущих подряд символов легко угадать',
  'password.contains_personal_data':
    'Пароль не должен содержать ваши личные данные (имя, почту, телефон, номера документов)',
  'password.length_recommended': 'Рекомендуем пароль длиной {recommended} символов и больше',
} as const;

/** The two people of the walkthrough. */
export const people = {
  /** A foreign citizen from Uzbekistan, in Russia on a migration card. */
  aziz: {
    userType: 'foreign_citizen',
    phone: '+998 90 123-45-67',
    email: 'aziz.karimov@example.uz',
    password: 'Samarqand-Registan-2026',
    personal: {
      surname: 'Каримов',
      givenNames: 'Азиз',
      latinSurname: 'KARIMOV',
      latinGivenNames: 'AZIZ',
      birthDate: '17.05.1990',
      citizenship: 'UZB',
      sex: 'male',
    },
    documents: [
      {
        kind: 'foreign_passport',
        number: 'FA 1234567',
        country: 'UZB',
        issueDate: '10.01.2020',
        expiryDate: '09.01.2030',
      },
      {
        kind: 'migration_card',
        number: '4012 3057841',
        entryDate: '15.02.2026',
        stayUntil: '14.05.2026',
      },
    ],
  },
  /** A citizen of Tajikistan with a Russian residence permit (ВНЖ) and SNILS. */
  dilnoza: {
    userType: 'residence_permit_holder',
    phone: '+7 916 555-12-34',
    email: 'dilnoza.ismailova@example.ru',
    password: 'Pamir-Dushanbe-Moskva-88',
    personal: {
      surname: 'Исмаилова',
      givenNames: 'Дильноза',
      latinSurname: 'ISMAILOVA',
      latinGivenNames: 'DILNOZA',
      birthDate: '03.11.1988',
      citizenship: 'TJK',
      sex: 'female',
      address: {
        postalIndex: '101000',
        city: 'г. Москва',
        street: 'ул. Мясницкая',
        house: 'д. 7',
        apartment: 'кв. 12',
      },
    },
    passport: {
      kind: 'foreign_passport',
      number: '400123456',
      country: 'TJK',
      issueDate: '01.06.2019',
      expiryDate: '31.05.2029',
    },
    permit: { kind: 'residence_permit', series: '82', number: '1234567', issueDate: '15.03.2021' },
    snils: { kind: 'snils', number: '112-233-445 95' },
  },
} as const;

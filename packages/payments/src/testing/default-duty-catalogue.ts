import type { DutyCatalogueEntry } from '@kabinet/ports';

/**
 * A small catalogue of state duties foreign citizens pay, for tests and demos. The amounts are
 * **examples** (the domain sources give none): check article 333.28 of the Tax Code and the
 * region's patent rate before charging anyone. Payee details are left out (add them to pay by
 * a GOST QR code).
 *
 * @example
 * ```ts
 * const charges = createSimulatedChargeSource({ clock, catalogue: defaultDutyCatalogue });
 * const rvp = defaultDutyCatalogue.find((d) => d.code === 'temporary_residence');
 * ```
 */
export const defaultDutyCatalogue: readonly DutyCatalogueEntry[] = Object.freeze([
  {
    code: 'work_patent',
    serviceType: 'work_patent',
    name: 'Оформление патента на работу',
    amountKopecks: 350_000,
  },
  {
    code: 'work_permit',
    serviceType: 'work_permit',
    name: 'Госпошлина за разрешение на работу',
    amountKopecks: 350_000,
  },
  {
    code: 'temporary_residence',
    serviceType: 'temporary_residence',
    name: 'Госпошлина за разрешение на временное проживание (РВП)',
    amountKopecks: 600_000,
  },
  {
    code: 'residence_permit',
    serviceType: 'residence_permit',
    name: 'Госпошлина за вид на жительство (ВНЖ)',
    amountKopecks: 1_500_000,
  },
  {
    code: 'migration_registration',
    serviceType: 'migration_registration',
    name: 'Регистрация по месту пребывания',
    amountKopecks: 200_000,
  },
]);

/**
 * Checks at compile time that a list of string literals holds every member of the union `T` and
 * nothing else, so a value list the routes' enums are built from follows the port's type it
 * restates (`@kabinet/ports`' `AccountLevel`, …): a member added to the type and missing here, or
 * a misspelt one here, does not compile.
 *
 * @example
 * ```ts
 * const LEVELS = everyMember<AccountLevel>()(['none', 'simplified', 'standard', 'confirmed']);
 * ```
 */
export function everyMember<T extends string>() {
  return <const L extends readonly [T, ...T[]]>(
    list: L & ([T] extends [L[number]] ? unknown : never),
  ): L => list;
}

/**
 * Checks at compile time that a list of string literals holds every member of the union `T` and
 * nothing else, for a union whose package exports no list (`@kabinet/services`' form field
 * kinds; the account and payment unions have theirs in `@kabinet/ports`): a member added to the
 * type and missing here, or a misspelt one here, does not compile.
 *
 * @example
 * ```ts
 * const KINDS = everyMember<NonNullable<FormField['kind']>>()(['text', 'date', 'phone']); // error: not every kind
 * ```
 */
export function everyMember<T extends string>() {
  return <const L extends readonly [T, ...T[]]>(
    list: L & ([T] extends [L[number]] ? unknown : never),
  ): L => list;
}

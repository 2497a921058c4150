/** A JSON value that RFC 8785 can canonicalise (finite numbers, well-formed strings). */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue | undefined };

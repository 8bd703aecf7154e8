/**
 * `T` with every property, array and tuple made readonly, all the way down (Dates kept as they
 * are), so definitions written `as const` are accepted wherever kefu takes input.
 *
 * @category Types
 * @since 0.1.0
 */
export type DeepReadonly<T> = T extends Date
  ? T
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

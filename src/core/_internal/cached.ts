/** A map a value can be cached in: `Map` or `WeakMap`. */
export interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value cached for `key`, built by `build(key)` and stored the first time it is asked for.
 * Values must not be `undefined` (that means "not built yet").
 */
export function cached<K, V>(cache: Cache<K, V>, key: K, build: (key: K) => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = build(key);
    cache.set(key, value);
  }
  return value;
}

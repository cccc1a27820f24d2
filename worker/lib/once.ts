/**
 * A value made on its first use and kept for the isolate's life. For the Intl formatters: making
 * the first ones loads locale and time-zone data, ~15 ms of CPU that would otherwise be spent on
 * every start of the worker, also by the many requests that format nothing.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

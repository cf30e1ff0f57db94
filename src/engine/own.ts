/**
 * Ids are data. A record keyed by ids (adoption, overrides, phaseDays) is a plain object from
 * JSON, so `record[id]` would read `Object.prototype` members for ids such as `toString` or
 * `constructor`; read it through `own` instead.
 */

/** The value stored in `record` under `key` itself, never one inherited. */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined
}

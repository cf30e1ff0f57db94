/**
 * An area's messages in both languages, side by side in one file: the Chinese must have exactly
 * the English keys (the type checker says which one is missing).
 */
export function defineArea<T>(messages: { en: T, zh: NoInfer<T> }): { en: T, zh: T } {
  return messages
}

/** An area's messages in both languages, as `defineArea` returns them. */
export interface AreaMessages {
  en: unknown
  zh: unknown
}

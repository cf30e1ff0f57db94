/**
 * Why something failed, for the user: a thrown error (or a worker's or the browser's message)
 * sorted into the causes the app can name in the language shown (i18n `notices.cause.*`); any
 * other keeps its English words as a technical detail, shown after a translated sentence.
 * Pure: no Vue.
 */

export type CauseKind = 'quota' | 'denied' | 'network' | 'memory' | 'outOfRange' | 'stopped' | 'notZip' | 'unknown'

export interface ErrorCause {
  kind: CauseKind
  /** The error's own words (name and message), at most 300 characters. */
  detail: string
}

/** The message of the spreadsheet reader for an .xlsx file that is not a ZIP archive (src/import/read.ts). */
export const NOT_ZIP = 'not an XLSX file (it is not a ZIP archive)'

const RULES: [CauseKind, RegExp][] = [
  ['quota', /quota|storage is full/i],
  ['denied', /^(NotAllowedError|SecurityError)\b|not allowed|denied/i],
  ['network', /Failed to fetch|NetworkError|Load failed|dynamically imported module|Importing a module script failed|error loading dynamically/i],
  ['memory', /out of memory|allocation failed|Invalid (array|string|typed array) length|Array buffer allocation/i],
  ['outOfRange', /out of range|is not finite/i],
  ['stopped', /^(the worker stopped|the optimiser stopped unexpectedly|the reader stopped)$/],
  ['notZip', new RegExp(`^${NOT_ZIP.replace(/[()]/g, '\\$&')}$`)],
]

/** The cause of `e`: an Error, a DOMException (or an IndexedDB error holding one), or a message. */
export function errorCause(e: unknown): ErrorCause {
  const err = (typeof e === 'object' && e !== null ? e : {}) as { name?: unknown, message?: unknown, inner?: { name?: unknown } }
  const name = String(err.inner?.name ?? err.name ?? '')
  const message = typeof e === 'string' ? e : typeof err.message === 'string' ? err.message : String(e)
  const named = name && name !== 'Error' && !message.startsWith(name) ? `${name}: ${message}` : message
  const detail = named.length > 300 ? `${named.slice(0, 299)}…` : named
  const kind = RULES.find(([, pattern]) => pattern.test(named))?.[0] ?? 'unknown'
  return { kind, detail }
}

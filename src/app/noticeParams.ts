/**
 * A notice's values as the user reads them: numbers in the language's format (grouping, at most
 * one decimal), lists of names quoted and joined as the language joins them (“A”, “B”, and “C”;
 * “A”、“B”和“C”), and the cause of a failure (app/errorCause.ts) said in words as `error`. Pure.
 */
import type { ErrorCause } from './errorCause'
import { formatNumber } from './format'
import { listOf } from './labels'

export interface NoticeValues {
  params?: Readonly<Record<string, string | number>>
  lists?: Readonly<Record<string, readonly string[]>>
}

export function noticeParams(
  n: NoticeValues,
  locale: string,
  cause?: { error: ErrorCause, say: (c: ErrorCause) => string },
): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(n.params ?? {})) out[k] = typeof v === 'number' ? formatNumber(v, locale, 1) : v
  for (const [k, names] of Object.entries(n.lists ?? {})) out[k] = listOf(names.map(name => `“${name}”`), locale)
  if (cause) out.error = cause.say(cause.error)
  return out
}

/** The count a notice's plural form follows (its `n`), 1 when it has none. */
export function noticeCount(params: Readonly<Record<string, string | number>> | undefined): number {
  const n = Number(params?.n ?? 1)
  return Number.isFinite(n) ? n : 1
}

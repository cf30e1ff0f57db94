/**
 * Field rules for numbers typed in the app, matching the file format's rules (MODEL.md §1), and
 * bounds that keep every figure within what the engine adds exactly to the cent.
 */
import { MAX_MINOR } from '@/engine/money'
import { markFits, markText, readTypedNumber } from './typedNumber'

export type NumberRule = 'nonNeg' | 'positive' | 'whole' | 'integer' | 'percent'

/** The largest number a field takes unless told otherwise: past it, "too large: at most …". */
export const DEFAULT_MAX = 1e12
/** A rate (money per unit) is at most 10^12 in any currency. */
export const MAX_RATE = 1e12
/** A count or a quantity is at most 10^9. */
export const MAX_COUNT = 1e9

/** The largest amount in major units the engine adds exactly: (2^51 − 1) minor units. */
export function largestAmount(digits: number): number {
  return Math.floor(MAX_MINOR / 10 ** digits)
}

/**
 * The largest value of one factor of a line's cost (rate, count or quantity) that keeps the cost,
 * fringe included, within what the engine adds exactly: `others` is the product of the other
 * factors (quantity × count for a rate…) and `fringePercent` the line's fringe.
 */
export function lineFactorMax(others: number, fringePercent: number, digits: number, fieldMax: number): number {
  const per = others * (1 + fringePercent / 100)
  if (!(per > 0)) return fieldMax
  return Math.min(fieldMax, Math.floor(largestAmount(digits) / per))
}

export interface NumberCheckOptions {
  /** The project's currency for a money field: `¥` or `元` fit CNY; `$` does not. Absent: no mark allowed. */
  currency?: string
  /** Largest value (default DEFAULT_MAX, or 100 for a percentage). */
  max?: number
  /** The i18n key saying why `max` (default `grid.tooLarge`), and its other parameters. */
  maxMessage?: string
  maxParams?: Record<string, string | number>
}

export type NumberCheck =
  | { ok: true, value: number }
  | { ok: false, error: string, params?: Record<string, string | number> }

/** The i18n key (and its parameters) of what is wrong with `text` under `rule`, or the number it stands for. */
export function checkNumber(text: string, rule: NumberRule, options: NumberCheckOptions = {}): NumberCheck {
  if (text.trim() === '') return { ok: false, error: 'errors.required' }
  const read = readTypedNumber(text)
  if (!read.ok) return { ok: false, error: read.why === 'spaces' ? 'gridTrust.spaces' : 'errors.number' }
  if (read.currency) {
    if (options.currency === undefined) return { ok: false, error: 'errors.number' }
    if (!markFits(read.currency, options.currency))
      return { ok: false, error: 'grid.otherCurrency', params: { mark: markText(read.currency), currency: options.currency } }
  }
  const n = read.value
  const max = options.max ?? (rule === 'percent' ? 100 : DEFAULT_MAX)
  switch (rule) {
    case 'nonNeg': if (n < 0) return { ok: false, error: 'errors.nonNeg' }
      break
    case 'positive': if (!(n > 0)) return { ok: false, error: 'errors.positive' }
      break
    case 'whole': if (!(n >= 0 && Number.isInteger(n)) && n !== Infinity) return { ok: false, error: 'errors.whole' }
      break
    case 'integer':
      if (n < -max) return { ok: false, error: 'grid.tooSmall', params: { min: -max } }
      if (!Number.isInteger(n) && n !== Infinity) return { ok: false, error: 'errors.integer' }
      break
    case 'percent': if (!(n >= 0 && n <= 100)) return { ok: false, error: 'errors.percent' }
  }
  if (n > max) return { ok: false, error: options.maxMessage ?? 'grid.tooLarge', params: { ...options.maxParams, max } }
  return { ok: true, value: n }
}

/**
 * A column pasted from a spreadsheet: the first cell of each row, trailing empty rows dropped.
 * Null when it holds fewer than two rows (an ordinary paste into one field); otherwise every value,
 * or the first row refused with why.
 */
export function readPastedColumn(text: string, rule: NumberRule, options: NumberCheckOptions = {}):
  | null
  | { ok: true, values: number[] }
  | { ok: false, row: number, text: string, check: Extract<NumberCheck, { ok: false }> } {
  const rows = text.split(/\r?\n/).map(r => r.split('\t')[0]!.trim())
  while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop()
  if (rows.length < 2) return null
  const values: number[] = []
  for (const [i, row] of rows.entries()) {
    const c = checkNumber(row, rule, options)
    if (!c.ok) return { ok: false, row: i + 1, text: row, check: c }
    values.push(c.value)
  }
  return { ok: true, values }
}

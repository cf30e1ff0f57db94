/**
 * Amounts as producers write them in a sheet: numbers, `$1,250.00`, `¥3,500`, `3,500 元`,
 * `3.5万`, `(1,250)` for a negative, `10%`, and in a `;` file `1.250,50`. Built on the app's
 * reader of typed numbers (src/app/typedNumber.ts), after the sheet's own conventions are undone.
 */
import { readTypedNumber } from '../app/typedNumber'
import type { SheetCell } from './sheet'

export type Amount =
  | { kind: 'empty' }
  | { kind: 'number', value: number, percent: boolean, mark: string | null }
  | { kind: 'text', text: string }

const EMPTY: Amount = { kind: 'empty' }

/** A cell read as an amount: empty, a number (with its currency mark) or a text that is no number. */
export function readAmount(cell: SheetCell | null | undefined, decimalComma = false): Amount {
  if (!cell || cell.value === null) return EMPTY
  if (typeof cell.value === 'number') {
    if (!Number.isFinite(cell.value)) return { kind: 'text', text: String(cell.value) }
    return cell.percent
      ? { kind: 'number', value: roundPercent(cell.value * 100), percent: true, mark: null }
      : { kind: 'number', value: cell.value, percent: false, mark: cell.mark ?? null }
  }
  const text = cell.value.trim()
  if (text === '' || /^[-–—]+$/.test(text)) return EMPTY
  let s = text.normalize('NFKC').replace(/[\s\u00a0\u2009\u202f']/g, '')
  let negative = false
  const paren = /^\((.*)\)$/.exec(s)
  if (paren) { s = paren[1]!; negative = true }
  let percent = false
  if (s.endsWith('%')) { s = s.slice(0, -1); percent = true }
  if (decimalComma) s = s.replace(/\.(?=\d{3}(\D|$))/g, '').replace(/,(?=\d)/g, '.')
  // A count or quantity written with its unit: 4人, 7天, 3 days.
  s = s.replace(/(?<=[\d.])(人|天|日|个|次|集|场|套|辆|间|晚|份|项|台|件|名|位|周|月|小时|分钟|days?|hrs?|hours?|weeks?)$/i, '')
  const read = readTypedNumber(s)
  if (!read.ok || !Number.isFinite(read.value)) return { kind: 'text', text }
  const mark = read.currency ? ('code' in read.currency ? read.currency.code : read.currency.symbol) : null
  const value = negative ? -read.value : read.value
  return { kind: 'number', value: value === 0 ? 0 : value, percent, mark }
}

/** 0.1 × 100 is 10.000000000000002: percents are kept to 10 decimals. */
function roundPercent(x: number): number {
  return Math.round(x * 1e10) / 1e10
}

/** A percent written inside a label: `不可预见费（10%）`, `Contingency 10%`, `保险 2%`. */
export function percentInLabel(label: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s*[%％]/.exec(label.normalize('NFKC'))
  return m ? Number(m[1]!.replace(',', '.')) : null
}

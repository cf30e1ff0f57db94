/**
 * Cell values shared by the CSV and XLSX exports: text made safe to open in a spreadsheet, and
 * numbers written without loss.
 */
import { toMajor } from '../engine/money'
import { EXPORT_TEXTS_EN } from './texts'
import type { ExportOptions, ExportTexts, Named } from './texts'

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Text that a spreadsheet shows as text: a value that would start a formula gets a leading `'`.
 * Apply it to every text cell; never to numbers, which are written as numbers.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** A money amount in integer minor units as a plain decimal: `-2500.00`, `.` decimals, no grouping. */
export function moneyText(minor: number, digits: number): string {
  return toMajor(minor, digits).toFixed(digits)
}

/** A quantity, count, rate or factor as a plain number (at most 6 decimals, no float noise). */
export function plainNumber(n: number): number {
  return Number(n.toFixed(6))
}

export interface Labels {
  texts: ExportTexts
  /**
   * The text for a named item's field, from the options or as the file has it; an empty name
   * shows the item's id, as the app does.
   */
  of: (item: Named, field?: 'name' | 'unit') => string
}

export function labels(options: ExportOptions): Labels {
  const texts = { ...EXPORT_TEXTS_EN, ...options.texts }
  const custom = options.label
  return {
    texts,
    of: (item, field = 'name') => {
      const own = item[field]
      const text = custom ? custom(item, field) : typeof own === 'string' ? own : ''
      return field === 'name' && text === '' ? item.id : text
    },
  }
}

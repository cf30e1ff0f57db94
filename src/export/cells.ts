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

/**
 * Where a spreadsheet that splits rows at `;` (Excel and WPS in German, French, Russian… locales)
 * would start a cell inside this one: after a `;`, and after a line break (such a spreadsheet does
 * not see the quotes around a cell that does not start at a `;`, so a line break inside the cell
 * starts a new row there), then any spaces, a formula start (or a quote and one). LibreOffice Calc was
 * seen to run `=1` from a name `"\r=1"` opened that way (tests/interop/calc.test.ts).
 */
const CELL_STARTS = /([;\r\n])( *)(?=[=+\-@\t\r]|"[=+\-@\t\r])/g

/**
 * A text cell: neutralised at its start and after every `;` and line break (a `'` goes before what
 * would start a formula there), then quoted when it holds a comma, a quote or a line break.
 */
export function csvText(text: string): string {
  const safe = neutralise(text).replace(CELL_STARTS, "$1$2'")
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
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
  of: (item: Named, field?: 'name' | 'unit' | 'note') => string
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

/**
 * The sheet model every reader produces and the layout reader consumes: rows of cells as the
 * spreadsheet shows them, with their row numbers in the file. Pure data, no library types.
 */

/** One cell: a number (already a number in the file, or a cached formula result) or a text. */
export interface SheetCell {
  /** A number as the file holds it, a text, or null for an empty cell. */
  value: number | string | null
  /** Set when the cell is shown as a percentage (value 0.1 shown as 10%). */
  percent?: boolean
  /** A currency mark from the cell's number format (`¥`, `$`, `USD`…), when it has one. */
  mark?: string
}

export interface SheetRow {
  /** 1-based row number in the file, as the spreadsheet shows it. */
  number: number
  cells: (SheetCell | null)[]
  /** True when the row's text cells are bold. */
  bold: boolean
  /** True when the row's first filled cell is merged across several columns (a title band). */
  merged: boolean
}

export interface Sheet {
  name: string
  rows: SheetRow[]
  /** True when numbers written as text use a decimal comma (`1.250,50`): `;` CSV files. */
  decimalComma?: boolean
}

/** A workbook: its sheets in file order. */
export interface Workbook {
  sheets: Sheet[]
  /** How the file was read, for the summary: "XLSX", "CSV UTF-8, separator ;"… */
  format: string
  /** For a CSV or TSV file: its encoding, separator (`,` `;` `tab`) and decimal mark. */
  csv?: { encoding: string, separator: string, decimalComma: boolean }
}

/** A cell's text as shown (numbers in plain form), trimmed; '' for an empty cell. */
export function cellText(cell: SheetCell | null | undefined): string {
  if (!cell || cell.value === null) return ''
  return typeof cell.value === 'number' ? String(cell.value) : cell.value.trim()
}

/** A plain text cell. */
export function textCell(text: string): SheetCell | null {
  return text.trim() === '' ? null : { value: text }
}

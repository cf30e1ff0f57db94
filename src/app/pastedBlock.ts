/**
 * A block pasted from a spreadsheet (rows split by line breaks, cells by tabs) into a grid of
 * number columns: each cell read under its column's rule. A blank cell is kept as `null` (the
 * line it falls on keeps its value); anything else that is not a number refuses the whole block,
 * with the row, the column and why. Pure: no Vue, no DOM.
 */
import { checkNumber } from './rules'
import type { NumberCheck, NumberCheckOptions, NumberRule } from './rules'

/** How the cells of one column are read. */
export interface PastedColumnRule {
  rule: NumberRule
  options?: NumberCheckOptions
}

export type PastedBlock =
  | {
    ok: true
    /** One entry per row; each holds the values of the columns read, `null` for a blank cell. */
    rows: (number | null)[][]
    /** How many columns were read (at most the number of rules). */
    width: number
    /** Columns of the block beyond the ones read. */
    extraColumns: number
    /** Blank cells among those read. */
    blanks: number
  }
  | { ok: false, row: number, col: number, text: string, check: Extract<NumberCheck, { ok: false }> }

/** A cell as a spreadsheet copies it: `"…"` around a cell holding a quote, a tab or a line break. */
function unquote(cell: string): string {
  const t = cell.trim()
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"').trim() : t
}

/** The block's cells, rows × columns, trailing empty rows and trailing empty cells of a row dropped. */
export function splitBlock(text: string): string[][] {
  const rows = text.split(/\r\n|\r|\n/).map((line) => {
    const cells = line.split('\t').map(unquote)
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
    return cells
  })
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop()
  return rows
}

/**
 * Reads a pasted block with `columns[j]` for its j-th column. Null when it is one cell (an
 * ordinary paste into one field) or empty.
 */
export function readPastedBlock(text: string, columns: readonly PastedColumnRule[]): PastedBlock | null {
  const cells = splitBlock(text)
  const blockWidth = cells.reduce((w, r) => Math.max(w, r.length), 0)
  if (cells.length === 0 || blockWidth === 0 || (cells.length === 1 && blockWidth === 1)) return null
  const width = Math.min(blockWidth, columns.length)
  const rows: (number | null)[][] = []
  let blanks = 0
  for (const [i, row] of cells.entries()) {
    const values: (number | null)[] = []
    for (let j = 0; j < width; j++) {
      const cell = row[j] ?? ''
      if (cell === '') {
        values.push(null)
        blanks++
        continue
      }
      const column = columns[j]!
      const c = checkNumber(cell, column.rule, column.options)
      if (!c.ok) return { ok: false, row: i + 1, col: j, text: cell, check: c }
      values.push(c.value)
    }
    rows.push(values)
  }
  return { ok: true, rows, width, extraColumns: blockWidth - width, blanks }
}

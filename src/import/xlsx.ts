/**
 * XLSX budgets (Excel and WPS) read with exceljs, loaded only when a workbook is opened: every
 * sheet's rows with their numbers, texts, bold rows, merged title bands, percent and currency
 * formats. A formula gives its cached result; without one, the simple ones are computed
 * (formula.ts).
 */
import type { Cell, CellValue, Worksheet } from 'exceljs'
import { evaluateFormula } from './formula'
import type { Sheet, SheetCell, SheetRow, Workbook } from './sheet'

type ExcelJs = typeof import('exceljs')

async function loadExcelJs(): Promise<ExcelJs> {
  const mod = await import('exceljs') as ExcelJs & { default?: ExcelJs }
  return mod.default ?? mod
}

/** A currency mark in a number format: `"¥"#,##0.00`, `[$$-409]#,##0`, `¥#,##0`, `[$USD] 0.00`. */
export function markOfFormat(numFmt: string | undefined): string | undefined {
  if (!numFmt) return undefined
  const bracket = /\[\$([^\]-]+)/.exec(numFmt)
  if (bracket) return bracket[1]!.trim()
  const quoted = /"([^"]+)"/.exec(numFmt)
  if (quoted) {
    const q = quoted[1]!.trim()
    const named: Record<string, string> = { 'CN¥': 'CNY', 'RMB': 'CNY', '元': 'CNY', 'US$': 'USD', 'HK$': 'HKD', 'NT$': 'TWD', '€': 'EUR', '£': 'GBP', '円': 'JPY' }
    if (named[q]) return named[q]
    if (/^[A-Z]{3}$/.test(q) || q === '¥' || q === '$') return q
  }
  const bare = /[¥$€£]/.exec(numFmt.replace(/"[^"]*"/g, ''))
  return bare ? bare[0] : undefined
}

interface Raw {
  cell: SheetCell | null
  formula?: string
  bold: boolean
}

function plain(v: CellValue): number | string | null {
  if (v === null || v === undefined) return null
  if (typeof v === 'number' || typeof v === 'string') return v
  if (typeof v === 'boolean') return String(v)
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map(r => r.text).join('')
    if ('text' in v && typeof v.text === 'string') return v.text
    if ('error' in v) return String(v.error)
    if ('result' in v) return plain(v.result as CellValue)
  }
  return null
}

function readCell(cell: Cell): Raw {
  if (cell.isMerged && cell.master !== cell) return { cell: null, bold: false }
  const v = cell.value
  const numFmt = cell.numFmt
  const bold = !!cell.font?.bold || (typeof v === 'object' && v !== null && 'richText' in v && v.richText.some(r => r.font?.bold))
  const isFormula = typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v)
  const value = plain(v)
  const out: SheetCell | null = value === null || value === '' ? null : { value }
  if (out && typeof value === 'number') {
    if (numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''))) out.percent = true
    const mark = markOfFormat(numFmt)
    if (mark) out.mark = mark
  }
  const raw: Raw = { cell: out, bold }
  if (isFormula && value === null) raw.formula = cell.formula
  if (raw.formula !== undefined) {
    // Its format still applies to the value computed.
    raw.cell = { value: null }
    if (numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''))) raw.cell.percent = true
    const mark = markOfFormat(numFmt)
    if (mark) raw.cell.mark = mark
  }
  return raw
}

function readSheet(ws: Worksheet): Sheet {
  const grid: Raw[][] = []
  const mergedRows = new Set<number>()
  const width = Math.max(ws.columnCount, ws.actualColumnCount)
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    const cells: Raw[] = []
    for (let c = 1; c <= Math.max(width, row.cellCount); c++) {
      const cell = row.getCell(c)
      cells.push(readCell(cell))
      if (cell.isMerged && cell.master === cell && cells.slice(0, -1).every(x => x.cell === null)) mergedRows.add(r)
    }
    grid.push(cells)
  }
  // Formulas saved without a result: computed from the cells they name; a formula this reader
  // cannot compute stays as its text (`=VLOOKUP(…)`), which the row reader reports.
  const busy = new Set<string>()
  const lookup = (col: number, row: number): number | null => {
    const raw = grid[row - 1]?.[col - 1]
    if (!raw) return null
    if (raw.formula !== undefined) {
      const key = `${col},${row}`
      if (busy.has(key)) return null
      busy.add(key)
      const f = raw.formula
      const v = evaluateFormula(f, lookup)
      busy.delete(key)
      raw.formula = undefined
      raw.cell = v === null ? { value: `=${f}` } : { ...raw.cell, value: v }
      return v
    }
    return typeof raw.cell?.value === 'number' ? raw.cell.value : null
  }
  grid.forEach((cells, r) => cells.forEach((raw, c) => { if (raw.formula !== undefined) lookup(c + 1, r + 1) }))
  const rows: SheetRow[] = grid.map((cells, i) => {
    const texts = cells.filter(x => x.cell && typeof x.cell.value === 'string')
    return {
      number: i + 1,
      cells: cells.map(x => x.cell),
      bold: texts.length > 0 && texts.every(x => x.bold),
      merged: mergedRows.has(i + 1),
    }
  })
  return { name: ws.name, rows }
}

/** An XLSX file as a workbook of sheets (hidden sheets left out). */
export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const ExcelJS = await loadExcelJs()
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheets = wb.worksheets.filter(ws => ws.state !== 'hidden' && ws.state !== 'veryHidden').map(readSheet)
  return { sheets, format: 'XLSX' }
}

/**
 * The shoot plan's sheets in the budget workbook: for each scenario given, its stripboard by day
 * and its day out of days (see shoot.ts), with bold header and day rows and frozen headers.
 */
import type { Workbook, Worksheet } from 'exceljs'
import { sheetName, sheetText, textWidth } from './sheet'
import { doodTable, stripboardTable } from './shoot'
import type { ShootExportOptions, ShootPlanInput, ShootTable } from './shoot'
import { SHOOT_TEXTS_EN } from './shoot'

/** The shoot plans to add to a workbook, and their words. */
export interface ShootSheets extends ShootExportOptions {
  plans: readonly ShootPlanInput[]
}

const BOLD = { bold: true }
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EAED' } } as const
const DAY_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F3F4' } } as const

function write(ws: Worksheet, table: ShootTable, frozenColumns: number, centred: (col: number) => boolean): void {
  const widths: number[] = []
  table.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1)
    cells.forEach((v, c) => {
      if (v === null || v === '') return
      const cell = row.getCell(c + 1)
      cell.value = typeof v === 'string' ? sheetText(v) : v
      if (centred(c)) cell.alignment = { horizontal: 'center' }
      widths[c] = Math.max(widths[c] ?? 0, typeof v === 'string' ? textWidth(v) : String(v).length)
    })
  })
  for (const r of table.headings) {
    const row = ws.getRow(r + 1)
    const n = Math.max(table.rows[r]?.length ?? 0, 1)
    for (let c = 1; c <= n; c++) {
      const cell = row.getCell(c)
      cell.font = BOLD
      cell.fill = r === 0 ? HEADER_FILL : DAY_FILL
    }
  }
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = Math.min(50, Math.max(5, w + 2)) })
  ws.views = [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }]
}

/** Adds a stripboard and a DOOD sheet per plan, named after its scenario, to `wb`. */
export function addShootSheets(wb: Workbook, sheets: ShootSheets, taken: Set<string>): void {
  const t = { ...SHOOT_TEXTS_EN, ...sheets.texts }
  const name = (item: ShootPlanInput['scenario']) => (sheets.label ? sheets.label(item) : item.name) || item.id
  sheets.plans.forEach((plan, i) => {
    const board = wb.addWorksheet(sheetName(`${t.stripboard} ${name(plan.scenario)}`, taken, `${t.stripboard} ${i + 1}`))
    write(board, stripboardTable(plan, sheets), 2, c => c >= 2 && c <= 4)
    const dood = wb.addWorksheet(sheetName(`${t.dood} ${name(plan.scenario)}`, taken, `${t.dood} ${i + 1}`))
    const dayCols = plan.dood.days
    write(dood, doodTable(plan, sheets), 2, c => c >= 2 && c < 2 + dayCols)
  })
}

/**
 * The budget as an Excel workbook: a "Topsheet" (sections × scenarios, markups, subtotal, total,
 * per episode, per finished minute, calendar days) and one "Detail" sheet per scenario (every line
 * and tool cost, with section subtotals). Amounts are numbers in the currency's format; totals and
 * subtotals are `SUM` formulas whose cached results are the engine's figures.
 *
 * exceljs (≈ 256 KB gzipped) is loaded inside `budgetXlsx`, so an app fetches it only on export.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs'
import type { ProjectResult, ScenarioResult } from '../engine/compute'
import { toMajor } from '../engine/money'
import { reviewReading, reviewTier } from '../engine/review'
import type { ReviewReading, ReviewTier } from '../engine/review'
import type { Project } from '../engine/types'
import { labels, plainNumber } from './cells'
import type { Labels } from './cells'
import { currencyFormat, sheetName, sheetRef, sheetText, sumOf, textWidth } from './sheet'
import { budgetTable } from './table'
import type { BudgetTable } from './table'
import type { ExportOptions } from './texts'
import { addShootSheets } from './shootXlsx'

type ExcelJs = typeof import('exceljs')

/** exceljs is CommonJS: Node gives it as `default`, a bundler may give its exports directly. */
async function loadExcelJs(): Promise<ExcelJs> {
  const mod = await import('exceljs') as ExcelJs & { default?: ExcelJs }
  return mod.default ?? mod
}

type Value = string | number | null | { formula: string, result: number }

interface Context {
  /** The project's title in the language shown. */
  title: string
  table: BudgetTable
  l: Labels
  money: string
  /** Major units of an amount in minor units. */
  major: (minor: number) => number
}

const BOLD = { bold: true }
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EAED' } } as const

/**
 * Writes one row: text neutralised and cleaned, numbers as numbers, formulas with their result;
 * null and empty text leave the cell blank.
 */
function put(ws: Worksheet, rowNumber: number, values: Value[]): Cell[] {
  const row = ws.getRow(rowNumber)
  return values.map((v, i) => {
    const cell = row.getCell(i + 1)
    if (v !== null && v !== '') cell.value = typeof v === 'string' ? sheetText(v) : v
    return cell
  })
}

function sized(ws: Worksheet, widths: number[]): void {
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = Math.min(60, Math.max(8, w + 2)) })
}

/**
 * Widths that fit the text of each column below the title row, at least `minimum` (numbers are
 * given their width by the caller).
 */
function fit(ws: Worksheet, minimum: number[]): number[] {
  const widths = minimum.slice()
  ws.eachRow((row, n) => {
    if (n === 1) return // the title runs across the row
    for (let c = 1; c <= widths.length; c++) {
      const v = row.getCell(c).value
      if (typeof v === 'string') widths[c - 1] = Math.max(widths[c - 1] ?? 0, textWidth(v))
    }
  })
  return widths
}

const COL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
/** Column letter of a 1-based column number. */
function letter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = COL[(x - 1) % 26]! + s
  return s
}

// Detail sheet columns. A markup's percent sits in the rate column.
const D = { code: 1, name: 2, kind: 3, qty: 4, unit: 5, count: 6, rate: 7, factor: 8, cost: 9, fringe: 10, amount: 11, note: 12 }

/** A percent as Excel shows it: `10%`, `12.5%`. */
function percentFormat(percent: number): string {
  const decimals = Math.min(6, (String(percent).split('.')[1] ?? '').length)
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`
}

/**
 * A markup as the engine computes it (MODEL.md §2 step 9): its percent of the sum of the sections
 * it covers, rounded to the minor unit (Excel's ROUND is half away from zero, as the engine's).
 */
function markupFormula(percent: string, refs: readonly string[], digits: number): string {
  return `ROUND(${percent}*${sumOf(refs)},${digits})`
}

/** The subtotal cells of the sections a markup covers (all when it names none). */
function covered(table: BudgetTable, sections: readonly string[] | undefined, cells: readonly string[]): string[] {
  return table.sections.flatMap((s, i) => (sections === undefined || sections.includes(s.section.id) ? [cells[i]!] : []))
}

/** One scenario's lines and tool costs; returns the cell of each section's subtotal. */
function detailSheet(ws: Worksheet, ctx: Context, project: Project, c: number): string[] {
  const { table, l: { texts: t, of }, money, major } = ctx
  const r: ScenarioResult = table.columns[c]!
  const scenario = project.scenarios.find(s => s.id === r.id)!
  put(ws, 1, [`${ctx.title} — ${of(scenario)} (${r.currency})`])[0]!.font = { bold: true, size: 13 }
  const header = put(ws, 2, [t.code, t.line, t.kind, t.quantity, t.unit, t.count, t.rate, t.factor, t.cost, t.fringe, t.amount, t.note])
  for (const cell of header) { cell.font = BOLD; cell.fill = HEADER_FILL }
  for (const col of [D.qty, D.count, D.rate, D.factor, D.cost, D.fringe, D.amount]) header[col - 1]!.alignment = { horizontal: 'right' }

  const A = letter(D.amount)
  const sum = (from: number, to: number, result: number) => ({ formula: `SUM(${A}${from}:${A}${to})`, result: major(result) })
  const lineSum = (row: number, result: number) => ({ formula: `SUM(${letter(D.cost)}${row}:${letter(D.fringe)}${row})`, result: major(result) })

  let row = 3
  const subtotals: string[] = []
  for (const s of table.sections) {
    const first = row
    const head = put(ws, row++, [s.section.code ?? '', of(s.section)])
    head[0]!.font = BOLD
    head[1]!.font = BOLD
    for (const line of s.lines) {
      const x = line.results[c]!
      const cells = put(ws, row, [
        line.line.code ?? '', of(line.line), line.line.kind === 'labor' ? t.labor : t.nonLabor,
        plainNumber(x.qty), of(line.line, 'unit'), x.count, x.rate, plainNumber(x.factor),
        major(x.cost), major(x.fringe), lineSum(row, x.amount), of(line.line, 'note'),
      ])
      cells[D.count - 1]!.numFmt = '#,##0'
      cells[D.factor - 1]!.numFmt = '0.0000'
      for (const col of [D.rate, D.cost, D.fringe, D.amount]) cells[col - 1]!.numFmt = money
      row++
    }
    for (const tool of s.tools) {
      const cells = put(ws, row, ['', of(tool.lever), t.tool, null, null, null, null, null, major(tool.amounts[c]!), null, lineSum(row, tool.amounts[c]!)])
      for (const col of [D.cost, D.amount]) cells[col - 1]!.numFmt = money
      row++
    }
    // The range starts at the section's own row, blank in this column: never an empty range.
    const cells = put(ws, row, [s.section.code ?? '', `${t.subtotal} (${of(s.section)})`, null, null, null, null, null, null, null, null, sum(first, row - 1, s.amounts[c]!)])
    for (const cell of cells) cell.font = BOLD
    cells[D.amount - 1]!.numFmt = money
    subtotals.push(`${A}${row}`)
    row += 2
  }

  const subtotalRow = row
  const sub = put(ws, row++, ['', t.subtotal, null, null, null, null, null, null, null, null, { formula: sumOf(subtotals), result: major(r.subtotal) }])
  for (const cell of sub) cell.font = BOLD
  sub[D.amount - 1]!.numFmt = money
  for (const m of table.markups) {
    const percent = r.markups.find(x => x.id === m.markup.id)!.percent
    const refs = covered(table, m.markup.sections, subtotals)
    const cells = put(ws, row, ['', of(m.markup), t.markup, null, null, null, percent / 100, null, null, null, {
      formula: markupFormula(`${letter(D.rate)}${row}`, refs, table.digits),
      result: major(m.amounts[c]!),
    }])
    cells[D.rate - 1]!.numFmt = percentFormat(percent)
    cells[D.amount - 1]!.numFmt = money
    row++
  }
  const total = put(ws, row, ['', t.total, null, null, null, null, null, null, null, null, sum(subtotalRow, row - 1, r.total)])
  for (const cell of total) cell.font = BOLD
  total[D.amount - 1]!.numFmt = money

  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 2, topLeftCell: 'C3', activeCell: 'C3' }]
  const w = fit(ws, [6, 24, 6, 10, 6, 7, 12, 8, 14, 12, 14, 12])
  sized(ws, w)
  ws.getColumn(D.note).alignment = { wrapText: true, vertical: 'top' }
  return subtotals
}

function topsheet(ws: Worksheet, ctx: Context, project: Project, details: { name: string, subtotals: string[] }[]): void {
  const { table, l: { texts: t, of }, money, major } = ctx
  const cols = table.columns
  const first = 3
  put(ws, 1, [`${ctx.title} (${table.currency})`])[0]!.font = { bold: true, size: 13 }
  const header = put(ws, 2, [t.code, t.account, ...cols.map(r => of(project.scenarios.find(s => s.id === r.id)!))])
  for (const cell of header) { cell.font = BOLD; cell.fill = HEADER_FILL }
  for (const cell of header.slice(2)) cell.alignment = { horizontal: 'right' }

  const moneyRow = (row: number, label: Value[], values: Value[], bold = false) => {
    const cells = put(ws, row, [...label, ...values])
    for (const cell of cells.slice(2)) cell.numFmt = money
    if (bold) for (const cell of cells) cell.font = BOLD
    return cells
  }

  let row = first
  table.sections.forEach((s, i) => {
    moneyRow(row++, [s.section.code ?? '', of(s.section)], cols.map((_, c) => ({
      formula: sheetRef(details[c]!.name, details[c]!.subtotals[i]!),
      result: major(s.amounts[c]!),
    })))
  })
  const subtotalRow = row
  moneyRow(row++, ['', t.subtotal], cols.map((r, c) => ({
    formula: table.sections.length > 0 ? `SUM(${letter(c + 3)}${first}:${letter(c + 3)}${subtotalRow - 1})` : 'SUM(0)',
    result: major(r.subtotal),
  })), true)
  for (const m of table.markups) {
    const percents = new Set(cols.map(r => r.markups.find(x => x.id === m.markup.id)!.percent))
    const label = percents.size === 1 ? `${of(m.markup)} (${[...percents][0]}%)` : of(m.markup)
    const sectionCells = (c: number) => table.sections.map((_, i) => `${letter(c + 3)}${first + i}`)
    moneyRow(row++, ['', label], cols.map((r, c) => ({
      formula: markupFormula(`${r.markups.find(x => x.id === m.markup.id)!.percent}%`, covered(table, m.markup.sections, sectionCells(c)), table.digits),
      result: major(m.amounts[c]!),
    })))
  }
  moneyRow(row, ['', t.total], cols.map((r, c) => ({
    formula: `SUM(${letter(c + 3)}${subtotalRow}:${letter(c + 3)}${row - 1})`,
    result: major(r.total),
  })), true)
  row += 2
  moneyRow(row++, ['', t.perEpisode], cols.map(r => r.perEpisode === null ? null : major(r.perEpisode)))
  moneyRow(row++, ['', t.perMinute], cols.map(r => r.perMinute === null ? null : major(r.perMinute)))
  const days = put(ws, row++, ['', t.calendarDays, ...cols.map(r => r.calendarDays)])
  for (const cell of days.slice(2)) cell.numFmt = '#,##0'
  row = personDaysRows(ws, ctx, row + 1)
  const reading = reviewReading(project)
  if (cols.some(r => tierOf(r, reading) !== null)) {
    const tiers = { platform: t.tierPlatform, provincial: t.tierProvincial, national: t.tierNational }
    const cells = put(ws, row, ['', t.reviewTier, ...cols.map(r => { const tier = tierOf(r, reading); return tier === null ? null : tiers[tier] })])
    for (const cell of cells.slice(2)) cell.alignment = { horizontal: 'right' }
  }

  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 2, topLeftCell: 'C3', activeCell: 'C3' }]
  const w = fit(ws, [6, 24, ...cols.map(() => 14)])
  sized(ws, w.map((x, i) => i < 2 ? x : Math.min(x, 30)))
}

/** China's review tier of a scenario's total (CNY projects), in the project's reading (AI micro-drama or general). */
function tierOf(r: ScenarioResult, reading: ReviewReading): ReviewTier | null {
  return r.currency === 'CNY' ? reviewTier(r.total, undefined, reading) : null
}

/**
 * Person-days by section (those with any in some scenario) and in total, each section's figure
 * rounded to one decimal and the total the sum of those (MODEL.md §2 step 11); returns the next row.
 */
function personDaysRows(ws: Worksheet, ctx: Context, start: number): number {
  const { table, l: { texts: t, of } } = ctx
  const cols = table.columns
  let row = start
  put(ws, row++, ['', t.personDays])[1]!.font = BOLD
  const first = row
  table.sections.forEach((s, i) => {
    const days = cols.map(r => r.personDays.sections[i]?.days ?? 0)
    if (days.every(d => d === 0)) return
    const cells = put(ws, row++, [s.section.code ?? '', of(s.section), ...days])
    for (const cell of cells.slice(2)) cell.numFmt = '0.0'
  })
  const total = put(ws, row, ['', t.personDaysTotal, ...cols.map((r, c) => ({
    formula: row > first ? `SUM(${letter(c + 3)}${first}:${letter(c + 3)}${row - 1})` : 'SUM(0)',
    result: r.personDays.total,
  }))])
  for (const cell of total) cell.font = BOLD
  for (const cell of total.slice(2)) cell.numFmt = '0.0'
  return row + 2
}

/**
 * The budget as an XLSX file. `options.scenarios` limits the scenario columns and sheets;
 * `options.texts` and `options.label` give the app's words and localised names.
 */
export async function budgetXlsx(project: Project, computed: ProjectResult, options: ExportOptions = {}): Promise<Uint8Array> {
  const table = budgetTable(project, computed, options.scenarios)
  const l = labels(options)
  const ExcelJS = await loadExcelJs()
  const wb: Workbook = new ExcelJS.Workbook()
  const title = options.title ?? project.meta.title
  wb.title = sheetText(title)
  wb.calcProperties.fullCalcOnLoad = true
  const ctx: Context = {
    title,
    table,
    l,
    money: currencyFormat(table.currency, table.digits),
    major: minor => toMajor(minor, table.digits),
  }
  const taken = new Set<string>()
  const top = wb.addWorksheet(sheetName(l.texts.topsheet, taken, 'Topsheet'))
  const details = table.columns.map((r, c) => {
    const scenario = project.scenarios.find(s => s.id === r.id)!
    const name = sheetName(`${l.texts.detail} ${l.of(scenario)}`, taken, `${l.texts.detail} ${c + 1}`)
    const ws = wb.addWorksheet(name)
    return { name, subtotals: detailSheet(ws, ctx, project, c) }
  })
  topsheet(top, ctx, project, details)
  if (options.shoot && options.shoot.plans.length > 0) addShootSheets(wb, options.shoot, taken)
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer)
}

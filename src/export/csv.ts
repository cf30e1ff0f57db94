/**
 * The budget as CSV (RFC 4180 quoting, UTF-8, `.` decimals): one row per line, then one per tool
 * cost, the subtotal, one per markup and the total, with one amount column per scenario. In every
 * scenario column the line and tool rows add up to the subtotal, and the subtotal and markups to
 * the total, exactly as the engine computed them. When any line has a note, the notes are the last column.
 */
import type { ProjectResult } from '../engine/compute'
import type { Project } from '../engine/types'
import { labels, moneyText, neutralise, plainNumber } from './cells'
import { budgetTable } from './table'
import type { CsvOptions } from './texts'

type Cell = string | number | null

/** A text cell: neutralised, then quoted when it holds a comma, a quote or a line break. */
function textCell(text: string): string {
  const safe = neutralise(text)
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function row(cells: Cell[]): string {
  // Numbers are written bare: `-2500.00` stays a number, it is never taken for a formula.
  return cells.map(c => c === null ? '' : typeof c === 'number' ? String(c) : textCell(c)).join(',')
}

/** The CSV text of the budget (with a leading BOM when `options.bom`); lines end with `\n`. */
export function budgetCsv(project: Project, computed: ProjectResult, options: CsvOptions = {}): string {
  const { texts: t, of } = labels(options)
  const table = budgetTable(project, computed, options.scenarios)
  const d = table.digits
  /** Money cells, already formatted: a string here is a number written with its minor digits. */
  const money = (amounts: number[]) => amounts.map(a => moneyText(a, d))

  const out: string[] = []
  const header = [t.sectionCode, t.section, t.lineCode, t.line, t.kind, t.quantity, t.unit, t.count, t.rate, t.fringePercent]
  // Lines' notes, when any line has one, come last, after the scenario columns, so that their places do not move.
  const notes = project.lines.some(l => (l.note ?? '') !== '')
  out.push(row([...header, ...table.columns.map(r => of(project.scenarios.find(s => s.id === r.id)!)), ...(notes ? [t.note] : [])]))
  const blank = (n: number) => new Array<null>(n).fill(null)
  const moneyRow = (cells: Cell[], amounts: number[]) => `${row(cells)},${money(amounts).join(',')}`

  for (const s of table.sections) {
    for (const l of s.lines) {
      const b = l.baseline
      out.push(moneyRow([
        s.section.code ?? '', of(s.section), l.line.code ?? '', of(l.line), l.line.kind === 'labor' ? t.labor : t.nonLabor,
        plainNumber(b.qty), of(l.line, 'unit'), b.count, b.rate, plainNumber(b.fringePercent),
      ], l.results.map(r => r.amount)) + (notes ? `,${row([l.line.note ?? ''])}` : ''))
    }
  }
  for (const s of table.sections) {
    for (const tool of s.tools)
      out.push(moneyRow([s.section.code ?? '', of(s.section), '', of(tool.lever), t.tool, ...blank(5)], tool.amounts))
  }
  out.push(moneyRow(['', '', '', t.subtotal, '', ...blank(5)], table.columns.map(r => r.subtotal)))
  for (const m of table.markups)
    out.push(moneyRow(['', '', '', of(m.markup), t.markup, ...blank(5)], m.amounts))
  out.push(moneyRow(['', '', '', t.total, '', ...blank(5)], table.columns.map(r => r.total)))
  return `${options.bom ? '\uFEFF' : ''}${out.join('\n')}\n`
}

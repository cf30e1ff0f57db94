/**
 * The budget as CSV (RFC 4180 quoting, UTF-8, `.` decimals): one row per line, then one per tool
 * cost, the subtotal, one per markup and the total, with one amount column per scenario. In every
 * scenario column the line and tool rows add up to the subtotal, and the subtotal and markups to
 * the total, exactly as the engine computed them. When any line has a note, the notes are the last column.
 */
import type { ProjectResult } from '../engine/compute'
import type { Project } from '../engine/types'
import { csvText as textCell, labels, moneyText, plainNumber } from './cells'
import { budgetTable } from './table'
import type { CsvOptions } from './texts'

type Cell = string | number | null | { raw: string }

const code = (c: string | undefined): Cell => (c ? { raw: codeCell(c) } : '')

/**
 * An account code kept as text when Excel or WPS opens the file: a code they would read as a
 * number, a date or a time (`01` → 1, `04.10` → 4 October, `1E5` → 100000, `TRUE`) gets a
 * leading tab, which makes them keep the cell as text, leading zeros and all. Not `="01"`: that
 * is a formula, and writing formulas would undo the neutralising above. Not a leading `'`: a CSV
 * cell shows it. Only codes that start with a digit (or read as TRUE / FALSE) get the tab, so an
 * application that trims it finds a digit first, never a formula; the code is neutralised after
 * any `;` as every text cell is.
 */
export function codeCell(code: string): string {
  const cell = textCell(code)
  if (!(/^[0-9]/.test(code) || /^[.,][0-9]/.test(code) || /^(true|false)$/i.test(code))) return cell
  // The tab goes inside the quotes of a quoted cell, before the code's first character.
  return cell.startsWith('"') ? `"\t${cell.slice(1)}` : `\t${cell}`
}

function row(cells: Cell[]): string {
  // Numbers are written bare: `-2500.00` stays a number, it is never taken for a formula.
  return cells.map(c => c === null ? '' : typeof c === 'number' ? String(c) : typeof c === 'string' ? textCell(c) : c.raw).join(',')
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
  const notes = project.lines.some(l => of(l, 'note') !== '')
  out.push(row([...header, ...table.columns.map(r => of(project.scenarios.find(s => s.id === r.id)!)), ...(notes ? [t.note] : [])]))
  const blank = (n: number) => new Array<null>(n).fill(null)
  const moneyRow = (cells: Cell[], amounts: number[]) => `${row(cells)},${money(amounts).join(',')}`

  for (const s of table.sections) {
    for (const l of s.lines) {
      const b = l.baseline
      out.push(moneyRow([
        code(s.section.code), of(s.section), code(l.line.code), of(l.line), l.line.kind === 'labor' ? t.labor : t.nonLabor,
        plainNumber(b.qty), of(l.line, 'unit'), b.count, b.rate, plainNumber(b.fringePercent),
      ], l.results.map(r => r.amount)) + (notes ? `,${row([of(l.line, 'note')])}` : ''))
    }
  }
  for (const s of table.sections) {
    for (const tool of s.tools)
      out.push(moneyRow([code(s.section.code), of(s.section), '', of(tool.lever), t.tool, ...blank(5)], tool.amounts))
  }
  out.push(moneyRow(['', '', '', t.subtotal, '', ...blank(5)], table.columns.map(r => r.subtotal)))
  for (const m of table.markups)
    out.push(moneyRow(['', '', '', of(m.markup), t.markup, ...blank(5)], m.amounts))
  out.push(moneyRow(['', '', '', t.total, '', ...blank(5)], table.columns.map(r => r.total)))
  return `${options.bom ? '\uFEFF' : ''}${out.join('\n')}\n`
}

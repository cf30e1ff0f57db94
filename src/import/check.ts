/**
 * The totals check: the project's figures, computed by the engine, against the sheet's own
 * subtotal and total rows, with the lines whose own total differs from what the project makes of
 * them. All in integer minor units.
 */
import { computeProject } from '../engine/compute'
import type { ScenarioResult } from '../engine/compute'
import { toMinor } from '../engine/money'
import type { Built } from './build'

export interface LineDifference {
  row: number
  id: string
  name: string
  /** The line's total in the sheet and in the project, minor units. */
  sheet: number
  computed: number
}

export interface TotalCheck {
  row: number
  label: string
  /** The sheet's figure, minor units; null when the row shows none. */
  sheet: number | null
  computed: number
  /** The lines covered whose own total differs (empty when the difference is in no one line). */
  lines: LineDifference[]
}

export interface CheckResult {
  checks: TotalCheck[]
  /** Markup rows whose amount in the sheet differs from the markup computed. */
  markups: { row: number, id: string, name: string, sheet: number, computed: number }[]
  /** Every line whose total in the sheet differs from the project's. */
  lines: LineDifference[]
  /** Each line's amount (cost + fringe) in the project, minor units, by line id. */
  amounts: Record<string, number>
  /** The project's total, minor units, and the currency's minor digits. */
  total: number
  digits: number
}

export function checkTotals(built: Built, result?: ScenarioResult): CheckResult {
  const r = result ?? computeProject(built.project).scenarios[0]!.result
  const d = r.digits
  const lineAmount = new Map(r.lines.map(l => [l.id, l.amount]))
  const markupAmount = new Map(r.markups.map(m => [m.id, m.amount]))
  const rowOf = new Map([...built.ids].map(([row, id]) => [id, row]))
  const nameOf = new Map(built.project.lines.map(l => [l.id, l.name]))

  const lines: LineDifference[] = []
  for (const [id, total] of built.sheetTotals) {
    const sheet = toMinor(total, d)
    const computed = lineAmount.get(id) ?? 0
    if (sheet !== computed) lines.push({ row: rowOf.get(id) ?? 0, id, name: nameOf.get(id) ?? id, sheet, computed })
  }
  const differs = new Map(lines.map(l => [l.id, l]))

  const checks = built.checks.map((c): TotalCheck => {
    const sum = (cover: Built['checks'][number]['covers'][number]) =>
      cover.lines.reduce((s, id) => s + (lineAmount.get(id) ?? 0), 0) + cover.markups.reduce((s, id) => s + (markupAmount.get(id) ?? 0), 0)
    const sheet = c.amount === null ? null : toMinor(c.amount, d)
    // The reading of the row its figure equals; else the nearest one (the difference is then the
    // smallest the sheet allows), the first when the row shows no figure.
    const cover = sheet === null
      ? c.covers[0]!
      : c.covers.reduce((best, x) => Math.abs(sum(x) - sheet) < Math.abs(sum(best) - sheet) ? x : best)
    const computed = sum(cover)
    return {
      row: c.row,
      label: c.label,
      sheet,
      computed,
      lines: sheet !== null && sheet !== computed ? cover.lines.flatMap(id => differs.get(id) ?? []) : [],
    }
  })
  const markups = [...built.markupAmounts].flatMap(([id, amount]) => {
    const sheet = toMinor(amount, d)
    const computed = markupAmount.get(id) ?? 0
    const m = built.project.markups!.find(x => x.id === id)!
    return sheet === computed ? [] : [{ row: rowOf.get(id) ?? 0, id, name: m.name, sheet, computed }]
  })
  return { checks, markups, lines, amounts: Object.fromEntries(lineAmount), total: r.total, digits: d }
}

/**
 * What every export shows, before any file format: the chosen scenarios, and the budget's rows
 * in the project's order (sections with their lines and tool costs, then the markups), each with
 * its amount in every chosen scenario, in integer minor units as the engine computed them.
 */
import type { LineResult, ProjectResult, ScenarioResult } from '../engine/compute'
import type { Lever, Line, Markup, Project, Section } from '../engine/types'

export interface TableLine {
  line: Line
  /** The line as the baseline computed it (quantity, count, rate and fringe percent used there). */
  baseline: LineResult
  /** The line in each chosen scenario, in column order. */
  results: LineResult[]
}

export interface TableTool {
  lever: Lever
  /** The lever's tool cost in each chosen scenario (0 where it is not adopted). */
  amounts: number[]
}

export interface TableSection {
  section: Section
  lines: TableLine[]
  tools: TableTool[]
  /** Lines (cost + fringe) and tool costs, in each chosen scenario. */
  amounts: number[]
}

export interface TableMarkup {
  markup: Markup
  amounts: number[]
}

export interface BudgetTable {
  currency: string
  /** Minor-unit digits of the currency. */
  digits: number
  /** The chosen scenarios, in the project's order: one column (or sheet) each. */
  columns: ScenarioResult[]
  sections: TableSection[]
  markups: TableMarkup[]
}

/**
 * The rows of an export. Throws when `scenarios` names no scenario of `computed`, or when the rows
 * do not add up to the engine's totals (they always do: the check keeps an export from ever
 * showing figures that disagree with the app).
 */
export function budgetTable(project: Project, computed: ProjectResult, scenarios?: readonly string[]): BudgetTable {
  const all = computed.scenarios.map(c => c.result)
  const baseline = all.find(r => r.baseline) ?? all[0]
  if (!baseline) throw new Error('the project has no scenario to export')
  for (const id of scenarios ?? []) {
    if (!all.some(r => r.id === id)) throw new Error(`no scenario with id "${id}"`)
  }
  const columns = scenarios ? all.filter(r => scenarios.includes(r.id)) : all
  if (columns.length === 0) throw new Error('no scenario chosen for the export')

  // result.lines follows project.lines, index for index.
  const lineRows = project.lines.map((line, j): TableLine => ({
    line,
    baseline: baseline.lines[j]!,
    results: columns.map(r => r.lines[j]!),
  }))
  const toolRows = (project.levers ?? []).flatMap((lever): TableTool[] => {
    if (!lever.toolCost) return []
    const amounts = columns.map(r => r.tools.find(t => t.lever === lever.id)?.amount ?? 0)
    return amounts.some(a => a !== 0) ? [{ lever, amounts }] : []
  })
  const sections = project.sections.map((section): TableSection => {
    const lines = lineRows.filter(l => l.line.section === section.id)
    const tools = toolRows.filter(t => t.lever.toolCost!.section === section.id)
    const amounts = columns.map((_, c) =>
      lines.reduce((sum, l) => sum + l.results[c]!.amount, 0) + tools.reduce((sum, t) => sum + t.amounts[c]!, 0))
    return { section, lines, tools, amounts }
  })
  const markups = (project.markups ?? []).map((markup, k): TableMarkup => ({
    markup,
    amounts: columns.map(r => r.markups[k]!.amount),
  }))

  columns.forEach((r, c) => {
    sections.forEach((s, i) => {
      if (s.amounts[c] !== r.sections[i]!.amount)
        throw new Error(`export of "${r.id}": section "${s.section.id}" adds up to ${s.amounts[c]}, the engine says ${r.sections[i]!.amount}`)
    })
    const subtotal = sections.reduce((sum, s) => sum + s.amounts[c]!, 0)
    const total = subtotal + markups.reduce((sum, m) => sum + m.amounts[c]!, 0)
    if (subtotal !== r.subtotal || total !== r.total)
      throw new Error(`export of "${r.id}": rows add up to ${subtotal} / ${total}, the engine says ${r.subtotal} / ${r.total}`)
  })

  return { currency: baseline.currency, digits: baseline.digits, columns, sections, markups }
}

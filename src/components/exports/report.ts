/**
 * The printed report's tables as plain rows of figures (integer minor units), from the project and
 * the engine's results: the topsheet of the baseline against the scenario shown, the comparison
 * of every scenario, and the budget detail. PrintReport.vue only formats and lays them out.
 */
import type { ProjectResult, ScenarioResult } from '@/engine/compute'
import type { Project } from '@/engine/types'
import { budgetTable } from '@/export/table'
import type { BudgetTable } from '@/export/table'

export interface TopsheetRow {
  key: string
  kind: 'section' | 'subtotal' | 'markup' | 'total'
  /** Account code of a section; empty elsewhere. */
  code: string
  /** Id of the section or markup; empty for subtotal and total. */
  id: string
  /** A markup's percent in the scenario shown. */
  percent?: number
  base: number
  scen: number
}

/** Sections (with their codes), subtotal, markups and total of the baseline and the scenario. */
export function topsheetRows(project: Project, base: ScenarioResult, scen: ScenarioResult): TopsheetRow[] {
  const rows: TopsheetRow[] = scen.sections.map((s, i) => ({
    key: `s-${s.id}`,
    kind: 'section',
    code: project.sections.find(x => x.id === s.id)?.code ?? '',
    id: s.id,
    base: base.sections[i]?.amount ?? 0,
    scen: s.amount,
  }))
  rows.push({ key: 'subtotal', kind: 'subtotal', code: '', id: '', base: base.subtotal, scen: scen.subtotal })
  scen.markups.forEach((m, i) => rows.push({ key: `m-${m.id}`, kind: 'markup', code: '', id: m.id, percent: m.percent, base: base.markups[i]?.amount ?? 0, scen: m.amount }))
  rows.push({ key: 'total', kind: 'total', code: '', id: '', base: base.total, scen: scen.total })
  return rows
}

/** The scenarios the report includes: those chosen that still exist, in the project's order; all when none is chosen. */
export function includedScenarios(result: ProjectResult, chosen: readonly string[] | null): string[] {
  const ids = result.scenarios.map(c => c.result.id)
  if (chosen === null) return ids
  const kept = ids.filter(id => chosen.includes(id))
  return kept.length > 0 ? kept : ids
}

/** Landscape pages: asked for, or ('auto') when more than four scenarios are compared. */
export function isLandscape(orientation: 'auto' | 'portrait' | 'landscape', scenarios: number): boolean {
  return orientation === 'landscape' || (orientation === 'auto' && scenarios > 4)
}

/** Scenarios to a comparison table: as many as a page's width holds. */
export function comparisonWidth(landscape: boolean): number {
  return landscape ? 8 : 5
}

/**
 * Splits the columns into the fewest tables of at most `size` scenarios, so that a page holds each,
 * and as even as can be (six in portrait: three and three, not five and one); earlier tables take
 * the one more where they cannot all be equal.
 */
export function columnGroups<T>(list: readonly T[], size: number): T[][] {
  const count = Math.ceil(list.length / size)
  const out: T[][] = []
  let at = 0
  for (let g = 0; g < count; g++) {
    const n = Math.floor(list.length / count) + (g < list.length % count ? 1 : 0)
    out.push(list.slice(at, at + n))
    at += n
  }
  return out
}

/**
 * The budget detail: every line and tool cost by section, with subtotals, for the baseline and
 * (when it is another) the scenario shown; the same rows as the CSV and XLSX exports.
 */
export function detailTable(project: Project, result: ProjectResult, baselineId: string, scenarioId: string): BudgetTable {
  return budgetTable(project, result, baselineId === scenarioId ? [baselineId] : [baselineId, scenarioId])
}

/**
 * `--optimize` of the command line (MODEL.md §6.3): each scenario's order optimised for its own
 * total, the figures then computed with the new orders, the JSON scenarios given an `optimized`
 * object, and `--write FILE` saving the project with the new orders.
 */
import { toMajor, minorDigits } from '../engine/money'
import type { ProjectReport } from '../engine/report'
import type { Project } from '../engine/types'
import { optimiseOrder, withOrder } from '../optimiser'
import { visible } from './terminal'
import type { OptimiseResult } from '../optimiser'

export interface OptimiseFlags {
  /** Only this scenario (every scenario when absent). */
  scenario?: string
  seed?: number
  iterations?: number
}

export interface Optimised {
  /** The project with every optimised scenario's new order, where that scenario takes it from. */
  project: Project
  results: Map<string, OptimiseResult>
}

/**
 * Optimises the scenarios of a project with a shoot plan. Each starts from its own order in the
 * project as given, so the baseline's new `shoot.order` does not move another scenario's start.
 */
export function optimiseProject(project: Project, flags: OptimiseFlags): Optimised {
  if (!project.shoot) throw new Error('--optimize needs a project with a shoot plan ("shoot", "scenes")')
  const ids = project.scenarios.map(s => s.id).filter(id => flags.scenario === undefined || id === flags.scenario)
  const results = new Map<string, OptimiseResult>()
  for (const id of ids) results.set(id, optimiseOrder(project, id, { seed: flags.seed, iterations: flags.iterations }))
  let out = project
  for (const [id, r] of results) out = withOrder(out, id, r.order)
  return { project: out, results }
}

/** Adds `optimized` (major units) to each optimised scenario of a §5 report. */
export function addOptimized(report: ProjectReport, opt: Optimised): ProjectReport {
  const digits = minorDigits(report.currency)
  for (const s of report.scenarios) {
    const r = opt.results.get(s.id)
    if (!r) continue
    Object.assign(s, {
      optimized: {
        totalBefore: toMajor(r.totalBefore, digits),
        totalAfter: toMajor(r.totalAfter, digits),
        daysBefore: r.daysBefore,
        daysAfter: r.daysAfter,
        proven: r.proven,
      },
    })
  }
  return report
}

/** One line per optimised scenario, for the table output (ids made harmless for the terminal). */
export function optimisedLines(opt: Optimised): string {
  const digits = minorDigits(opt.project.meta.currency)
  const money = (minor: number) => toMajor(minor, digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
  return [...opt.results].map(([id, r]) => {
    const pct = r.totalBefore === 0 ? 0 : (r.totalBefore - r.totalAfter) / r.totalBefore * 100
    return `Optimised order of ${visible(id)}: total ${money(r.totalBefore)} → ${money(r.totalAfter)} (−${pct.toFixed(1)}%), `
      + `shoot days ${r.daysBefore} → ${r.daysAfter}, ${r.proven ? 'proven optimal' : 'not proven optimal'}\n`
  }).join('')
}

/** The project file with the new orders, as `--write` saves it (unknown fields kept). */
export function projectFileText(opt: Optimised): string {
  return `${JSON.stringify(opt.project, null, 2)}\n`
}

/**
 * `packShoot`: a project's shoot plan packed for one scenario (MODEL.md §6), by id. The stable
 * entry point for code outside the engine (the optimiser cross-checks its own packer with it).
 */
import { applyOverrides } from './model'
import type { LeverPoint } from './model'
import { own } from './own'
import { describePacking, packMinutes, preparePlan, sceneMinutes, walkOrder } from './shoot'
import type { Packing, PlanModel, ShootSchedule } from './shoot'
import type { Project, Scenario } from './types'

export interface PackShootOptions {
  /** Packs in this order instead of the scenario's (scenes it leaves out follow in file order). */
  order?: readonly string[]
  /** The levers' scene hours at this point of their ranges (likely by default). */
  point?: LeverPoint
}

export interface PackedShoot {
  schedule: ShootSchedule
  plan: PlanModel
  packing: Packing
}

/**
 * The scenario's plan packed: its overrides applied (order, hours per day, move hours, scene hours
 * and minutes), scene hours cut by its adopted levers (§6.1), then packed (§6.2). `scenario`
 * defaults to none (the file as it is, no adoption). Null when the project has no `shoot`.
 */
export function packShootDetailed(project: Project, scenario?: Scenario | string, options: PackShootOptions = {}): PackedShoot | null {
  const sc = typeof scenario === 'string' ? project.scenarios.find(s => s.id === scenario) : scenario
  if (typeof scenario === 'string' && !sc) throw new Error(`no scenario with id "${scenario}"`)
  const p = sc ? applyOverrides(project, sc) : project
  const plan = preparePlan(p)
  if (!plan) return null
  const levers = p.levers ?? []
  const point = options.point ?? 'likely'
  const adoption = levers.map(l => (sc ? own(sc.adoption, l.id) ?? 0 : 0) / 100)
  const hours = levers.map(l => (l.scenes ? l.scenes.hours[point] / 100 : 0))
  const walk = options.order ? walkOrder(plan.sceneIds, options.order) : plan.walk
  const packing = packMinutes(plan, sceneMinutes(plan, adoption, hours), walk)
  return { schedule: describePacking(plan, packing, walk), plan, packing }
}

/** The `schedule` of MODEL.md §5 for a scenario (see `packShootDetailed`); null without a `shoot`. */
export function packShoot(project: Project, scenario?: Scenario | string, options: PackShootOptions = {}): ShootSchedule | null {
  return packShootDetailed(project, scenario, options)?.schedule ?? null
}

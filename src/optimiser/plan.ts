/**
 * The compact model of a scenario's shoot plan that the optimiser searches over (MODEL.md §6):
 * each scene shot as its whole minutes μ_s (§6.1), its location and cast as indices, H and M, and
 * the coefficients that turn a packing into the scenario's total (see ./coefficients).
 * Pure: no Vue, no DOM, no Node.
 */
import { applyOverrides } from '../engine/model'
import { roundHalfAway } from '../engine/money'
import { own } from '../engine/own'
import type { Project, Scenario } from '../engine/types'
import { planCosts } from './coefficients'
import type { PlanCosts } from './coefficients'

export interface Plan {
  /** Every scene id, in file order. */
  sceneIds: string[]
  /** Scenes shot (μ_s > 0), as indices into `sceneIds`, in the order the scenario packs them. */
  startOrder: Int32Array
  /** Scenes not shot (μ_s = 0), in packing order: their place changes nothing. */
  idle: string[]
  /** Whole minutes μ_s per scene (file order). */
  minutes: Int32Array
  /** Location index per scene. */
  location: Int32Array
  /** Cast of each scene as indices into `castIds`: `castList[castStart[s] .. castStart[s + 1])`. */
  castStart: Int32Array
  castList: Int32Array
  castIds: string[]
  locationIds: string[]
  /** H and M of §6.1. */
  dayMinutes: number
  moveMinutes: number
  costs: PlanCosts
}

/** The scenario with the given id, or an error that names it. */
export function scenarioOf(project: Project, scenarioId: string): Scenario {
  const sc = project.scenarios.find(s => s.id === scenarioId)
  if (!sc) throw new Error(`no scenario "${scenarioId}"`)
  return sc
}

/** `round(x)` as §6.1 rounds minutes: half away from zero on the decimal value. */
function wholeMinutes(hours: number): number {
  return roundHalfAway(hours * 60)
}

/** The packing order of §6.2: `order`, then the scenes it leaves out, in file order (indices). */
export function packingOrder(sceneIds: readonly string[], order: readonly string[] | undefined): number[] {
  const index = new Map(sceneIds.map((id, i) => [id, i]))
  const seen = new Uint8Array(sceneIds.length)
  const out: number[] = []
  for (const id of order ?? []) {
    const i = index.get(id)
    if (i === undefined || seen[i]) continue
    seen[i] = 1
    out.push(i)
  }
  for (let i = 0; i < sceneIds.length; i++) if (!seen[i]) out.push(i)
  return out
}

/** The plan of one scenario; throws when the project has no shoot plan. */
export function buildPlan(source: Project, scenarioId: string): Plan {
  const scenario = scenarioOf(source, scenarioId)
  if (!source.shoot) throw new Error('the project has no shoot plan to optimise')
  const project = applyOverrides(source, scenario)
  const o = scenario.overrides
  const shoot = { ...source.shoot, ...(o?.shoot ?? {}) }
  const scenes = source.scenes ?? []
  const locationIds = (source.locations ?? []).map(l => l.id)
  const castIds = (source.cast ?? []).map(c => c.id)
  const locIndex = new Map(locationIds.map((id, i) => [id, i]))
  const castIndex = new Map(castIds.map((id, i) => [id, i]))
  const levers = source.levers ?? []

  const n = scenes.length
  const minutes = new Int32Array(n)
  const location = new Int32Array(n)
  const castStart = new Int32Array(n + 1)
  const castList: number[] = []
  scenes.forEach((scene, s) => {
    const so = own(o?.scenes, scene.id)
    const sceneMinutes = so?.minutes ?? scene.minutes
    let h = so?.hours ?? scene.hours ?? sceneMinutes * shoot.hoursPerMinute
    for (const lever of levers) {
      const a = (own(scenario.adoption, lever.id) ?? 0) / 100
      const w = lever.scenes ? lever.scenes.hours.likely / 100 : 0
      if (a * w === 0) continue
      const tags = lever.scenes!.tags
      if (tags && !tags.some(t => scene.tags?.includes(t))) continue
      h *= 1 - a * w
    }
    minutes[s] = wholeMinutes(h)
    const l = locIndex.get(scene.location)
    if (l === undefined) throw new Error(`scenes[${s}].location: no location "${scene.location}"`)
    location[s] = l
    castStart[s] = castList.length
    for (const c of scene.cast) {
      const k = castIndex.get(c)
      if (k === undefined) throw new Error(`scenes[${s}].cast: no cast member "${c}"`)
      castList.push(k)
    }
  })
  castStart[n] = castList.length

  const sceneIds = scenes.map(s => s.id)
  const order = packingOrder(sceneIds, shoot.order)
  const dayMinutes = wholeMinutes(shoot.hoursPerDay)
  if (dayMinutes < 1) throw new Error('shoot.hoursPerDay: a shooting day must last at least a minute')
  return {
    sceneIds,
    startOrder: Int32Array.from(order.filter(s => minutes[s]! > 0)),
    idle: order.filter(s => minutes[s] === 0).map(s => sceneIds[s]!),
    minutes,
    location,
    castStart,
    castList: Int32Array.from(castList),
    castIds,
    locationIds,
    dayMinutes,
    moveMinutes: wholeMinutes(shoot.moveHours ?? 0),
    costs: planCosts(project, scenario, shoot.phase, castIds, locationIds, (source.cast ?? []).map(c => c.pay)),
  }
}

/**
 * The shoot plan (MODEL.md §6): scene time in whole minutes (§6.1) and packing the scenes into
 * shooting days, with cast and location days (§6.2). Everything is in integers of minutes once the
 * scene times are rounded, so the same plan packs the same way on every machine.
 *
 * Two layers:
 * - `preparePlan` resolves a project's plan to indices once (scene locations, cast, lever scenes);
 * - `sceneMinutes` and `packMinutes` then do one evaluation in a few linear loops: an edit to one
 *   scene or one moved strip costs O(scenes + cast entries).
 * `packShoot` (shootSchedule.ts) wraps both for a project and a scenario.
 */
import type { Lever, Project } from './types'

/** A project's shoot plan resolved to indices (after a scenario's overrides). */
export interface PlanModel {
  /** The id of the phase whose days are the shoot days, and its index (−1 when unknown). */
  phaseId: string
  phase: number
  /** Minutes of a shooting day and of a move: H and M of §6.1. */
  dayMinutes: number
  moveMinutes: number
  sceneIds: string[]
  /** Per scene: its location's index (−1 when unknown). */
  sceneLocation: Int32Array
  /** The cast of scene s: `castList[castStart[s] .. castStart[s + 1])`, cast indices. */
  castStart: Int32Array
  castList: Int32Array
  /** Per scene: its hours before the levers (`hours`, else `minutes × hoursPerMinute`). */
  baseHours: Float64Array
  /** Per scene: the levers whose scenes include it, in lever order (indices into project.levers). */
  sceneLevers: number[][]
  /** The packing order (§6.2): `shoot.order`, then the scenes it leaves out in file order. */
  walk: Int32Array
  locationIds: string[]
  castIds: string[]
  /** Per cast member: 1 for `pay: span`, 0 for `pay: worked`. */
  castSpan: Uint8Array
}

/** One packing of a plan (§6.2), by scene, cast and location index. Days count from 1. */
export interface Packing {
  /** Shoot days D: the last day used, 0 when no scene is shot. */
  days: number
  /** μ_s per scene (0: not shot). */
  minutes: Float64Array
  /** First and last day of each scene shot; 0 for a scene not shot. */
  day: Int32Array
  lastDay: Int32Array
  /** 1 when the company moved to the scene's location within its (first) day, paying M minutes. */
  move: Uint8Array
  castFirst: Int32Array
  castLast: Int32Array
  castWorked: Int32Array
  /** Paid days: last − first + 1 for span pay, worked for worked pay; 0 when in no scene shot. */
  castPaid: Int32Array
  /** Distinct days with a scene at the location. */
  locationDays: Int32Array
}

/**
 * `round(x)` half away from zero as money is rounded (§2): a value within binary error of a half
 * is first cut to 15 significant digits (177.4999999999998 → 177.5 → 178). No range check: these
 * are minutes, not money.
 */
export function roundMinutes(x: number): number {
  const a = Math.abs(x)
  const fraction = a - Math.floor(a)
  const nearHalf = a < 1e15 && Math.abs(fraction - 0.5) <= 1e-12 * (a + 1)
  const rounded = Math.round(nearHalf ? Number(a.toPrecision(15)) : a)
  return x < 0 && rounded !== 0 ? -rounded : rounded
}

/** True when lever's `scenes` include a scene with these tags: any of the lever's tags, all scenes without tags. */
export function leverTouchesScene(lever: Pick<Lever, 'scenes'>, sceneTags: readonly string[] | undefined): boolean {
  const s = lever.scenes
  if (!s) return false
  if (s.tags === undefined) return true
  return s.tags.some(t => sceneTags?.includes(t) ?? false)
}

/**
 * Resolves the project's plan, or null when it has no `shoot`. The project is taken as it is:
 * pass it with the scenario's overrides applied (see `applyOverrides`). Unknown references
 * (refused by validation) resolve to −1 and are skipped.
 */
export function preparePlan(project: Project): PlanModel | null {
  const shoot = project.shoot
  if (!shoot) return null
  const scenes = project.scenes ?? []
  const locationIds = (project.locations ?? []).map(l => l.id)
  const cast = project.cast ?? []
  const locationIndex = new Map(locationIds.map((id, i) => [id, i]))
  const castIndex = new Map(cast.map((c, i) => [c.id, i]))
  const n = scenes.length
  const sceneLocation = new Int32Array(n)
  const castStart = new Int32Array(n + 1)
  const castList: number[] = []
  const baseHours = new Float64Array(n)
  const levers = project.levers ?? []
  const sceneLevers: number[][] = []
  const hoursPerMinute = shoot.hoursPerMinute
  for (let s = 0; s < n; s++) {
    const scene = scenes[s]!
    sceneLocation[s] = locationIndex.get(scene.location) ?? -1
    castStart[s] = castList.length
    for (const c of scene.cast ?? []) {
      const k = castIndex.get(c)
      if (k !== undefined) castList.push(k)
    }
    baseHours[s] = scene.hours ?? scene.minutes * hoursPerMinute
    const touching: number[] = []
    for (let i = 0; i < levers.length; i++) if (leverTouchesScene(levers[i]!, scene.tags)) touching.push(i)
    sceneLevers.push(touching)
  }
  castStart[n] = castList.length
  const sceneIds = scenes.map(s => s.id)
  return {
    phaseId: shoot.phase,
    phase: project.phases.findIndex(p => p.id === shoot.phase),
    dayMinutes: roundMinutes(shoot.hoursPerDay * 60),
    moveMinutes: roundMinutes((shoot.moveHours ?? 0) * 60),
    sceneIds,
    sceneLocation,
    castStart,
    castList: Int32Array.from(castList),
    baseHours,
    sceneLevers,
    walk: walkOrder(sceneIds, shoot.order),
    locationIds,
    castIds: cast.map(c => c.id),
    castSpan: Uint8Array.from(cast, c => (c.pay === 'worked' ? 0 : 1)),
  }
}

/**
 * The packing order of §6.2 as scene indices: the ids of `order` that name a scene (each once),
 * then every scene it leaves out, in file order.
 */
export function walkOrder(sceneIds: readonly string[], order: readonly string[] | undefined): Int32Array {
  const n = sceneIds.length
  const walk = new Int32Array(n)
  const placed = new Uint8Array(n)
  let k = 0
  if (order && order.length > 0) {
    const index = new Map<string, number>()
    for (let s = n - 1; s >= 0; s--) index.set(sceneIds[s]!, s)
    for (const id of order) {
      const s = index.get(id)
      if (s === undefined || placed[s]) continue
      placed[s] = 1
      walk[k++] = s
    }
  }
  for (let s = 0; s < n; s++) if (!placed[s]) walk[k++] = s
  return walk
}

/**
 * μ_s of §6.1 for every scene: `round(h_s × 60)` with `h_s` = base hours × Π (1 − a_i × w_i) over
 * the levers whose scenes include s, multiplied in lever order. `adoption` and `sceneHours` are per
 * lever, as fractions. Whole numbers in a Float64Array: no scene's minutes can overflow
 * (`amountProblems` bounds the days a plan can take).
 */
export function sceneMinutes(plan: PlanModel, adoption: ArrayLike<number>, sceneHours: ArrayLike<number>, out: Float64Array = new Float64Array(plan.sceneIds.length)): Float64Array {
  const n = plan.sceneIds.length
  for (let s = 0; s < n; s++) {
    let h = plan.baseHours[s]!
    for (const i of plan.sceneLevers[s]!) {
      const x = adoption[i]! * sceneHours[i]!
      if (x !== 0) h *= 1 - x
    }
    out[s] = h > 0 ? roundMinutes(h * 60) : 0
  }
  return out
}

/**
 * Packs the scenes into days (§6.2), walking `walk` (the plan's order unless given), with the
 * scenes' minutes `minutes` (from `sceneMinutes`). Linear in scenes and cast entries.
 */
export function packMinutes(plan: PlanModel, minutes: Float64Array, walk: ArrayLike<number> = plan.walk): Packing {
  const nScenes = plan.sceneIds.length
  const nCast = plan.castIds.length
  const nLocations = plan.locationIds.length
  const H = plan.dayMinutes
  const M = plan.moveMinutes
  const day = new Int32Array(nScenes)
  const lastDay = new Int32Array(nScenes)
  const move = new Uint8Array(nScenes)
  const castFirst = new Int32Array(nCast)
  const castLast = new Int32Array(nCast)
  const castWorked = new Int32Array(nCast)
  const castPaid = new Int32Array(nCast)
  const locationDays = new Int32Array(nLocations)
  // The last day already counted for each location (days only grow along the walk).
  const locationSeen = new Int32Array(nLocations)

  let d = 0
  let u = 0
  let L = -2
  for (let k = 0; k < walk.length; k++) {
    const s = walk[k]!
    const mu = minutes[s]!
    if (mu <= 0) continue
    const loc = plan.sceneLocation[s]!
    if (d === 0) d = 1
    let x = 0
    if (u > 0) {
      x = loc !== L ? M : 0
      if (u + x + mu > H) { d++; u = 0 }
    }
    let first = d
    if (u === 0) {
      const span = H > 0 ? Math.ceil(mu / H) : 1
      first = d
      d = d + span - 1
      u = mu - (span - 1) * H
    }
    else {
      if (loc !== L) move[s] = 1
      u += x + mu
    }
    day[s] = first
    lastDay[s] = d
    L = loc
    if (loc >= 0 && locationSeen[loc]! < d) {
      locationDays[loc]! += d - Math.max(first, locationSeen[loc]! + 1) + 1
      locationSeen[loc] = d
    }
    for (let c = plan.castStart[s]!; c < plan.castStart[s + 1]!; c++) {
      const m = plan.castList[c]!
      if (castFirst[m] === 0) castFirst[m] = first
      // castLast holds the last day counted so far.
      if (castLast[m]! < d) {
        castWorked[m]! += d - Math.max(first, castLast[m]! + 1) + 1
        castLast[m] = d
      }
    }
  }
  for (let m = 0; m < nCast; m++)
    castPaid[m] = castFirst[m] === 0 ? 0 : plan.castSpan[m] ? castLast[m]! - castFirst[m]! + 1 : castWorked[m]!
  return { days: d, minutes, day, lastDay, move, castFirst, castLast, castWorked, castPaid, locationDays }
}

/** The `schedule` object of MODEL.md §5, by id. */
export interface ShootSchedule {
  /** Shoot days D. */
  days: number
  /** Every scene id in packing order, scenes not shot included. */
  order: string[]
  /** The scenes shot, in packing order: packed minutes, first and last day. */
  scenes: { id: string, minutes: number, day: number, lastDay: number }[]
  /** Every cast member, in file order (all 0 when in no scene shot). */
  cast: { id: string, first: number, last: number, worked: number, paid: number }[]
  /** Every location, in file order: days with a scene there. */
  locations: { id: string, days: number }[]
}

/** A packing told by id (MODEL.md §5 `schedule`). */
export function describePacking(plan: PlanModel, p: Packing, walk: ArrayLike<number> = plan.walk): ShootSchedule {
  const order: string[] = []
  const scenes: ShootSchedule['scenes'] = []
  for (let k = 0; k < walk.length; k++) {
    const s = walk[k]!
    order.push(plan.sceneIds[s]!)
    if (p.minutes[s]! > 0) scenes.push({ id: plan.sceneIds[s]!, minutes: p.minutes[s]!, day: p.day[s]!, lastDay: p.lastDay[s]! })
  }
  return {
    days: p.days,
    order,
    scenes,
    cast: plan.castIds.map((id, m) => ({ id, first: p.castFirst[m]!, last: p.castLast[m]!, worked: p.castWorked[m]!, paid: p.castPaid[m]! })),
    locations: plan.locationIds.map((id, l) => ({ id, days: p.locationDays[l]! })),
  }
}

/**
 * Edits to the shoot plan, as plain functions over a draft copy (like ./edits.ts): the order of
 * the strips, a scene generated instead of shot, the hours of a day and of a move. Each is made
 * where the scenario shown takes it from (MODEL.md §6.3): the baseline's order is the plan's own
 * `shoot.order`; another scenario gets its own `overrides.shoot.order`, marked and resettable; a
 * scenario that already has its own keeps editing it.
 */
import { baselineIndex } from '@/engine/validate'
import type { Project, Scenario } from '@/engine/types'
import { scenario as scenarioOf } from './scenarioEdits'

const isBaseline = (p: Project, s: Scenario) => p.scenarios.indexOf(s) === baselineIndex(p)

/** True when the scenario packs in an order of its own (an override of the plan's). */
export function hasOwnOrder(s: Scenario): boolean {
  return Array.isArray(s.overrides?.shoot?.order)
}

/** Sets the order the scenario's scenes are shot in. */
export function setShootOrder(p: Project, scenarioId: string, order: string[]): void {
  if (!p.shoot) throw new Error('the project has no shoot plan')
  const s = scenarioOf(p, scenarioId)
  if (!hasOwnOrder(s) && isBaseline(p, s)) {
    p.shoot.order = order
    return
  }
  s.overrides ??= {}
  s.overrides.shoot ??= {}
  s.overrides.shoot.order = order
}

/** Drops the scenario's own order: it packs in the plan's again. */
export function resetShootOrder(p: Project, scenarioId: string): void {
  const s = scenarioOf(p, scenarioId)
  const o = s.overrides?.shoot
  if (!o) return
  delete o.order
  if (Object.keys(o).length === 0) delete s.overrides!.shoot
}

/** Marks a scene generated instead of shot in the scenario (0 hours), or shot again. */
export function setGenerated(p: Project, scenarioId: string, sceneId: string, generated: boolean): void {
  const s = scenarioOf(p, scenarioId)
  if (generated) {
    s.overrides ??= {}
    s.overrides.scenes ??= {}
    s.overrides.scenes[sceneId] = { ...s.overrides.scenes[sceneId], hours: 0 }
    return
  }
  const own = s.overrides?.scenes?.[sceneId]
  if (!own) return
  delete own.hours
  if (Object.keys(own).length === 0) delete s.overrides!.scenes![sceneId]
  if (Object.keys(s.overrides!.scenes!).length === 0) delete s.overrides!.scenes
}

/** True when the scenario marks the scene generated (its own 0 hours). */
export function isGenerated(s: Scenario, sceneId: string): boolean {
  return s.overrides?.scenes?.[sceneId]?.hours === 0
}

export type ShootSetting = 'hoursPerDay' | 'moveHours'

/** Sets hours per day or per move: the plan's for the baseline, the scenario's own otherwise. */
export function setShootSetting(p: Project, scenarioId: string, field: ShootSetting, value: number): void {
  if (!p.shoot) throw new Error('the project has no shoot plan')
  const s = scenarioOf(p, scenarioId)
  if (isBaseline(p, s) && s.overrides?.shoot?.[field] === undefined) {
    p.shoot[field] = value
    return
  }
  s.overrides ??= {}
  s.overrides.shoot ??= {}
  s.overrides.shoot[field] = value
}

/**
 * What a lever with scene hours (MODEL.md §6.1) does to the shoot plan of a scenario: the scenes
 * it touches, the shoot hours it removes at its adoption there (the other levers' cuts applied
 * first, as the engine does), and the shooting days the plan then saves, packing the plan with and
 * without its adoption. When it is not adopted, the same at full adoption. Pure.
 */
import { leverTouchesScene } from '@/engine/shoot'
import { packShoot } from '@/engine/shootSchedule'
import type { Lever, Project, Scenario } from '@/engine/types'

export interface LeverScenesEffect {
  /** Scenes the lever touches (by its tags, every scene without tags). */
  scenes: number
  /** Its tags; null when it touches every scene. */
  tags: string[] | null
  /** The adoption the figures below are at, in percent: the scenario's, or 100 when it has none. */
  adoption: number
  /** True when the scenario adopts the lever (else the figures are at full adoption). */
  adopted: boolean
  /** Shoot minutes of the scenes shot with and without the lever's adoption. */
  minutesWith: number
  minutesWithout: number
  /** Shooting days with and without its adoption. */
  daysWith: number
  daysWithout: number
}

const shotMinutes = (schedule: { scenes: { minutes: number }[] }) => schedule.scenes.reduce((sum, s) => sum + s.minutes, 0)

/** Null when the project has no plan or the lever no scene hours. */
export function leverScenesEffect(project: Project, scenario: Scenario, lever: Lever): LeverScenesEffect | null {
  if (!project.shoot || !lever.scenes) return null
  const own = scenario.adoption[lever.id] ?? 0
  const adopted = own > 0
  const adoption = adopted ? own : 100
  const at = (percent: number): Scenario => ({ ...scenario, adoption: { ...scenario.adoption, [lever.id]: percent } })
  const withLever = packShoot(project, adopted ? scenario : at(100))!
  const without = packShoot(project, at(0))!
  const scenes = (project.scenes ?? []).filter(s => leverTouchesScene(lever, s.tags)).length
  return {
    scenes,
    tags: lever.scenes.tags ?? null,
    adoption,
    adopted,
    minutesWith: shotMinutes(withLever),
    minutesWithout: shotMinutes(without),
    daysWith: withLever.days,
    daysWithout: without.days,
  }
}

/** Hours with one decimal, as the card says them. */
export function hoursText(minutes: number): string {
  return String(Math.round(minutes / 6) / 10)
}

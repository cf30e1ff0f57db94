/**
 * Small shoot plans (MODEL.md §6) for tests: scenes at locations with cast, packed in a day of
 * `hoursPerDay` hours.
 */
import type { CastMember, Lever, Line, Project, Scenario, Scene, ShootPlan } from '../../src/engine/types'
import { makeProject } from './projects'

/** A scene at `location` with `hours` shoot hours and the given cast; 1 screen minute. */
export function sc(id: string, location: string, hours: number | undefined, cast: string[] = [], fields: Partial<Scene> = {}): Scene {
  return { id, episode: 1, number: id, time: 'day', setting: 'int', location, cast, minutes: 1, ...(hours === undefined ? {} : { hours }), ...fields }
}

export interface PlanInput {
  scenes: Scene[]
  shoot?: Partial<ShootPlan>
  cast?: (string | CastMember)[]
  lines?: Line[]
  levers?: Lever[]
  scenarios?: Scenario[]
  phases?: Project['phases']
}

/**
 * A project with a plan: the locations and cast its scenes name (cast given as ids are paid by
 * span), a phase "shoot" of 10 typed days, 12-hour days, 1-hour moves, 1.5 hours per minute.
 */
export function planProject(input: PlanInput): Project {
  const locations = [...new Set(input.scenes.map(s => s.location))].map(id => ({ id, name: id }))
  const named = (input.cast ?? []).map(c => (typeof c === 'string' ? { id: c, name: c, pay: 'span' as const } : c))
  for (const s of input.scenes)
    for (const c of s.cast) if (!named.some(m => m.id === c)) named.push({ id: c, name: c, pay: 'span' })
  return makeProject({
    ...(input.phases ? { phases: input.phases } : {}),
    locations,
    cast: named,
    scenes: input.scenes,
    shoot: { phase: 'shoot', hoursPerDay: 12, moveHours: 1, hoursPerMinute: 1.5, ...input.shoot },
    lines: input.lines ?? [],
    levers: input.levers ?? [],
    ...(input.scenarios ? { scenarios: input.scenarios } : {}),
  })
}

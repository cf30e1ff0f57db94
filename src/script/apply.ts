/**
 * Adds a read breakdown to a project (issue 15; shared by `breakdown --into` and the app's
 * "apply"). Pure: a new project is returned, the given one is not touched.
 *
 * - Locations and cast members join those the project has: the same name (in any width, case or
 *   spacing; for a person, also with a job title before it) is the same entry; new ones get ids not yet taken.
 * - Scenes are added in script order; a scene whose id the project already has replaces it.
 * - A shoot plan in script order is added when the project has none: the phase called shooting
 *   (id `shoot`, or a name with shoot/拍摄) unless one is given, 12 hours a day, 1 hour per move,
 *   and hours per screen minute chosen so the packed days come close to the phase's typed days
 *   (see calibrate.ts). A project's own plan is kept, new scenes added at the end of its order.
 * - With `lines`, one labor line per cast member of the script following `cast:<id>` and one cost
 *   line per location following `location:<id>`, rates 0, made by lines.ts exactly as the Breakdown
 *   view's "Add cast lines" makes them (same sections, codes and ids); entries that already have
 *   such a line get none.
 */
import type { CastMember, Location, Project, Scene, ShootPlan } from '../engine/types'
import { castKey, nameKey } from './builder'
import { HOURS_PER_DAY, MOVE_HOURS, hoursPerMinuteFor } from './calibrate'
import { addBreakdownLines } from './lines'
import type { ScriptBreakdown } from './types'

export interface ApplyOptions {
  /** The phase whose days are the shoot days; by default the one called shooting; null: no plan. */
  phase?: string | null
  /** Add the cast and location budget lines (default true). */
  lines?: boolean
}

export interface ApplySummary {
  locations: number
  cast: number
  scenes: number
  replaced: number
  lines: number
  /** The plan's phase and rate when a plan was added; null when the project kept its own or none fits. */
  shoot: { phase: string, hoursPerMinute: number } | null
  /** The scenarios that set the shooting phase's days, when they kept a plan from being added. */
  planRefused?: string[]
}

/** The phase called shooting: id `shoot`, else a name (or translated name) with shoot / 拍摄 / 摄制. */
export function shootingPhase(project: Project): string | null {
  const phases = project.phases
  if (phases.some(p => p.id === 'shoot')) return 'shoot'
  const named = phases.find(p => /shoot|filming|拍摄|摄制/i.test(`${p.id} ${p.name} ${JSON.stringify(p.l10n ?? '')}`))
  return named?.id ?? null
}

function freshId(base: string, taken: Set<string>): string {
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
  taken.add(id)
  return id
}

function join<T extends { id: string, name: string }>(have: readonly T[], add: readonly T[], make: (entry: T, id: string) => T, key: (name: string) => string): { list: T[], ids: Map<string, string>, added: number } {
  const list = [...have]
  const byKey = new Map(have.map(e => [key(e.name), e.id]))
  const taken = new Set(have.map(e => e.id))
  const ids = new Map<string, string>()
  let added = 0
  for (const e of add) {
    const known = byKey.get(key(e.name))
    if (known !== undefined) { ids.set(e.id, known); continue }
    const id = freshId(e.id, taken)
    byKey.set(key(e.name), id)
    ids.set(e.id, id)
    list.push(make(e, id))
    added++
  }
  return { list, ids, added }
}

export function applyBreakdown(project: Project, breakdown: ScriptBreakdown, options: ApplyOptions = {}): { project: Project, summary: ApplySummary } {
  const locs = join<Location>(project.locations ?? [], breakdown.locations, (l, id) => ({ ...l, id }), nameKey)
  const cast = join<CastMember>(project.cast ?? [], breakdown.cast, (c, id) => ({ ...c, id }), castKey)
  const scenes: Scene[] = [...(project.scenes ?? [])]
  const at = new Map(scenes.map((s, i) => [s.id, i]))
  let replaced = 0
  for (const s of breakdown.scenes) {
    const scene: Scene = { ...s, location: locs.ids.get(s.location) ?? s.location, cast: [...new Set(s.cast.map(c => cast.ids.get(c) ?? c))] }
    const i = at.get(s.id)
    if (i !== undefined) { scenes[i] = scene; replaced++ }
    else { at.set(s.id, scenes.length); scenes.push(scene) }
  }
  const next: Project = { ...project, locations: locs.list, cast: cast.list, scenes }

  let shoot: ApplySummary['shoot'] = null
  let planRefused: string[] | undefined
  if (project.shoot) {
    const order = project.shoot.order
    if (order) {
      const inOrder = new Set(order)
      next.shoot = { ...project.shoot, order: [...order, ...breakdown.scenes.map(s => s.id).filter(id => !inOrder.has(id))] }
    }
  }
  else {
    const phase = options.phase === undefined ? shootingPhase(project) : options.phase
    const typed = project.phases.find(p => p.id === phase)
    // a plan's phase lasts the packed days, which no scenario may set (MODEL.md §6): a project
    // whose scenario sets them keeps its phases and gets no plan, and is told why
    const setters = project.scenarios.filter(sc => phase && sc.overrides?.phases?.[phase]?.days !== undefined).map(sc => sc.id)
    if (setters.length > 0) planRefused = setters
    else if (phase && typed) {
      const hoursPerMinute = hoursPerMinuteFor(scenes, typed.days)
      const plan: ShootPlan = { phase, hoursPerDay: HOURS_PER_DAY, moveHours: MOVE_HOURS, hoursPerMinute, order: scenes.map(s => s.id) }
      next.shoot = plan
      shoot = { phase, hoursPerMinute }
    }
  }

  let lines = 0
  if (options.lines !== false) {
    const castIds = new Set(breakdown.cast.map(b => cast.ids.get(b.id)!))
    const locIds = new Set(breakdown.locations.map(b => locs.ids.get(b.id)!))
    const withCast = addBreakdownLines(next, 'cast', castIds)
    const withLocs = addBreakdownLines(withCast.project, 'locations', locIds)
    next.sections = withLocs.project.sections
    next.lines = withLocs.project.lines
    lines = withCast.added.length + withLocs.added.length
  }
  return {
    project: next,
    summary: { locations: locs.added, cast: cast.added, scenes: breakdown.scenes.length - replaced, replaced, lines, shoot, ...(planRefused ? { planRefused } : {}) },
  }
}

/**
 * Adds a read breakdown to a project (issue 15; shared by `breakdown --into` and the app's
 * "apply"). Pure: a new project is returned, the given one is not touched.
 *
 * - Locations and cast members join those the project has: the same name (in any width, case or
 *   spacing) is the same entry; new ones get ids not yet taken.
 * - Scenes are added in script order; a scene whose id the project already has replaces it.
 * - A shoot plan in script order is added when the project has none: the phase called shooting
 *   (id `shoot`, or a name with shoot/拍摄) unless one is given, 12 hours a day, 1 hour per move,
 *   and hours per screen minute chosen so the packed days come close to the phase's typed days
 *   (see calibrate.ts). A project's own plan is kept, new scenes added at the end of its order.
 * - With `lines`, one labor line per cast member following `cast:<id>` in the cast section and one
 *   cost line per location following `location:<id>` in a locations section (found or added),
 *   rates 0 for the producer to fill; entries that already have such a line get none.
 */
import type { CastMember, Line, Location, Project, Scene, Section, ShootPlan } from '../engine/types'
import { nameKey } from './builder'
import { HOURS_PER_DAY, MOVE_HOURS, hoursPerMinuteFor } from './calibrate'
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
  /**
   * Scenarios whose own days for the plan's phase were dropped: the packed days decide that phase
   * now (MODEL.md §6 refuses such an override).
   */
  droppedDays: string[]
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

function join<T extends { id: string, name: string }>(have: readonly T[], add: readonly T[], make: (entry: T, id: string) => T): { list: T[], ids: Map<string, string>, added: number } {
  const list = [...have]
  const byKey = new Map(have.map(e => [nameKey(e.name), e.id]))
  const taken = new Set(have.map(e => e.id))
  const ids = new Map<string, string>()
  let added = 0
  for (const e of add) {
    const known = byKey.get(nameKey(e.name))
    if (known !== undefined) { ids.set(e.id, known); continue }
    const id = freshId(e.id, taken)
    byKey.set(nameKey(e.name), id)
    ids.set(e.id, id)
    list.push(make(e, id))
    added++
  }
  return { list, ids, added }
}

function sectionFor(sections: Section[], test: RegExp, make: Section): { sections: Section[], id: string } {
  const found = sections.find(s => test.test(`${s.id}|${s.name}|${JSON.stringify(s.l10n ?? '')}`))
  if (found) return { sections, id: found.id }
  const id = freshId(make.id, new Set(sections.map(s => s.id)))
  return { sections: [...sections, { ...make, id }], id }
}

export function applyBreakdown(project: Project, breakdown: ScriptBreakdown, options: ApplyOptions = {}): { project: Project, summary: ApplySummary } {
  const locs = join<Location>(project.locations ?? [], breakdown.locations, (l, id) => ({ ...l, id }))
  const cast = join<CastMember>(project.cast ?? [], breakdown.cast, (c, id) => ({ ...c, id }))
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
  const droppedDays: string[] = []
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
    if (phase && typed) {
      const hoursPerMinute = hoursPerMinuteFor(scenes, typed.days)
      const plan: ShootPlan = { phase, hoursPerDay: HOURS_PER_DAY, moveHours: MOVE_HOURS, hoursPerMinute, order: scenes.map(s => s.id) }
      next.shoot = plan
      shoot = { phase, hoursPerMinute }
      next.scenarios = project.scenarios.map((sc) => {
        const own = sc.overrides?.phases?.[phase]
        if (own?.days === undefined) return sc
        droppedDays.push(sc.id)
        const { days: _days, ...rest } = own
        const phases = { ...sc.overrides!.phases }
        if (Object.keys(rest).length > 0) phases[phase] = rest
        else delete phases[phase]
        return { ...sc, overrides: { ...sc.overrides, phases } }
      })
    }
  }

  let lines = 0
  if (options.lines !== false) {
    const follows = new Set(project.lines.map(l => (typeof l.qty === 'object' && l.qty !== null ? l.qty.of : '')))
    const lineIds = new Set(project.lines.map(l => l.id))
    let sections = project.sections
    const added: Line[] = []
    const castSection = sectionFor(sections, /^cast\||\|cast\||演员/i, { id: 'cast', name: 'Cast', group: 'atl', l10n: { 'zh-CN': { name: '演员' } } })
    sections = castSection.sections
    for (const c of cast.list) {
      if (follows.has(`cast:${c.id}`) || !breakdown.cast.some(b => cast.ids.get(b.id) === c.id)) continue
      added.push({ id: freshId(`cast-${c.id}`, lineIds), section: castSection.id, name: c.name, kind: 'labor', qty: { of: `cast:${c.id}` }, unit: 'day', count: 1, rate: 0, l10n: { 'zh-CN': { unit: '天' } } })
    }
    const locSection = sectionFor(sections, /^locations?\||场地|场景/i, { id: 'locations', name: 'Locations', group: 'btl', l10n: { 'zh-CN': { name: '场地' } } })
    sections = locSection.sections
    for (const l of locs.list) {
      if (follows.has(`location:${l.id}`) || !breakdown.locations.some(b => locs.ids.get(b.id) === l.id)) continue
      added.push({ id: freshId(`loc-${l.id}`, lineIds), section: locSection.id, name: l.name, kind: 'cost', qty: { of: `location:${l.id}` }, unit: 'day', count: 1, rate: 0, l10n: { 'zh-CN': { unit: '天' } } })
    }
    if (added.length > 0) {
      next.sections = sections
      next.lines = [...project.lines, ...added]
    }
    lines = added.length
  }
  return {
    project: next,
    summary: { locations: locs.added, cast: cast.added, scenes: breakdown.scenes.length - replaced, replaced, lines, shoot, droppedDays },
  }
}

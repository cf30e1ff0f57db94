/**
 * A scenario prepared for fast evaluation (MODEL.md §2 step 1): overrides applied to a copy of the
 * project, and every reference resolved to an index, so that one evaluation is a few tight loops.
 * A Monte Carlo run prepares once and evaluates thousands of times.
 */
import { minorDigits } from './money'
import { own } from './own'
import { describeCycle, phaseOrder } from './schedule'
import { preparePlan } from './shoot'
import type { PlanModel } from './shoot'
import { leverTargets } from './targets'
import type { Line, Project, Range, Scenario, ScenarioOverrides } from './types'

export { leverTargets, targetsLine } from './targets'
export { drawAt, setLever, setTakes, triangular } from './draw'
export type { LeverDraw, LeverPoint } from './draw'

/** Where a line's quantity comes from. A value ≥ 0 is a phase index. */
export const BASIS_FIXED = -1
export const BASIS_EPISODES = -2
export const BASIS_MINUTES = -3
/** From the shoot plan (MODEL.md §6.2): its days D, a cast member's paid days, a location's days (`ref` names which). */
export const BASIS_SHOOT_DAYS = -4
export const BASIS_CAST = -5
export const BASIS_LOCATION = -6

export interface ModelLine {
  id: string
  sectionId: string
  kind: Line['kind']
  section: number
  labor: boolean
  /** BASIS_* or a phase index. */
  basis: number
  /** For BASIS_CAST and BASIS_LOCATION: the cast member's or location's index (−1 when unknown). */
  ref: number
  /** True when the quantity follows the shoot plan: shoot days, cast, location, or the plan's phase (MODEL.md §3). */
  followsPlan: boolean
  /** The fixed quantity, or the `times` multiplier of a linked one. */
  amount: number
  count: number
  rate: number
  /** Σ of the line's fringe percents. */
  fringePercent: number
  /** Indices of the levers that target the line. */
  levers: number[]
  /** Their ids. */
  leverIds: string[]
  /** True when the line counts toward person-days (MODEL.md §2 step 11): labor following a phase or the plan, or counted in days. */
  personDays: boolean
}

export interface ModelLever {
  id: string
  reduction: Range | undefined
  /** The range of `scenes.hours` (MODEL.md §6.1), when the lever has one. */
  sceneHours: Range | undefined
  /** Phase-day ranges, by phase index. */
  phaseDays: { phase: number, range: Range }[]
  tool: { amount: number, per: 'flat' | 'episode' | 'minute' | 'month', section: number, takes: Range | undefined } | null
}

export interface ModelPhase {
  id: string
  days: number
  after: number[]
  lag: number
}

export interface Model {
  /** The project with the scenario's overrides applied (a copy; the input is untouched). */
  project: Project
  scenario: Scenario
  currency: string
  digits: number
  episodes: number
  minutes: number
  phases: ModelPhase[]
  /** Phase indices, predecessors first. */
  order: number[]
  sections: string[]
  lines: ModelLine[]
  levers: ModelLever[]
  /** Adoption of each lever as a fraction. */
  adoption: Float64Array
  markups: { id: string, percent: number, covers: Uint8Array | null }[]
  /** The shoot plan resolved (MODEL.md §6), null without a `shoot`. */
  plan: PlanModel | null
  /** How many cast members and locations the project has (their quantities are 0 without a plan). */
  castCount: number
  locationCount: number
}

/** A copy of the project with the scenario's overrides applied. */
export function applyOverrides(project: Project, scenario: Scenario): Project {
  const o = scenario.overrides
  if (!o) return project
  return {
    ...project,
    meta: {
      ...project.meta,
      episodes: o.episodes ?? project.meta.episodes,
      minutesPerEpisode: o.minutesPerEpisode ?? project.meta.minutesPerEpisode,
    },
    phases: !o.phases ? project.phases : project.phases.map((p) => {
      const po = own(o.phases, p.id)
      return po ? { ...p, days: po.days ?? p.days, lag: po.lag ?? p.lag } : p
    }),
    fringes: !o.fringes ? project.fringes : project.fringes?.map((f) => {
      const fo = own(o.fringes, f.id)
      return fo ? { ...f, percent: fo.percent ?? f.percent } : f
    }),
    lines: o.lines ? overrideLines(project.lines, o.lines) : project.lines,
    markups: !o.markups ? project.markups : project.markups?.map((m) => {
      const mo = own(o.markups, m.id)
      return mo ? { ...m, percent: mo.percent ?? m.percent } : m
    }),
    shoot: !o.shoot || !project.shoot ? project.shoot : {
      ...project.shoot,
      order: o.shoot.order ?? project.shoot.order,
      hoursPerDay: o.shoot.hoursPerDay ?? project.shoot.hoursPerDay,
      moveHours: o.shoot.moveHours ?? project.shoot.moveHours,
    },
    scenes: !o.scenes ? project.scenes : project.scenes?.map((sc) => {
      const so = own(o.scenes, sc.id)
      return so ? { ...sc, hours: so.hours ?? sc.hours, minutes: so.minutes ?? sc.minutes } : sc
    }),
  }
}

/** A copy of `lines` where each overridden line is a new object; the others are shared. */
function overrideLines(lines: Line[], overrides: NonNullable<ScenarioOverrides['lines']>): Line[] {
  const out = lines.slice()
  const entries = Object.entries(overrides)
  // A few overrides look their line up; many use an index, so that overriding every line of a
  // large project stays linear.
  let index: Map<string, number> | undefined
  if (entries.length > 16) {
    index = new Map()
    for (let j = lines.length - 1; j >= 0; j--) index.set(lines[j]!.id, j)
  }
  for (const [id, lo] of entries) {
    const j = index ? index.get(id) ?? -1 : out.findIndex(l => l.id === id)
    if (j < 0) continue
    const l = out[j]!
    out[j] = { ...l, qty: lo.qty ?? l.qty, count: lo.count ?? l.count, rate: lo.rate ?? l.rate }
  }
  return out
}

// Shared empty list, never mutated.
const NO_IDS: readonly string[] = []

/** What a linked quantity can name: phases, cast members and locations by id, and the plan's phase. */
interface Refs {
  phase: ReadonlyMap<string, number>
  cast: ReadonlyMap<string, number>
  location: ReadonlyMap<string, number>
  /** The index of the plan's phase, −1 without a plan. */
  planPhase: number
}

function refsOf(project: Project): Refs {
  const phase = new Map(project.phases.map((p, i) => [p.id, i]))
  return {
    phase,
    cast: new Map((project.cast ?? []).map((c, i) => [c.id, i])),
    location: new Map((project.locations ?? []).map((l, i) => [l.id, i])),
    planPhase: project.shoot ? phase.get(project.shoot.phase) ?? -1 : -1,
  }
}

/**
 * The project's lines resolved for evaluation, before any scenario: what a project's scenarios
 * share. `buildModel` copies only the lines a scenario overrides.
 */
export function resolveLines(project: Project): ModelLine[] {
  const refs = refsOf(project)
  const sectionIndex = new Map(project.sections.map((s, i) => [s.id, i]))
  const fringePercent = new Map((project.fringes ?? []).map(f => [f.id, f.percent]))
  const levers = project.levers ?? []
  const targeted = leverTargets(levers, project.lines)
  return project.lines.map((l, j) => {
    const section = sectionIndex.get(l.section)
    if (section === undefined) throw new Error(`line ${l.id}: no section "${l.section}"`)
    const lineLevers = targeted[j]!
    const ids = lineLevers.length === 0 ? NO_IDS as string[] : lineLevers.map(i => levers[i]!.id)
    return modelLine(l, section, refs, sumFringes(l, fringePercent), lineLevers, ids)
  })
}

/** Units that make a labor line count in person-days (MODEL.md §2 step 11), compared exactly. */
export const DAY_UNITS: ReadonlySet<string> = new Set(['day', 'days', '天'])

/** Every ModelLine is made here, with one shape, so that the evaluation loop stays monomorphic. */
function modelLine(l: Line, section: number, refs: Refs, fringePercent: number, levers: number[], leverIds: string[]): ModelLine {
  let basis = BASIS_FIXED
  let ref = -1
  let amount: number
  if (typeof l.qty === 'number') amount = l.qty
  else {
    const of = l.qty.of
    if (of === 'episodes') basis = BASIS_EPISODES
    else if (of === 'minutes') basis = BASIS_MINUTES
    else if (of === 'shoot-days') basis = BASIS_SHOOT_DAYS
    else if (of.startsWith('cast:')) { basis = BASIS_CAST; ref = refs.cast.get(of.slice(5)) ?? -1 }
    else if (of.startsWith('location:')) { basis = BASIS_LOCATION; ref = refs.location.get(of.slice(9)) ?? -1 }
    else basis = refs.phase.get(of.slice(6)) ?? BASIS_FIXED
    if (basis === BASIS_FIXED) throw new Error(`line ${l.id}: no phase "${of.slice(6)}"`)
    if ((basis === BASIS_CAST || basis === BASIS_LOCATION) && ref < 0) throw new Error(`line ${l.id}: no ${basis === BASIS_CAST ? 'cast member' : 'location'} "${of.slice(of.indexOf(':') + 1)}"`)
    amount = l.qty.times ?? 1
  }
  const labor = l.kind === 'labor'
  const followsPlan = basis <= BASIS_SHOOT_DAYS || (basis >= 0 && basis === refs.planPhase)
  return {
    id: l.id,
    sectionId: l.section,
    kind: l.kind,
    section,
    labor,
    basis,
    ref,
    followsPlan,
    amount,
    count: l.count,
    rate: l.rate,
    fringePercent,
    levers,
    leverIds,
    personDays: labor && (basis >= 0 || basis <= BASIS_SHOOT_DAYS || DAY_UNITS.has(l.unit)),
  }
}

function sumFringes(l: Line, percents: ReadonlyMap<string, number>): number {
  if (!l.fringes) return 0
  let sum = 0
  for (const id of l.fringes) sum += percents.get(id) ?? 0
  return sum
}


/**
 * Prepares a scenario. `base` (from `resolveLines`) may be passed when several scenarios of one
 * project are built: only the lines the scenario overrides are then copied.
 */
export function buildModel(source: Project, scenario: Scenario, base: ModelLine[] = resolveLines(source)): Model {
  const project = applyOverrides(source, scenario)
  const refs = refsOf(project)
  const phaseIndex = refs.phase
  const sectionIndex = new Map(project.sections.map((s, i) => [s.id, i]))
  const levers = project.levers ?? []

  const sorted = phaseOrder(project.phases)
  if ('cycle' in sorted) throw new Error(`phases wait on each other in a loop: ${describeCycle(sorted.cycle)}`)

  const phases: ModelPhase[] = project.phases.map(p => ({
    id: p.id,
    days: p.days,
    after: (p.after ?? []).map(id => phaseIndex.get(id)).filter((i): i is number => i !== undefined),
    lag: p.lag ?? 0,
  }))

  // applyOverrides copies exactly the lines it changes, so identity tells which to resolve again;
  // a changed fringe percent touches the lines that carry it.
  const fringeOverrides = new Set(Object.keys(scenario.overrides?.fringes ?? {}))
  let lines = base
  if (project.lines !== source.lines || fringeOverrides.size > 0) {
    const fringePercent = new Map((project.fringes ?? []).map(f => [f.id, f.percent]))
    lines = base.slice()
    for (let j = 0; j < lines.length; j++) {
      const l = project.lines[j]!
      if (l === source.lines[j] && !(fringeOverrides.size > 0 && l.fringes?.some(f => fringeOverrides.has(f)))) continue
      const b = base[j]!
      lines[j] = modelLine(l, b.section, refs, sumFringes(l, fringePercent), b.levers, b.leverIds)
    }
  }

  const modelLevers: ModelLever[] = levers.map(lever => ({
    id: lever.id,
    reduction: lever.reduction,
    sceneHours: lever.scenes?.hours,
    phaseDays: Object.entries(lever.phaseDays ?? {})
      .map(([id, range]) => ({ phase: phaseIndex.get(id) ?? -1, range }))
      .filter(e => e.phase >= 0),
    tool: lever.toolCost
      ? { amount: lever.toolCost.amount, per: lever.toolCost.per, section: sectionIndex.get(lever.toolCost.section) ?? -1, takes: lever.toolCost.takes }
      : null,
  }))
  for (const l of modelLevers)
    if (l.tool && l.tool.section < 0) throw new Error(`lever ${l.id}: no tool-cost section`)

  const adoption = new Float64Array(levers.length)
  levers.forEach((lever, i) => { adoption[i] = (own(scenario.adoption, lever.id) ?? 0) / 100 })

  return {
    project,
    scenario,
    currency: project.meta.currency,
    digits: minorDigits(project.meta.currency),
    episodes: project.meta.episodes,
    minutes: project.meta.episodes * project.meta.minutesPerEpisode,
    phases,
    order: sorted.order,
    sections: project.sections.map(s => s.id),
    lines,
    levers: modelLevers,
    adoption,
    markups: (project.markups ?? []).map((m) => {
      if (!m.sections) return { id: m.id, percent: m.percent, covers: null }
      const covers = new Uint8Array(project.sections.length)
      for (const id of m.sections) {
        const i = sectionIndex.get(id)
        if (i !== undefined) covers[i] = 1
      }
      return { id: m.id, percent: m.percent, covers }
    }),
    plan: preparePlan(project),
    castCount: project.cast?.length ?? 0,
    locationCount: project.locations?.length ?? 0,
  }
}


/**
 * A scenario prepared for fast evaluation (MODEL.md §2 step 1): overrides applied to a copy of the
 * project, and every reference resolved to an index, so that one evaluation is a few tight loops.
 * A Monte Carlo run prepares once and evaluates thousands of times.
 */
import { minorDigits } from './money'
import { own } from './own'
import { describeCycle, phaseOrder } from './schedule'
import type { Lever, Line, Project, Range, Scenario, ScenarioOverrides } from './types'

/** Where a line's quantity comes from. A value ≥ 0 is a phase index. */
export const BASIS_FIXED = -1
export const BASIS_EPISODES = -2
export const BASIS_MINUTES = -3

export interface ModelLine {
  id: string
  sectionId: string
  kind: Line['kind']
  section: number
  labor: boolean
  /** BASIS_* or a phase index. */
  basis: number
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
  /** True when the line counts toward person-days (MODEL.md §2 step 11): labor following a phase or counted in days. */
  personDays: boolean
}

export interface ModelLever {
  id: string
  reduction: Range | undefined
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
}

/**
 * A value per lever for the reduction and each phase saving, as fractions (0–1), and for the
 * takes of its tool cost (generations per usable result; 1 when the lever has no `takes`).
 */
export interface LeverDraw {
  reduction: Float64Array
  /** `phaseDays[lever * phaseCount + phase]` */
  phaseDays: Float64Array
  /** g_i of MODEL.md §2 step 7, one per lever. */
  takes: Float64Array
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

/** True when the lever's targets select the line: every field present matches, any value within a field. */
export function targetsLine(lever: Pick<Lever, 'targets'>, line: Line): boolean {
  const t = lever.targets
  if (!t) return false
  let fields = 0
  if (t.kinds) { fields++; if (!t.kinds.includes(line.kind)) return false }
  if (t.sections) { fields++; if (!t.sections.includes(line.section)) return false }
  if (t.lines) { fields++; if (!t.lines.includes(line.id)) return false }
  if (t.tags) { fields++; if (!t.tags.some(tag => line.tags?.includes(tag))) return false }
  return fields > 0
}

// Shared empty lists, never mutated (not frozen: a frozen array would make the hot loops polymorphic).
const NO_LEVERS: readonly number[] = []
const NO_IDS: readonly string[] = []

/**
 * For each line, the indices of the levers that target it. Overrides never change what a lever
 * targets, so a project's scenarios can share this.
 */
export function leverTargets(levers: readonly Lever[], lines: readonly Line[]): readonly number[][] {
  // Most lines are targeted by no lever: they share one frozen empty list.
  const out = new Array<number[]>(lines.length).fill(NO_LEVERS as number[])
  // Lines by id, tag, section and kind, built when first needed: a lever then visits only the
  // lines its most selective field names, not every line.
  const indexes = new Map<string, Map<string, number[]>>()
  const index = (field: 'id' | 'tag' | 'section' | 'kind'): Map<string, number[]> => {
    let m = indexes.get(field)
    if (m) return m
    m = new Map()
    const add = (key: string, j: number) => {
      const list = m!.get(key)
      if (list) list.push(j)
      else m!.set(key, [j])
    }
    lines.forEach((l, j) => {
      if (field === 'tag') l.tags?.forEach(tag => add(tag, j))
      else add(field === 'id' ? l.id : field === 'section' ? l.section : l.kind, j)
    })
    indexes.set(field, m)
    return m
  }
  const visited = new Int32Array(lines.length).fill(-1)
  for (let i = 0; i < levers.length; i++) {
    const t = levers[i]!.targets
    if (!t || (!t.kinds && !t.sections && !t.tags && !t.lines)) continue
    const kinds = t.kinds && new Set<string>(t.kinds)
    const sections = t.sections && new Set(t.sections)
    const tags = t.tags && new Set(t.tags)
    const ids = t.lines && new Set(t.lines)
    const [field, keys] = ids ? ['id', ids] as const : tags ? ['tag', tags] as const : sections ? ['section', sections] as const : ['kind', kinds!] as const
    const byKey = index(field)
    for (const key of keys) {
      for (const j of byKey.get(key) ?? []) {
        if (visited[j] === i) continue
        visited[j] = i
        const l = lines[j]!
        if (kinds && !kinds.has(l.kind)) continue
        if (sections && !sections.has(l.section)) continue
        if (ids && !ids.has(l.id)) continue
        if (tags && !hasAny(l.tags, tags)) continue
        if (out[j] === NO_LEVERS) out[j] = [i]
        else out[j]!.push(i)
      }
    }
  }
  return out
}

function hasAny(list: readonly string[] | undefined, wanted: ReadonlySet<string>): boolean {
  if (!list) return false
  for (const x of list) if (wanted.has(x)) return true
  return false
}

/**
 * The project's lines resolved for evaluation, before any scenario: what a project's scenarios
 * share. `buildModel` copies only the lines a scenario overrides.
 */
export function resolveLines(project: Project): ModelLine[] {
  const phaseIndex = new Map(project.phases.map((p, i) => [p.id, i]))
  const sectionIndex = new Map(project.sections.map((s, i) => [s.id, i]))
  const fringePercent = new Map((project.fringes ?? []).map(f => [f.id, f.percent]))
  const levers = project.levers ?? []
  const targeted = leverTargets(levers, project.lines)
  return project.lines.map((l, j) => {
    const section = sectionIndex.get(l.section)
    if (section === undefined) throw new Error(`line ${l.id}: no section "${l.section}"`)
    const lineLevers = targeted[j]!
    const ids = lineLevers.length === 0 ? NO_IDS as string[] : lineLevers.map(i => levers[i]!.id)
    return modelLine(l, section, phaseIndex, sumFringes(l, fringePercent), lineLevers, ids)
  })
}

/** Units that make a labor line count in person-days (MODEL.md §2 step 11), compared exactly. */
export const DAY_UNITS: ReadonlySet<string> = new Set(['day', 'days', '天'])

/** Every ModelLine is made here, with one shape, so that the evaluation loop stays monomorphic. */
function modelLine(l: Line, section: number, phaseIndex: ReadonlyMap<string, number>, fringePercent: number, levers: number[], leverIds: string[]): ModelLine {
  let basis = BASIS_FIXED
  let amount: number
  if (typeof l.qty === 'number') amount = l.qty
  else {
    const of = l.qty.of
    basis = of === 'episodes' ? BASIS_EPISODES : of === 'minutes' ? BASIS_MINUTES : phaseIndex.get(of.slice(6)) ?? BASIS_FIXED
    if (basis === BASIS_FIXED) throw new Error(`line ${l.id}: no phase "${of.slice(6)}"`)
    amount = l.qty.times ?? 1
  }
  const labor = l.kind === 'labor'
  return {
    id: l.id,
    sectionId: l.section,
    kind: l.kind,
    section,
    labor,
    basis,
    amount,
    count: l.count,
    rate: l.rate,
    fringePercent,
    levers,
    leverIds,
    personDays: labor && (basis >= 0 || DAY_UNITS.has(l.unit)),
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
  const phaseIndex = new Map(project.phases.map((p, i) => [p.id, i]))
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
      lines[j] = modelLine(l, b.section, phaseIndex, sumFringes(l, fringePercent), b.levers, b.leverIds)
    }
  }

  const modelLevers: ModelLever[] = levers.map(lever => ({
    id: lever.id,
    reduction: lever.reduction,
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
  }
}

export type LeverPoint = 'low' | 'likely' | 'high'

/**
 * Every lever's reduction and phase savings at one point of their ranges (absent ranges count as
 * 0), and every lever's takes at `takesAt` (likely unless told otherwise; 1 when absent).
 */
export function drawAt(model: Model, point: LeverPoint, takesAt: LeverPoint = 'likely'): LeverDraw {
  const n = model.levers.length
  const draw: LeverDraw = { reduction: new Float64Array(n), phaseDays: new Float64Array(n * model.phases.length), takes: new Float64Array(n) }
  for (let i = 0; i < n; i++) {
    setLever(model, draw, i, point)
    setTakes(model, draw, i, takesAt)
  }
  return draw
}

/**
 * Sets one lever's takes g_i to a point of its `takes` range, or to the quantile `v` of its
 * triangular distribution; 1 when the lever has no `takes`.
 */
export function setTakes(model: Model, draw: LeverDraw, i: number, at: LeverPoint | { v: number }): void {
  const r = model.levers[i]!.tool?.takes
  draw.takes[i] = r === undefined ? 1 : typeof at === 'string' ? r[at] : triangular(r.low, r.likely, r.high, at.v)
}

/**
 * Sets one lever's reduction and phase savings (not its takes: see `setTakes`) to a point of their
 * ranges, or to a quantile `u` of their triangular distributions.
 */
export function setLever(model: Model, draw: LeverDraw, i: number, at: LeverPoint | { u: number }): void {
  const lever = model.levers[i]!
  const value = (r: Range | undefined): number =>
    r === undefined ? 0 : (typeof at === 'string' ? r[at] : triangular(r.low, r.likely, r.high, at.u)) / 100
  draw.reduction[i] = value(lever.reduction)
  for (const { phase, range } of lever.phaseDays)
    draw.phaseDays[i * model.phases.length + phase] = value(range)
}

/** Inverse CDF of the triangular distribution (low a, mode c, high b) at u ∈ [0, 1]. */
export function triangular(a: number, c: number, b: number, u: number): number {
  if (b <= a) return a
  const split = (c - a) / (b - a)
  return u < split
    ? a + Math.sqrt(u * (b - a) * (c - a))
    : b - Math.sqrt((1 - u) * (b - a) * (b - c))
}

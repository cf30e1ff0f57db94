/**
 * The engine's main entry points: a scenario's figures with names and ids, and a whole project
 * (every scenario, with its change against the baseline split by cause).
 */
import { attribute } from './attribution'
import type { Attribution } from './attribution'
import { evaluate } from './evaluate'
import type { Evaluation } from './evaluate'
import { buildModel, drawAt, resolveLines } from './model'
import type { LeverDraw, LeverPoint, Model, ModelLine } from './model'
import { describePacking } from './shoot'
import type { ShootSchedule } from './shoot'
import type { LineKind, Project, Scenario } from './types'
import { baselineIndex } from './validate'

/** All amounts in integer minor units of `currency`. */
export interface ScenarioResult {
  id: string
  name: string
  baseline: boolean
  currency: string
  /** Minor-unit digits of the currency. */
  digits: number
  episodes: number
  minutesPerEpisode: number
  /** Finished minutes: episodes × minutes per episode. */
  minutes: number
  phases: PhaseResult[]
  calendarDays: number
  lines: LineResult[]
  /** Tool costs of the adopted levers. */
  tools: { lever: string, section: string, amount: number }[]
  sections: SectionResult[]
  subtotal: number
  markups: { id: string, percent: number, base: number, amount: number }[]
  total: number
  labor: number
  nonLabor: number
  perEpisode: number | null
  perMinute: number | null
  /** Person-days (MODEL.md §2 step 11), in days with one decimal. */
  personDays: PersonDays
  /** The shoot plan packed (MODEL.md §5 `schedule`), null when the project has no `shoot`. */
  schedule: ShootSchedule | null
}

/** Person-days of a scenario: each section rounded to one decimal, the total their exact sum. */
export interface PersonDays {
  /** Σ of the sections' rounded figures, one decimal. */
  total: number
  /** One entry per section, in file order (0 for a section without counted lines). */
  sections: { id: string, days: number }[]
}

export interface PhaseResult {
  id: string
  /** Days as planned (after the scenario's overrides) and after the levers' cuts. */
  plannedDays: number
  days: number
  start: number
  finish: number
}

export interface LineResult {
  id: string
  section: string
  kind: LineKind
  /** The quantity used (after overrides and phase cuts). */
  qty: number
  count: number
  rate: number
  /** m: the product of the targeting levers' (1 − a·r). */
  factor: number
  /** Levers targeting the line. */
  levers: string[]
  fringePercent: number
  cost: number
  fringe: number
  /** cost + fringe */
  amount: number
  /** qty × count × m, unrounded, when the line counts toward person-days (MODEL.md §2 step 11); null otherwise. */
  personDays: number | null
}

export interface SectionResult {
  id: string
  amount: number
  /** Of which tool costs. */
  tools: number
}

/** Turns an evaluation into named figures. */
export function describe(model: Model, ev: Evaluation): ScenarioResult {
  const p = model.project
  const result = {
    id: model.scenario.id,
    name: model.scenario.name,
    baseline: false,
    currency: model.currency,
    digits: model.digits,
    episodes: p.meta.episodes,
    minutesPerEpisode: p.meta.minutesPerEpisode,
    minutes: model.minutes,
    phases: model.phases.map((ph, i) => ({
      id: ph.id,
      plannedDays: ph.days,
      days: ev.days[i]!,
      start: ev.start[i]!,
      finish: ev.finish[i]!,
    })),
    calendarDays: ev.calendarDays,
    tools: model.levers.flatMap((lever, i) =>
      lever.tool && ev.tools[i]! !== 0 ? [{ lever: lever.id, section: model.sections[lever.tool.section]!, amount: ev.tools[i]! }] : []),
    sections: model.sections.map((id, s) => ({
      id,
      amount: ev.sections[s]!,
      tools: model.levers.reduce((sum, lever, i) => sum + (lever.tool?.section === s ? ev.tools[i]! : 0), 0),
    })),
    subtotal: ev.subtotal,
    markups: model.markups.map((mk, k) => ({
      id: mk.id,
      percent: mk.percent,
      base: mk.covers === null ? ev.subtotal : model.sections.reduce((sum, _, s) => sum + (mk.covers![s] ? ev.sections[s]! : 0), 0),
      amount: ev.markups[k]!,
    })),
    total: ev.total,
    labor: ev.labor,
    nonLabor: ev.nonLabor,
    perEpisode: ev.perEpisode,
    perMinute: ev.perMinute,
    personDays: {
      total: ev.personDays / 10,
      sections: model.sections.map((id, s) => ({ id, days: ev.sectionDays[s]! / 10 })),
    },
  } as ScenarioResult
  // The line details are built on first use: a project of thousands of lines in five scenarios
  // needs its totals at once, but the app shows the lines of two scenarios at most.
  let lines: LineResult[] | undefined
  let schedule: ShootSchedule | null | undefined
  Object.defineProperty(result, 'schedule', {
    enumerable: true,
    get: () => (schedule === undefined ? (schedule = model.plan && ev.packing ? describePacking(model.plan, ev.packing) : null) : schedule),
  })
  Object.defineProperty(result, 'lines', {
    enumerable: true,
    get: () => (lines ??= model.lines.map((l, j) => ({
      id: l.id,
      section: l.sectionId,
      kind: l.kind,
      qty: ev.lineQty[j]!,
      count: l.count,
      rate: l.rate,
      factor: ev.lineFactor[j]!,
      levers: l.leverIds,
      fringePercent: l.fringePercent,
      cost: ev.lineCost[j]!,
      fringe: ev.lineFringe[j]!,
      amount: ev.lineCost[j]! + ev.lineFringe[j]!,
      personDays: l.personDays ? ev.lineQty[j]! * l.count * ev.lineFactor[j]! : null,
    }))),
  })
  return result
}

function findScenario(project: Project, scenario: string | Scenario): Scenario {
  if (typeof scenario !== 'string') return scenario
  const found = project.scenarios.find(s => s.id === scenario)
  if (!found) throw new Error(`no scenario with id "${scenario}"`)
  return found
}

/**
 * One scenario with every lever's reduction and phase savings at `point`, and its takes at
 * `takesAt` (the likely values unless told otherwise).
 */
export function computeScenario(project: Project, scenario: string | Scenario, point: LeverPoint = 'likely', takesAt: LeverPoint = 'likely'): ScenarioResult {
  const sc = findScenario(project, scenario)
  const model = buildModel(project, sc)
  const result = describe(model, evaluate(model, drawAt(model, point, takesAt)))
  result.baseline = sc === project.scenarios[baselineIndex(project)]
  return result
}

export interface ScenarioComparison {
  result: ScenarioResult
  vsBaseline: Attribution
}

export interface ProjectResult {
  baselineId: string
  scenarios: ScenarioComparison[]
}

/** A scenario's model, its likely draw, and its evaluations with and without adoption. */
export interface ScenarioRun {
  model: Model
  draw: LeverDraw
  s: Evaluation
  s0: Evaluation
}

/**
 * `zeroCache` holds, by the scenario's overrides, evaluations with no adoption: scenarios with the
 * same plan share their S0 (the baseline's figures, for an AI scenario without overrides).
 */
export function runScenario(project: Project, scenario: Scenario, base?: ModelLine[], zeroCache?: Map<string, Evaluation>): ScenarioRun {
  const model = buildModel(project, scenario, base)
  const draw = drawAt(model, 'likely')
  const s = evaluate(model, draw)
  const adopted = model.adoption.some(x => x > 0)
  const key = JSON.stringify(scenario.overrides ?? null)
  let s0 = adopted ? zeroCache?.get(key) : s
  if (!s0) s0 = evaluate(model, draw, new Float64Array(model.adoption.length))
  zeroCache?.set(key, s0)
  return { model, draw, s, s0 }
}

/** Every scenario of the project, each compared with the baseline (MODEL.md §2–3). */
export function computeProject(project: Project): ProjectResult {
  const bi = baselineIndex(project)
  const base = resolveLines(project)
  const zeroCache = new Map<string, Evaluation>()
  const runs = project.scenarios.map(sc => runScenario(project, sc, base, zeroCache))
  const baseTotal = runs[bi]!.s.total
  return {
    baselineId: project.scenarios[bi]!.id,
    scenarios: runs.map((run, i) => {
      const result = describe(run.model, run.s)
      result.baseline = i === bi
      return { result, vsBaseline: attribute(run.model, run.draw, run.s, run.s0, baseTotal, runs[bi]!.s.personDays) }
    }),
  }
}

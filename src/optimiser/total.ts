/**
 * The engine's own figures for an order: the order is written where the scenario's order comes
 * from (MODEL.md §6.3), and the engine computes the scenario. What the optimiser reports comes
 * from here, never from its own sums.
 */
import { computeScenario } from '../engine/compute'
import { applyOverrides } from '../engine/model'
import type { Line, Project, Scenario } from '../engine/types'
import { packDays } from './pack'
import { buildPlan, scenarioOf } from './plan'

/**
 * A copy of the project whose scenario packs `order`: in the scenario's own `overrides.shoot.order`
 * when it has one, else in `shoot.order` for the baseline; another scenario without its own order
 * gets one. Nothing else changes.
 */
export function withOrder(project: Project, scenarioId: string, order: string[]): Project {
  const sc = scenarioOf(project, scenarioId)
  const own = sc.overrides?.shoot?.order !== undefined
  const baseline = (project.scenarios.find(s => s.baseline) ?? project.scenarios[0]) === sc
  if (!own && baseline) return { ...project, shoot: { ...project.shoot!, order } }
  const scenarios = project.scenarios.map(s => s !== sc
    ? s
    : { ...s, overrides: { ...s.overrides, shoot: { ...s.overrides?.shoot, order } } })
  return { ...project, scenarios }
}

export interface Figures {
  /** Total in minor units. */
  total: number
  /** Shoot days. */
  days: number
}

/** The scenario's total and shoot days as the engine computes them (its own packing, §6.2). */
export function engineFigures(project: Project, scenarioId: string): Figures {
  const r = computeScenario(project, scenarioOf(project, scenarioId))
  return { total: r.total, days: r.schedule?.days ?? 0 }
}

/**
 * The same figures reached another way, for tests: the plan packed by the optimiser's own
 * reference packer (§6.2), its quantities handed to the engine as plain numbers (the shoot phase
 * lasting the packed days, no lever's phase days applying to it), on the scenario's plan alone.
 */
export function frozenFigures(project: Project, scenarioId: string): Figures {
  const plan = buildPlan(project, scenarioId)
  const sc = scenarioOf(project, scenarioId)
  const packed = packDays(plan, plan.startOrder)
  const days = packed.days
  const castFirst = new Map<string, number>()
  const castLast = new Map<string, number>()
  const castDays = new Map<string, Set<number>>()
  const locDays = new Map<string, Set<number>>()
  plan.startOrder.forEach((s, p) => {
    const a = packed.first[p]!
    const b = packed.last[p]!
    const add = (m: Map<string, Set<number>>, id: string) => {
      const set = m.get(id) ?? new Set()
      for (let d = a; d <= b; d++) set.add(d)
      m.set(id, set)
    }
    add(locDays, plan.locationIds[plan.location[s]!]!)
    for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++) {
      const c = plan.castIds[plan.castList[k]!]!
      if (!castFirst.has(c)) castFirst.set(c, a)
      castLast.set(c, b)
      add(castDays, c)
    }
  })
  const paid = (id: string): number => {
    const member = project.cast?.find(c => c.id === id)
    if (!member || !castFirst.has(id)) return 0
    return member.pay === 'span' ? castLast.get(id)! - castFirst.get(id)! + 1 : castDays.get(id)!.size
  }
  const shootPhase = project.shoot!.phase
  const { shoot: _shoot, scenes: _scenes, ...copy } = applyOverrides(project, sc)
  const lines: Line[] = copy.lines.map((l) => {
    if (typeof l.qty === 'number') return l
    const of = l.qty.of
    const times = l.qty.times ?? 1
    if (of === 'shoot-days' || of === `phase:${shootPhase}`) return { ...l, qty: days * times }
    if (of.startsWith('cast:')) return { ...l, qty: paid(of.slice(5)) * times }
    if (of.startsWith('location:')) return { ...l, qty: (locDays.get(of.slice(9))?.size ?? 0) * times }
    return l
  })
  const frozenScenario: Scenario = { ...sc, overrides: undefined }
  const frozen: Project = {
    ...copy,
    lines,
    phases: copy.phases.map(p => (p.id === shootPhase ? { ...p, days } : p)),
    levers: copy.levers?.map((lever) => {
      if (!lever.phaseDays || !Object.hasOwn(lever.phaseDays, shootPhase)) return lever
      const phaseDays = { ...lever.phaseDays }
      delete phaseDays[shootPhase]
      return { ...lever, phaseDays }
    }),
    scenarios: copy.scenarios.map(s => (s === sc ? frozenScenario : s)),
  }
  return { total: computeScenario(frozen, frozenScenario).total, days }
}

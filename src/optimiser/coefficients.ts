/**
 * What the order of the scenes costs: the scenario's total (MODEL.md §2) as a function of the
 * packing, in minor units, up to a constant and to the rounding of each line.
 *
 * A line whose quantity follows the plan (`shoot-days`, `phase:<the plan's phase>`, `cast:c`,
 * `location:l`) costs `times × count × rate × m` per unit, its fringes on top, and every markup
 * that covers its section on top of both. The shoot days also set the calendar days, which a tool
 * priced per month follows (`ceil(calendar / 30)` months). Every other line, tool cost and phase
 * does not depend on the order. `exact` is true when every amount that depends on the order is a
 * whole number of minor units per unit, so that the rounding of §2 cannot tell two orders apart
 * differently from this sum: only then does a proof of optimality here prove it for the total.
 */
import { leverTargets } from '../engine/model'
import { minorDigits } from '../engine/money'
import { own } from '../engine/own'
import { cutDays, phaseOrder } from '../engine/schedule'
import type { CastPay, Project, Scenario } from '../engine/types'

export interface PlanCosts {
  /** Per cast member: cost of one paid day. */
  perCastDay: Float64Array
  /** Per cast member: 1 when paid from first to last day (`span`), 0 for the days worked. */
  castSpan: Uint8Array
  /** Per location: cost of one day there. */
  perLocationDay: Float64Array
  /** Cost of the shoot lasting `days` days: lines per shoot day and tools priced per month. */
  dayCost: (days: number) => number
  exact: boolean
}

const isWhole = (x: number): boolean => Math.abs(x - Math.round(x)) < 1e-9

/**
 * `project` has the scenario's overrides applied already (engine's `applyOverrides`); the lever
 * values are their likely ones, as the total the optimiser reports.
 */
export function planCosts(project: Project, scenario: Scenario, shootPhase: string, castIds: readonly string[], locationIds: readonly string[], pays: readonly CastPay[]): PlanCosts {
  const scale = 10 ** minorDigits(project.meta.currency)
  const levers = project.levers ?? []
  const adoption = levers.map(l => (own(scenario.adoption, l.id) ?? 0) / 100)
  const sectionIndex = new Map(project.sections.map((s, i) => [s.id, i]))
  const fringe = new Map((project.fringes ?? []).map(f => [f.id, f.percent]))
  // Per section: 1 + Σ percent / 100 of the markups covering it, and the percents themselves.
  const markupFactor = new Float64Array(project.sections.length).fill(1)
  const markupPercents: number[][] = project.sections.map(() => [])
  for (const mk of project.markups ?? []) {
    project.sections.forEach((s, i) => {
      if (mk.sections && !mk.sections.includes(s.id)) return
      markupFactor[i]! += mk.percent / 100
      markupPercents[i]!.push(mk.percent)
    })
  }
  let exact = true
  /** Per-unit amount of something in section `s`, its markups included; notes whether it is whole. */
  const perUnit = (s: number, unit: number, fringePercent: number): number => {
    const parts = fringePercent > 0 ? [unit, unit * fringePercent / 100] : [unit]
    for (const part of parts) {
      if (!isWhole(part)) exact = false
      for (const p of markupPercents[s]!) if (!isWhole(part * p / 100)) exact = false
    }
    return (unit + (parts[1] ?? 0)) * markupFactor[s]!
  }

  const castIndex = new Map(castIds.map((id, i) => [id, i]))
  const locIndex = new Map(locationIds.map((id, i) => [id, i]))
  const perCastDay = new Float64Array(castIds.length)
  const perLocationDay = new Float64Array(locationIds.length)
  let perDay = 0
  const targeted = leverTargets(levers, project.lines)
  project.lines.forEach((line, j) => {
    if (typeof line.qty === 'number') return
    const of = line.qty.of
    const day = of === 'shoot-days' || of === `phase:${shootPhase}`
    const c = of.startsWith('cast:') ? castIndex.get(of.slice(5)) : undefined
    const l = of.startsWith('location:') ? locIndex.get(of.slice(9)) : undefined
    if (!day && c === undefined && l === undefined) return
    let m = 1
    for (const i of targeted[j]!) m *= 1 - adoption[i]! * (levers[i]!.reduction?.likely ?? 0) / 100
    const fringePercent = (line.fringes ?? []).reduce((sum, f) => sum + (fringe.get(f) ?? 0), 0)
    const unit = (line.qty.times ?? 1) * line.count * line.rate * m * scale
    const cost = perUnit(sectionIndex.get(line.section)!, unit, line.kind === 'labor' ? fringePercent : 0)
    if (day) perDay += cost
    else if (c !== undefined) perCastDay[c]! += cost
    else perLocationDay[l!]! += cost
  })

  // Tools priced per month follow the calendar, which follows the shoot days.
  const monthTools: { section: number, unit: number }[] = []
  levers.forEach((lever, i) => {
    const t = lever.toolCost
    if (!t || t.per !== 'month' || adoption[i] === 0) return
    const s = sectionIndex.get(t.section)!
    const unit = adoption[i]! * t.amount * (t.takes?.likely ?? 1) * scale
    perUnit(s, unit, 0)
    monthTools.push({ section: s, unit: unit * markupFactor[s]! })
  })
  const calendar = calendarOf(project, shootPhase, adoption)
  const monthCost = monthTools.reduce((sum, t) => sum + t.unit, 0)
  return {
    perCastDay,
    castSpan: Uint8Array.from(pays, p => (p === 'span' ? 1 : 0)),
    perLocationDay,
    dayCost: days => perDay * days + (monthCost === 0 ? 0 : monthCost * Math.ceil(calendar(days) / 30)),
    exact,
  }
}

/** Calendar days (§2 step 4) as a function of the shoot phase's days. */
function calendarOf(project: Project, shootPhase: string, adoption: readonly number[]): (days: number) => number {
  const phases = project.phases
  const levers = project.levers ?? []
  const index = new Map(phases.map((p, i) => [p.id, i]))
  const sorted = phaseOrder(phases)
  if ('cycle' in sorted) throw new Error('phases wait on each other in a loop')
  const days = phases.map((p) => {
    let factor = 1
    levers.forEach((lever, i) => {
      const t = own(lever.phaseDays, p.id)
      if (t && t.likely > 0) factor *= 1 - adoption[i]! * t.likely / 100
    })
    return cutDays(p.days, factor)
  })
  const shoot = index.get(shootPhase)
  const finish = new Float64Array(phases.length)
  return (d) => {
    let calendar = 0
    for (const p of sorted.order) {
      const phase = phases[p]!
      let s = 0
      for (const q of phase.after ?? []) {
        const qi = index.get(q)
        if (qi !== undefined) s = Math.max(s, finish[qi]! + (phase.lag ?? 0))
      }
      finish[p] = s + (p === shoot ? d : days[p]!)
      calendar = Math.max(calendar, finish[p]!)
    }
    return calendar
  }
}

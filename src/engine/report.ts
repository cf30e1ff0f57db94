/**
 * The machine-readable report of MODEL.md §5: amounts in major units, already rounded.
 */
import { computeProject } from './compute'
import type { ProjectResult } from './compute'
import { toMajor } from './money'
import { reviewReading, reviewTier } from './review'
import type { ReviewTier } from './review'
import { monteCarlo } from './uncertainty'
import type { MonteCarloResult, Percentiles } from './uncertainty'
import type { ShootSchedule } from './shoot'
import type { Project } from './types'

export interface ReportOptions {
  /** Only these scenarios (all when absent); the baseline is still used for the comparison. */
  scenarios?: string[]
  monteCarlo?: { iterations: number, seed: number }
}

export interface ScenarioReport {
  id: string
  name: string
  baseline: boolean
  total: number
  subtotal: number
  markups: { id: string, amount: number }[]
  sections: { id: string, amount: number }[]
  labor: number
  nonLabor: number
  perEpisode: number | null
  perMinute: number | null
  calendarDays: number
  phases: { id: string, days: number, start: number, finish: number }[]
  /** Person-days, one decimal: the total is the sum of the sections' rounded figures. */
  personDays: { total: number, sections: { id: string, days: number }[] }
  /** The shoot plan packed (MODEL.md §5), present when the project has a `shoot`. */
  schedule?: ShootSchedule
  /** CNY projects only: the review tier of the scenario's total under the thresholds in force now. */
  reviewTier?: ReviewTier
  vsBaseline: {
    change: number
    planChanges: number
    /** S − B of the total person-days, one decimal. */
    personDays: number
    levers: LeverReport[]
  }
  monteCarlo?: MonteCarloReport
}

export interface LeverReport {
  id: string
  /** Part of the change, S − B (negative = cheaper). */
  amount: number
  /** Saved on the lines, before tools and markups (positive = saved). */
  grossSaving: number
  /** The lever's tool cost in this scenario. */
  toolCost: number
  /** Tool price per generation at which the gross saving pays for the tools; null per MODEL.md §3. */
  breakEven: number | null
}

export interface MonteCarloReport {
  iterations: number
  seed: number
  total: Omit<Percentiles, 'mean'> & { mean: number }
  calendarDays: Percentiles
  histogram: { from: number, to: number, count: number }[]
}

export interface ProjectReport {
  title: string
  currency: string
  scenarios: ScenarioReport[]
}

export function monteCarloReport(mc: MonteCarloResult, digits: number): MonteCarloReport {
  const m = (x: number) => toMajor(x, digits)
  const t = mc.total
  return {
    iterations: mc.iterations,
    seed: mc.seed,
    total: { p10: m(t.p10), p50: m(t.p50), p90: m(t.p90), min: m(t.min), max: m(t.max), mean: m(t.mean) },
    calendarDays: mc.calendarDays,
    histogram: mc.histogram.map(b => ({ from: m(b.from), to: m(b.to), count: b.count })),
  }
}

export function projectReport(project: Project, options: ReportOptions = {}, computed: ProjectResult = computeProject(project)): ProjectReport {
  const wanted = options.scenarios
  return {
    title: project.meta.title,
    currency: project.meta.currency,
    scenarios: computed.scenarios
      .filter(c => !wanted || wanted.includes(c.result.id))
      .map(({ result: r, vsBaseline: vs }) => {
        const m = (x: number) => toMajor(x, r.digits)
        const out: ScenarioReport = {
          id: r.id,
          name: r.name,
          baseline: r.baseline,
          total: m(r.total),
          subtotal: m(r.subtotal),
          markups: r.markups.map(x => ({ id: x.id, amount: m(x.amount) })),
          sections: r.sections.map(x => ({ id: x.id, amount: m(x.amount) })),
          labor: m(r.labor),
          nonLabor: m(r.nonLabor),
          perEpisode: r.perEpisode === null ? null : m(r.perEpisode),
          perMinute: r.perMinute === null ? null : m(r.perMinute),
          calendarDays: r.calendarDays,
          phases: r.phases.map(p => ({ id: p.id, days: p.days, start: p.start, finish: p.finish })),
          personDays: { total: r.personDays.total, sections: r.personDays.sections.map(x => ({ id: x.id, days: x.days })) },
          ...(r.schedule ? { schedule: r.schedule } : {}),
          ...(r.currency === 'CNY' ? { reviewTier: reviewTier(r.total, undefined, reviewReading(project)) } : {}),
          vsBaseline: {
            change: m(vs.change),
            planChanges: m(vs.planChanges),
            personDays: vs.personDays,
            levers: vs.levers.map(l => ({
              id: l.id,
              amount: m(l.amount),
              grossSaving: m(l.grossSaving),
              toolCost: m(l.tools),
              breakEven: l.breakEven === null ? null : m(l.breakEven),
            })),
          },
        }
        if (options.monteCarlo) {
          const sc = project.scenarios.find(s => s.id === r.id)!
          out.monteCarlo = monteCarloReport(monteCarlo(project, sc, options.monteCarlo), r.digits)
        }
        return out
      }),
  }
}

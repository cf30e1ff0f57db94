/**
 * The figures of the compare table, one column per scenario, in minor units: pure, from the
 * engine's results. Changes are against a reference scenario; against the baseline they are the
 * engine's own `vsBaseline.change`.
 */
import type { PersonDays, ProjectResult } from '@/engine/compute'
import type { ReviewReading, ReviewTier } from '@/engine/review'
import { tierOf } from './economics'
import { changePercent } from './format'

export interface CompareColumn {
  id: string
  baseline: boolean
  reference: boolean
  total: number
  /** S − R, minor units. */
  change: number
  /** Percent of the reference's total; null when that total is 0. */
  changePct: number | null
  perEpisode: number | null
  perMinute: number | null
  calendarDays: number
  /** Percent of the subtotal; null when the subtotal is 0. */
  laborShare: number | null
  sections: { id: string, amount: number }[]
  subtotal: number
  markups: { id: string, percent: number, amount: number }[]
  /** The engine's person-days: by section and in total. */
  personDays: PersonDays
  /** China's review tier of the total (CNY projects); null in any other currency. */
  reviewTier: ReviewTier | null
}

/** One column per scenario, in the project's order, changes against `referenceId` (the baseline when unknown); the review tier in the project's reading. */
export function compareColumns(result: ProjectResult, referenceId?: string, reading: ReviewReading = 'general'): CompareColumn[] {
  const list = result.scenarios
  const ref = list.find(c => c.result.id === referenceId) ?? list.find(c => c.result.baseline)!
  const againstBaseline = ref.result.baseline
  return list.map(({ result: r, vsBaseline }) => {
    const change = againstBaseline ? vsBaseline.change : r.total - ref.result.total
    return {
      id: r.id,
      baseline: r.baseline,
      reference: r.id === ref.result.id,
      total: r.total,
      change,
      changePct: changePercent(change, ref.result.total),
      perEpisode: r.perEpisode,
      perMinute: r.perMinute,
      calendarDays: r.calendarDays,
      laborShare: r.subtotal === 0 ? null : (r.labor / r.subtotal) * 100,
      sections: r.sections.map(s => ({ id: s.id, amount: s.amount })),
      subtotal: r.subtotal,
      markups: r.markups.map(m => ({ id: m.id, percent: m.percent, amount: m.amount })),
      personDays: r.personDays,
      reviewTier: tierOf(r, reading),
    }
  })
}

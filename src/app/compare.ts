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

/** Up to this many scenarios, the compare table shows every column; past it, a page at a time. */
export const ALL_COLUMNS_UP_TO = 24
/** Scenarios on a page when there are more than ALL_COLUMNS_UP_TO. */
export const COLUMNS_PER_PAGE = 12
/** Up to this many rows in a group (sections, markups, person-days), all are drawn; past it, the first ones and one row for the rest. */
export const ROWS_SHOWN = 40

/** All the columns up to ALL_COLUMNS_UP_TO; past it, those of page `page` (0-based, clamped), with the reference's column always first on the page when it is not on it. */
export function pageOfColumns<T extends { reference: boolean }>(columns: readonly T[], page: number, size = COLUMNS_PER_PAGE): { shown: T[], page: number, pages: number, from: number, to: number } {
  if (columns.length <= ALL_COLUMNS_UP_TO) return { shown: [...columns], page: 0, pages: 1, from: 1, to: columns.length }
  const pages = Math.max(1, Math.ceil(columns.length / size))
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1)
  const from = p * size
  const slice = columns.slice(from, from + size)
  const ref = columns.find(c => c.reference)
  const shown = ref && !slice.includes(ref) ? [ref, ...slice] : slice
  return { shown, page: p, pages, from: from + 1, to: from + slice.length }
}

/**
 * A long group of rows folded: the first `max − 1` as they are and one row for the rest, so that
 * the shown rows still add up to the group's sum. All of them when `all` or when there are ≤ max.
 */
export function foldRows(count: number, all: boolean, max = ROWS_SHOWN): { shown: number, folded: number } {
  if (all || count <= max) return { shown: count, folded: 0 }
  return { shown: max - 1, folded: count - (max - 1) }
}

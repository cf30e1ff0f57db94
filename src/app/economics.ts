/**
 * The AI economics the screen reads from the engine's results, as plain functions: what a lever
 * card says about its break-even, the review tier of a CNY total and a tier crossed between the
 * baseline and the scenario shown, and the person-days by section. Pure: no Vue.
 */
import type { LeverShare } from '@/engine/attribution'
import type { PersonDays, ScenarioResult } from '@/engine/compute'
import { reviewThresholds, reviewTier } from '@/engine/review'
import type { ReviewReading } from '@/engine/review'
import type { ReviewTier } from '@/engine/review'
import type { Lever, ToolCostPer } from '@/engine/types'

/** What a tool's price is paid for: one generation when the lever counts takes, else its `per`. */
export type PriceUnit = 'generation' | ToolCostPer

/** What a lever card says about the price at which its AI tools stop paying for themselves. */
export type BreakEvenState =
  /** The lever has no tool cost: there is nothing to pay off. */
  | { kind: 'noTool' }
  /** Not adopted in the scenario: no saving, no tool cost, no break-even. */
  | { kind: 'notAdopted' }
  /** Paid per episode, minute or month in a scenario with none of them: the tools cost nothing. */
  | { kind: 'noUnits', per: ToolCostPer }
  /** The break-even lies beyond the amounts the engine computes: it pays off at any price. */
  | { kind: 'beyond' }
  | {
    kind: 'price'
    unit: PriceUnit
    /** Break-even price, minor units per unit (MODEL.md §3). */
    breakEven: number
    /** The price now, minor units per unit (not rounded: a price may have more digits). */
    price: number
    /** What the lever saves on its lines and what its tools cost, minor units, before markups. */
    grossSaving: number
    tools: number
    /** The tools cost more than the lever saves: its price is above the break-even. */
    losing: boolean
  }

/** The unit a lever's tool price is quoted in. */
export function priceUnit(lever: Pick<Lever, 'toolCost'>): PriceUnit | null {
  const tool = lever.toolCost
  if (!tool) return null
  return tool.takes ? 'generation' : tool.per
}

/** k of MODEL.md §2 step 7 is 0: no episodes, no finished minutes, or no calendar day to pay for. */
function noUnits(per: ToolCostPer, r: Pick<ScenarioResult, 'episodes' | 'minutes' | 'calendarDays'>): boolean {
  return per === 'episode' ? r.episodes === 0 : per === 'minute' ? r.minutes === 0 : per === 'month' ? Math.ceil(r.calendarDays / 30) === 0 : false
}

/**
 * The break-even of `lever` in a scenario, from the engine's share of the change (`share`) and
 * the scenario's result. `adoption` is the lever's adoption there, in percent.
 */
export function breakEvenState(lever: Pick<Lever, 'toolCost'>, adoption: number, share: LeverShare | undefined, result: Pick<ScenarioResult, 'episodes' | 'minutes' | 'calendarDays' | 'digits'>): BreakEvenState {
  const tool = lever.toolCost
  if (!tool) return { kind: 'noTool' }
  if (!(adoption > 0) || !share) return { kind: 'notAdopted' }
  if (share.breakEven === null) return noUnits(tool.per, result) ? { kind: 'noUnits', per: tool.per } : { kind: 'beyond' }
  return {
    kind: 'price',
    unit: tool.takes ? 'generation' : tool.per,
    breakEven: share.breakEven,
    price: tool.amount * 10 ** result.digits,
    grossSaving: share.grossSaving,
    tools: share.tools,
    losing: share.tools > share.grossSaving,
  }
}

/* ------------------------------------------------------------------------------ review tier */

export { reviewReading } from '@/engine/review'

/** The review tier of a scenario's total, for CNY projects only (MODEL.md §5); null otherwise. */
export function tierOf(result: Pick<ScenarioResult, 'currency' | 'total'>, reading: ReviewReading = 'general'): ReviewTier | null {
  return result.currency === 'CNY' ? reviewTier(result.total, undefined, reading) : null
}

export interface TierCrossing {
  /** The baseline's tier and the shown scenario's. */
  from: ReviewTier
  to: ReviewTier
  /** The thresholds (fen) between the two totals, lowest first. */
  thresholds: number[]
  /** 'down' when the scenario shown goes to a lower level than the baseline. */
  direction: 'down' | 'up'
}

/**
 * The thresholds crossed between the baseline's total and the shown scenario's (CNY only), or
 * null when both go to the same level.
 */
export function tierCrossing(base: Pick<ScenarioResult, 'currency' | 'total'>, shown: Pick<ScenarioResult, 'currency' | 'total'>, reading: ReviewReading = 'general'): TierCrossing | null {
  const from = tierOf(base, reading)
  const to = tierOf(shown, reading)
  if (from === null || to === null || from === to) return null
  const t = reviewThresholds(undefined, reading)
  const low = Math.min(base.total, shown.total)
  const high = Math.max(base.total, shown.total)
  return {
    from,
    to,
    thresholds: [t.provincial, t.national].filter(x => low < x && x <= high),
    direction: shown.total < base.total ? 'down' : 'up',
  }
}

/* ------------------------------------------------------------------------------ person-days */

export interface DaysRow {
  /** Section id; null for the total. */
  id: string | null
  base: number
  scen: number
  /** scen − base, one decimal. */
  change: number
}

/** Days with one decimal, exact: a difference of two one-decimal figures, without binary noise. */
export function daysChange(from: number, to: number): number {
  return Math.round(to * 10 - from * 10) / 10
}

/**
 * Person-days by section, baseline against the scenario shown, then the total (the engine's own
 * figures). Sections with no person-days in either are left out, unless `all`.
 */
export function personDaysRows(base: PersonDays, shown: PersonDays, all = false): { sections: DaysRow[], total: DaysRow } {
  const before = new Map(base.sections.map(s => [s.id, s.days]))
  const sections = shown.sections
    .map(s => ({ id: s.id, base: before.get(s.id) ?? 0, scen: s.days, change: daysChange(before.get(s.id) ?? 0, s.days) }))
    .filter(r => all || r.base !== 0 || r.scen !== 0)
  return { sections, total: { id: null, base: base.total, scen: shown.total, change: daysChange(base.total, shown.total) } }
}

/** Person-days with one decimal, as the engine rounds them: "1,282.9"; signed: "−383.5". */
export function formatDays(days: number, locale: string, signed = false): string {
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(days))
  const sign = days < 0 ? '−' : signed && days > 0 ? '+' : ''
  return `${sign}${text}`
}

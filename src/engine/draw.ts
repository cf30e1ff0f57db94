/**
 * The levers' values for one evaluation (MODEL.md §2, §4): a point of their ranges (likely, low,
 * high) or a quantile of their triangular distributions.
 */
import type { Model } from './model'
import type { Range } from './types'

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
  /** w_i of MODEL.md §6.1: the share of its scenes' hours a lever removes at full adoption, one per lever. */
  sceneHours: Float64Array
}

export type LeverPoint = 'low' | 'likely' | 'high'

/**
 * Every lever's reduction and phase savings at one point of their ranges (absent ranges count as
 * 0), and every lever's takes at `takesAt` (likely unless told otherwise; 1 when absent).
 */
export function drawAt(model: Model, point: LeverPoint, takesAt: LeverPoint = 'likely'): LeverDraw {
  const n = model.levers.length
  const draw: LeverDraw = { reduction: new Float64Array(n), phaseDays: new Float64Array(n * model.phases.length), takes: new Float64Array(n), sceneHours: new Float64Array(n) }
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
 * Sets one lever's reduction, phase savings and scene hours (not its takes: see `setTakes`) to a point of their
 * ranges, or to a quantile `u` of their triangular distributions.
 */
export function setLever(model: Model, draw: LeverDraw, i: number, at: LeverPoint | { u: number }): void {
  const lever = model.levers[i]!
  const value = (r: Range | undefined): number =>
    r === undefined ? 0 : (typeof at === 'string' ? r[at] : triangular(r.low, r.likely, r.high, at.u)) / 100
  draw.reduction[i] = value(lever.reduction)
  draw.sceneHours[i] = value(lever.sceneHours)
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

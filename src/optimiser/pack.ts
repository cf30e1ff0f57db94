/**
 * Packing the scenes into days (MODEL.md §6.2), fast: the cost of an order in minor units (up to
 * a constant and the per-line rounding; see ./coefficients), and the cost of an order that shares
 * its first positions with the current one, re-packing only from a checkpoint before the first
 * changed position (a move's delta evaluation). `packDays` is the plain reference version.
 */
import type { Plan } from './plan'

/** Positions between two saved packing states. */
const STRIDE = 16

/**
 * Per minute used on the last day, added to the cost as a tie-break: among orders of equal cost,
 * the one that leaves the last day emptier is nearer to saving a day, which gives the search a
 * slope on the plateaus between two day counts. At most 0.072 of a minor unit a day of 12 hours:
 * less than any difference of whole minor units.
 */
const LAST_DAY_TIE = 1e-4

/** Days of one order, as §6.2 counts them (scene indices of `plan`). */
export interface Packing {
  days: number
  /** Per position of the order: first and last day of the scene. */
  first: Int32Array
  last: Int32Array
}

/** The reference packing: every scene's first and last day (scenes with μ = 0 get 0). */
export function packDays(plan: Plan, order: ArrayLike<number>): Packing {
  const H = plan.dayMinutes
  const first = new Int32Array(order.length)
  const last = new Int32Array(order.length)
  let d = 0
  let u = 0
  let L = -1
  for (let p = 0; p < order.length; p++) {
    const s = order[p]!
    const mu = plan.minutes[s]!
    if (mu === 0) continue
    if (d === 0) d = 1
    let x = 0
    if (u > 0) {
      x = plan.location[s] !== L ? plan.moveMinutes : 0
      if (u + x + mu > H) { d++; u = 0 }
    }
    if (u === 0) {
      const k = Math.ceil(mu / H)
      first[p] = d
      d += k - 1
      last[p] = d
      u = mu - (k - 1) * H
    }
    else {
      first[p] = last[p] = d
      u += x + mu
    }
    L = plan.location[s]!
  }
  return { days: d, first, last }
}

export class Packer {
  readonly n: number
  /** The current order (scene indices, shot scenes only) and its cost. */
  readonly current: Int32Array
  cost = 0
  /** The tie-break part of the last cost (LAST_DAY_TIE × minutes used on the last day). */
  lastTie = 0
  /** Counts the changes of the current order. */
  version = 0
  /** Shoot days of the last order evaluated. */
  lastDays = 0
  /**
   * Of the current order: positions where a scene starts a new day while the day before had time
   * left (`count` of them), and that time in minutes; the move searches for scenes to fill it.
   */
  readonly gaps: { count: number, at: Int32Array, minutes: Int32Array }
  /** Per position of the current order: the day a scene ends on and the minutes used then. */
  private readonly endDay: Int32Array
  private readonly endUsed: Int32Array
  private readonly minutes: Int32Array
  private readonly location: Int32Array
  private readonly H: number
  private readonly M: number
  /** Cast that costs something, per scene: `cast[castStart[s] .. castStart[s + 1])`. */
  private readonly castStart: Int32Array
  private readonly cast: Int32Array
  private readonly castCoef: Float64Array
  private readonly castSpan: Uint8Array
  private readonly locCoef: Float64Array
  private readonly dayCost: Float64Array
  /** Working state: cast first, last, worked; location last, count. */
  private readonly cFirst: Int32Array
  private readonly cLast: Int32Array
  private readonly cWorked: Int32Array
  private readonly lLast: Int32Array
  private readonly lCount: Int32Array
  /** Saved states, one per STRIDE positions: d, u, L, then the five arrays above. */
  private readonly saved: Int32Array
  private readonly width: number

  constructor(plan: Plan, order: ArrayLike<number>) {
    this.n = order.length
    this.current = Int32Array.from(order)
    this.minutes = plan.minutes
    this.location = plan.location
    this.H = plan.dayMinutes
    this.M = plan.moveMinutes
    const c = plan.castIds.length
    const nl = plan.locationIds.length
    this.castCoef = plan.costs.perCastDay
    this.castSpan = plan.costs.castSpan
    this.locCoef = plan.costs.perLocationDay
    const ns = plan.minutes.length
    this.castStart = new Int32Array(ns + 1)
    const cast: number[] = []
    for (let s = 0; s < ns; s++) {
      this.castStart[s] = cast.length
      for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++)
        if (this.castCoef[plan.castList[k]!] !== 0) cast.push(plan.castList[k]!)
    }
    this.castStart[ns] = cast.length
    this.cast = Int32Array.from(cast)
    let maxDays = 1
    for (let p = 0; p < this.n; p++) maxDays += Math.ceil(this.minutes[order[p]!]! / this.H)
    this.dayCost = new Float64Array(maxDays + 1)
    for (let d = 0; d <= maxDays; d++) this.dayCost[d] = plan.costs.dayCost(d)
    this.cFirst = new Int32Array(c)
    this.cLast = new Int32Array(c)
    this.cWorked = new Int32Array(c)
    this.lLast = new Int32Array(nl)
    this.lCount = new Int32Array(nl)
    this.width = 3 + 3 * c + 2 * nl
    this.saved = new Int32Array((Math.floor(this.n / STRIDE) + 1) * this.width)
    this.endDay = new Int32Array(this.n)
    this.endUsed = new Int32Array(this.n)
    this.gaps = { count: 0, at: new Int32Array(this.n), minutes: new Int32Array(this.n) }
    this.cost = this.run(this.current, 0, true)
  }

  /** Cost of `order` (the same scenes), evaluated in full; the current order is kept. */
  evaluate(order: Int32Array): number {
    return this.run(order, 0, false)
  }

  /** Cost of `candidate`, which equals the current order before position `from`. */
  evaluateFrom(candidate: Int32Array, from: number): number {
    return this.run(candidate, Math.floor(from / STRIDE), false)
  }

  /** Makes `candidate` (equal to the current order before `from`) the current order. */
  accept(candidate: Int32Array, from: number): void {
    for (let p = from; p < this.n; p++) this.current[p] = candidate[p]!
    this.version++
    this.cost = this.run(this.current, Math.floor(from / STRIDE), true)
  }

  private findGaps(): void {
    const g = this.gaps
    g.count = 0
    for (let p = 1; p < this.n; p++) {
      // A new day began at p (its first day is after the day p − 1 ended on) with time left.
      const first = this.endDay[p]! - Math.ceil(this.minutes[this.current[p]!]! / this.H) + 1
      if (first > this.endDay[p - 1]! && this.endUsed[p - 1]! < this.H) {
        g.at[g.count] = p
        g.minutes[g.count++] = this.H - this.endUsed[p - 1]!
      }
    }
  }

  /** Packs from saved state `block`; saves the states it passes when `save`. */
  private run(order: Int32Array, block: number, save: boolean): number {
    const { H, M, minutes, location, castStart, cast, cFirst, cLast, cWorked, lLast, lCount, saved, width } = this
    const nc = cFirst.length
    const nl = lLast.length
    let d = 1
    let u = 0
    let L = -1
    if (block === 0) {
      cFirst.fill(-1); cLast.fill(0); cWorked.fill(0); lLast.fill(0); lCount.fill(0)
    }
    else {
      let o = block * width
      d = saved[o++]!; u = saved[o++]!; L = saved[o++]!
      for (let k = 0; k < nc; k++) { cFirst[k] = saved[o++]!; cLast[k] = saved[o++]!; cWorked[k] = saved[o++]! }
      for (let k = 0; k < nl; k++) { lLast[k] = saved[o++]!; lCount[k] = saved[o++]! }
    }
    const n = this.n
    for (let p = block * STRIDE; p < n; p++) {
      if (save && p % STRIDE === 0) {
        let o = (p / STRIDE) * width
        saved[o++] = d; saved[o++] = u; saved[o++] = L
        for (let k = 0; k < nc; k++) { saved[o++] = cFirst[k]!; saved[o++] = cLast[k]!; saved[o++] = cWorked[k]! }
        for (let k = 0; k < nl; k++) { saved[o++] = lLast[k]!; saved[o++] = lCount[k]! }
      }
      const s = order[p]!
      const mu = minutes[s]!
      const loc = location[s]!
      let x = 0
      if (u > 0) {
        x = loc !== L ? M : 0
        if (u + x + mu > H) { d++; u = 0 }
      }
      let a = d
      if (u === 0) {
        const k = Math.ceil(mu / H)
        d += k - 1
        u = mu - (k - 1) * H
      }
      else {
        u += x + mu
        a = d
      }
      L = loc
      if (save) { this.endDay[p] = d; this.endUsed[p] = u }
      for (let k = castStart[s]!, end = castStart[s + 1]!; k < end; k++) {
        const c = cast[k]!
        if (cFirst[c]! < 0) { cFirst[c] = a; cWorked[c] = d - a + 1 }
        else if (d > cLast[c]!) cWorked[c]! += d - Math.max(a, cLast[c]! + 1) + 1
        cLast[c] = d
      }
      if (d > lLast[loc]!) { lCount[loc]! += d - Math.max(a, lLast[loc]! + 1) + 1; lLast[loc] = d }
    }
    const days = n === 0 ? 0 : d
    this.lastDays = days
    if (save) this.findGaps()
    this.lastTie = LAST_DAY_TIE * u
    let cost = this.dayCost[days]! + this.lastTie
    for (let c = 0; c < nc; c++) {
      if (cFirst[c]! < 0) continue
      cost += this.castCoef[c]! * (this.castSpan[c] ? cLast[c]! - cFirst[c]! + 1 : cWorked[c]!)
    }
    for (let l = 0; l < nl; l++) cost += this.locCoef[l]! * lCount[l]!
    return cost
  }
}

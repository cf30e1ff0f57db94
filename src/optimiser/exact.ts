/**
 * Talent scheduling (every scene fills whole days, so the shoot days, location days and worked
 * days are the same in every order and only the paid spans differ): dynamic programming over the
 * sets of scenes already shot, as in Garcia de la Banda, Stuckey & Chu, "Solving Talent
 * Scheduling with Dynamic Programming" (INFORMS J. Computing 23(1), 2011). The cost of shooting
 * scene s after the set P is d_s × the daily cost of the cast on hand: the cast of s, and every
 * cast member with a scene in P and another still to shoot (they are on hold). Scenes with the
 * same cast are merged first (an optimal order keeps them together), and scenes with no paid
 * cast go first (nobody is on hold then).
 *
 * Small plans of any kind: see ./branch.
 */

/** The most (merged) scenes the dynamic programme takes: 2^22 states, about 55 MB. */
export const DP_MAX_SCENES = 22
/** The most cast members in the programme's bit sets. */
export const DP_MAX_CAST = 31

export interface TalentProblem {
  /** Days of each scene. */
  durations: readonly number[]
  /** Cast of each scene as a bit set over `weights`. */
  casts: readonly number[]
  /** Cost of a paid day of each cast member. */
  weights: readonly number[]
}

export interface TalentSolution {
  order: number[]
  cost: number
}

/** Σ of the weights of the cast in a bit set: two tables, for the low and the high 16 bits. */
function weightTables(weights: readonly number[]): [Float64Array, Float64Array] {
  const lo = new Float64Array(1 << Math.min(16, weights.length))
  const hi = new Float64Array(1 << Math.max(0, weights.length - 16))
  for (let m = 1; m < lo.length; m++) {
    const b = 31 - Math.clz32(m)
    lo[m] = lo[m & ~(1 << b)]! + weights[b]!
  }
  for (let m = 1; m < hi.length; m++) {
    const b = 31 - Math.clz32(m)
    hi[m] = hi[m & ~(1 << b)]! + weights[b + 16]!
  }
  return [lo, hi]
}

/** Cost of an order of a talent problem: each cast member's paid span × their daily cost. */
export function talentCost(p: TalentProblem, order: readonly number[]): number {
  const first = p.weights.map(() => -1)
  const last = p.weights.map(() => 0)
  let day = 0
  for (const s of order) {
    for (let c = 0; c < p.weights.length; c++) {
      if (!(p.casts[s]! & (1 << c))) continue
      if (first[c]! < 0) first[c] = day
      last[c] = day + p.durations[s]!
    }
    day += p.durations[s]!
  }
  return p.weights.reduce((sum, w, c) => sum + (first[c]! < 0 ? 0 : w * (last[c]! - first[c]!)), 0)
}

/**
 * An optimal order, or null when the problem has more than DP_MAX_SCENES distinct casts or more
 * than DP_MAX_CAST cast members.
 */
export function solveTalent(p: TalentProblem): TalentSolution | null {
  if (p.weights.length > DP_MAX_CAST) return null
  // Merge scenes with the same cast; scenes with no paid cast go first.
  const free: number[] = []
  const groups = new Map<number, number[]>()
  p.casts.forEach((mask, s) => {
    if (mask === 0) free.push(s)
    else groups.set(mask, [...(groups.get(mask) ?? []), s])
  })
  const members = [...groups.values()]
  const n = members.length
  if (n > DP_MAX_SCENES) return null
  const cast = members.map(g => p.casts[g[0]!]!)
  const dur = members.map(g => g.reduce((sum, s) => sum + p.durations[s]!, 0))
  const [lo, hi] = weightTables(p.weights)
  const weight = (mask: number) => lo[mask & 0xffff]! + hi[mask >>> 16]!
  // Each scene's own days are paid in any order: what is left of them bounds a set's completion,
  // and a state whose bound passes the cost of the order as given cannot lead to a better one.
  const own = cast.map((c, s) => dur[s]! * weight(c))
  const ownAll = own.reduce((a, b) => a + b, 0)
  const upper = talentCost(p, p.durations.map((_, s) => s)) + 1e-9
  const size = 1 << n
  const full = size - 1
  // Union of the casts of every set of (merged) scenes.
  const union = new Int32Array(size)
  for (let x = 1; x < size; x++) {
    const b = 31 - Math.clz32(x)
    union[x] = union[x & ~(1 << b)]! | cast[b]!
  }
  const best = new Float64Array(size).fill(Infinity)
  const choice = new Int8Array(size)
  best[0] = 0
  for (let done = 0; done < full; done++) {
    const f = best[done]!
    if (f === Infinity) continue
    let left = ownAll
    for (let s = 0; s < n; s++) if (done & (1 << s)) left -= own[s]!
    if (f + left > upper) continue
    const before = union[done]!
    for (let s = 0; s < n; s++) {
      const bit = 1 << s
      if (done & bit) continue
      const next = done | bit
      const onHand = cast[s]! | (before & union[full ^ next]!)
      const g = f + dur[s]! * (lo[onHand & 0xffff]! + hi[onHand >>> 16]!)
      if (g < best[next]!) { best[next] = g; choice[next] = s }
    }
  }
  const merged: number[] = []
  for (let x = full; x !== 0; x &= ~(1 << choice[x]!)) merged.push(choice[x]!)
  merged.reverse()
  return { order: [...free, ...merged.flatMap(g => members[g]!)], cost: best[full]! }
}

/**
 * Branch and bound over the orders of a small plan of any kind (moves, scenes of part of a day or
 * of several days, span and worked pay, location days): scenes are placed one after another, the
 * packing carried along (§6.2), and a partial order is dropped once a lower bound on every order
 * that starts with it is no cheaper than the best order known. The bound: the cost of the scenes
 * placed (every per-unit cost is ≥ 0, so placing more never lowers it), each cast member and
 * location still to come at one day, and the days the minutes left need at least. Scenes alike in
 * everything the cost sees (minutes, location, paid cast) are tried once per place. Deterministic;
 * gives up, unproven, past a number of nodes.
 */
import type { Plan } from './plan'

/** The most scenes the search takes on. */
export const BRANCH_MAX_SCENES = 11
/** Nodes visited before it gives up. */
export const BRANCH_MAX_NODES = 3_000_000

export interface BranchResult {
  /** A cheaper order than the bound given, or null when none exists (or none was found in time). */
  order: Int32Array | null
  cost: number
  /** True when the whole tree was searched: no order costs less than `cost`. */
  complete: boolean
}

/**
 * Searches the orders of `scenes` for one cheaper than `upper` (the cost of the best order known,
 * without the packer's tie-break).
 */
export function branchAndBound(plan: Plan, scenes: Int32Array, upper: number): BranchResult {
  const n = scenes.length
  const H = plan.dayMinutes
  const M = plan.moveMinutes
  const { perCastDay, castSpan, perLocationDay } = plan.costs
  const nc = plan.castIds.length
  const nl = plan.locationIds.length
  const dayCost = (d: number) => plan.costs.dayCost(d)
  // Scenes alike: the same class is tried once per place.
  const key = (s: number) => {
    const cast: number[] = []
    for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++) if (perCastDay[plan.castList[k]!] !== 0) cast.push(plan.castList[k]!)
    return `${plan.minutes[s]}|${plan.location[s]}|${cast.sort((a, b) => a - b).join(',')}`
  }
  const classOf = new Map<string, number>()
  const cls = Array.from(scenes, s => classOf.get(key(s)) ?? classOf.set(key(s), classOf.size).get(key(s))!)
  // State per depth, copied down the tree.
  const first = new Int32Array((n + 1) * nc).fill(-1)
  const last = new Int32Array((n + 1) * nc)
  const worked = new Int32Array((n + 1) * nc)
  const lLast = new Int32Array((n + 1) * nl)
  const lCount = new Int32Array((n + 1) * nl)
  const used = new Uint8Array(n)
  // Marks by node number, so that nothing is allocated per node.
  const seenC = new Float64Array(nc).fill(-1)
  const seenL = new Float64Array(nl).fill(-1)
  const tried = new Float64Array(n * n).fill(-1)
  const path = new Int32Array(n)
  let best = upper
  let bestOrder: Int32Array | null = null
  let nodes = 0
  let minutesLeft = 0
  for (const s of scenes) minutesLeft += plan.minutes[s]!

  const visit = (depth: number, d: number, u: number, L: number, sunk: number): boolean => {
    if (++nodes > BRANCH_MAX_NODES) return false
    if (depth === n) {
      const cost = sunk + dayCost(d)
      if (cost < best - 1e-7) { best = cost; bestOrder = Int32Array.from(path, i => scenes[i]!) }
      return true
    }
    // Bound: days the minutes left need, and one day of each cast member and location to come.
    const needDays = d + Math.max(0, Math.ceil((minutesLeft - (H - u)) / H))
    let bound = sunk + dayCost(depth === 0 ? Math.ceil(minutesLeft / H) : needDays)
    const stamp = nodes
    for (let i = 0; i < n; i++) {
      if (used[i]) continue
      const s = scenes[i]!
      const l = plan.location[s]!
      if (seenL[l] !== stamp && lCount[depth * nl + l] === 0) { seenL[l] = stamp; bound += perLocationDay[l]! }
      for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++) {
        const c = plan.castList[k]!
        if (seenC[c] !== stamp && first[depth * nc + c]! < 0) { seenC[c] = stamp; bound += perCastDay[c]! }
      }
    }
    if (bound >= best - 1e-7) return true
    const triedAt = depth * n
    for (let i = 0; i < n; i++) {
      if (used[i] || tried[triedAt + cls[i]!] === stamp) continue
      tried[triedAt + cls[i]!] = stamp
      const s = scenes[i]!
      const mu = plan.minutes[s]!
      const loc = plan.location[s]!
      // Pack s after the state at this depth (§6.2).
      let nd = depth === 0 ? 1 : d
      let nu = u
      let x = 0
      if (nu > 0) {
        x = loc !== L ? M : 0
        if (nu + x + mu > H) { nd++; nu = 0 }
      }
      const a = nd
      if (nu === 0) { const k = Math.ceil(mu / H); nd += k - 1; nu = mu - (k - 1) * H }
      else nu += x + mu
      // The next depth's state, and the cost it adds.
      const o = depth * nc
      const p = (depth + 1) * nc
      first.copyWithin(p, o, o + nc); last.copyWithin(p, o, o + nc); worked.copyWithin(p, o, o + nc)
      lLast.copyWithin((depth + 1) * nl, depth * nl, depth * nl + nl)
      lCount.copyWithin((depth + 1) * nl, depth * nl, depth * nl + nl)
      let add = 0
      for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++) {
        const c = plan.castList[k]!
        const before = first[p + c]! < 0 ? 0 : castSpan[c] ? last[p + c]! - first[p + c]! + 1 : worked[p + c]!
        if (first[p + c]! < 0) { first[p + c] = a; worked[p + c] = nd - a + 1 }
        else if (nd > last[p + c]!) worked[p + c]! += nd - Math.max(a, last[p + c]! + 1) + 1
        last[p + c] = nd
        add += perCastDay[c]! * ((castSpan[c] ? last[p + c]! - first[p + c]! + 1 : worked[p + c]!) - before)
      }
      const q = (depth + 1) * nl + loc
      if (nd > lLast[q]!) {
        const more = nd - Math.max(a, lLast[q]! + 1) + 1
        lCount[q]! += more
        lLast[q] = nd
        add += perLocationDay[loc]! * more
      }
      used[i] = 1
      path[depth] = i
      minutesLeft -= mu
      const ok = visit(depth + 1, nd, nu, loc, sunk + add)
      minutesLeft += mu
      used[i] = 0
      if (!ok) return false
    }
    return true
  }
  const complete = n > BRANCH_MAX_SCENES ? false : visit(0, 0, 0, -1, 0)
  return { order: bestOrder, cost: best, complete }
}

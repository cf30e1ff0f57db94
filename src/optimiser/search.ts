/**
 * The heuristic: late-acceptance hill climbing (Burke & Bykov) over moves of the stripboard,
 * each priced by re-packing from the first position it changes (./pack). First, for `runPhase`
 * evaluations, only whole runs of one location move (from run boundary to run boundary: one run
 * moved, two swapped, a stretch of runs reversed), which orders the location blocks; then any
 * move: one scene moved or swapped, a scene put into the time left at the end of a day, a few
 * scenes moved or reversed, whole runs again, and a large-neighbourhood move that takes out a few
 * related scenes (a cast member or a location in common) and puts each back where it costs least.
 * Deterministic for a seed and a count of evaluations; the best order seen is kept, so it is
 * never worse than the start.
 */
import { seededRandom } from '../engine/random'
import type { Packer } from './pack'
import type { Plan } from './plan'

const EPS = 1e-7

export class Search {
  /** Evaluations done. */
  done = 0
  /** Evaluations given to moves of whole location runs alone, before any other move. */
  runPhase = 0
  best: Int32Array
  bestCost: number
  bestDays: number
  private readonly cand: Int32Array
  private readonly history: Float64Array
  private readonly random: () => number
  private readonly byCast: number[][]
  private readonly byLocation: number[][]
  /** Runs of one location in the current order, as of the packer's `version`. */
  private readonly runStart: Int32Array
  private runCount = 0
  private runVersion = -1
  /** Places tried by the large-neighbourhood move. */
  private readonly places = new Int32Array(72)

  constructor(private readonly packer: Packer, private readonly plan: Plan, seed: number) {
    this.random = seededRandom(seed)
    this.best = Int32Array.from(packer.current)
    this.bestCost = packer.cost
    this.bestDays = packer.lastDays
    this.cand = Int32Array.from(packer.current)
    this.runStart = new Int32Array(packer.n + 1)
    this.history = new Float64Array(Math.max(20, Math.min(400, packer.n * 2))).fill(packer.cost)
    this.byCast = plan.castIds.map(() => [])
    this.byLocation = plan.locationIds.map(() => [])
    for (const s of packer.current) {
      for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++) this.byCast[plan.castList[k]!]!.push(s)
      this.byLocation[plan.location[s]!]!.push(s)
    }
  }

  private int(n: number): number {
    return Math.floor(this.random() * n)
  }

  /** Runs up to `budget` evaluations (fewer when `stop` says so); true when nothing is left to try. */
  run(budget: number, stop?: () => boolean): boolean {
    const n = this.packer.n
    if (n < 2) return true
    const end = this.done + budget
    let checks = 0
    while (this.done < end) {
      if (stop && (++checks & 63) === 0 && stop()) return false
      if (this.done < this.runPhase) {
        const range = this.runMove()
        this.done++
        if (!range) {
          if (this.runs().count < 3) this.runPhase = 0
          continue
        }
        this.decide(this.packer.evaluateFrom(this.cand, range[0]), range[0], range[1])
        continue
      }
      const r = this.random()
      if (r < 0.04 && n > 4) this.lns()
      else this.move(r)
    }
    return false
  }

  /** One move into `cand`: returns the range it changed. */
  private propose(r: number): [number, number] {
    const n = this.packer.n
    const c = this.cand
    const cur = this.packer.current
    if (r < 0.35) {
      // Move one scene.
      const p = this.int(n)
      let q = this.int(n - 1)
      if (q >= p) q++
      const s = cur[p]!
      if (p < q) { c.copyWithin(p, p + 1, q + 1); c[q] = s }
      else { c.copyWithin(q + 1, q, p); c[q] = s }
      return [Math.min(p, q), Math.max(p, q)]
    }
    if (r < 0.47) {
      const target = this.fillGap(n)
      if (target) {
        const [p, q] = target
        const s = cur[p]!
        if (p < q) { c.copyWithin(p, p + 1, q + 1); c[q] = s }
        else { c.copyWithin(q + 1, q, p); c[q] = s }
        return [Math.min(p, q), Math.max(p, q)]
      }
    }
    if (r < 0.55) {
      const p = this.int(n)
      let q = this.int(n - 1)
      if (q >= p) q++
      c[p] = cur[q]!; c[q] = cur[p]!
      return [Math.min(p, q), Math.max(p, q)]
    }
    if (r < 0.8) {
      const runs = this.runMove()
      if (runs) return runs
    }
    // A few scenes: moved elsewhere, or reversed.
    const a = this.int(n)
    const b = Math.min(n - 1, a + 1 + this.int(Math.min(12, n)))
    if (r >= 0.92 || b - a + 1 === n) {
      for (let i = a, j = b; i <= b; i++, j--) c[i] = cur[j]!
      return [a, b]
    }
    const len = b - a + 1
    let q = this.int(n - len + 1) // where the block starts afterwards
    if (q === a) q = (q + 1) % (n - len + 1)
    return this.shiftBlock(a, b, q)
  }

  /** Moves `cur[a .. b]` to start at q (of the order without it) in `cand`; the range changed. */
  private shiftBlock(a: number, b: number, q: number): [number, number] {
    const c = this.cand
    const cur = this.packer.current
    const len = b - a + 1
    if (q < a) {
      for (let i = 0; i < len; i++) c[q + i] = cur[a + i]!
      for (let i = q; i < a; i++) c[i + len] = cur[i]!
      return [q, b]
    }
    for (let i = b + 1; i < q + len; i++) c[i - len] = cur[i]!
    for (let i = 0; i < len; i++) c[q + i] = cur[a + i]!
    return [a, q + len - 1]
  }

  /**
   * A move of whole runs of one location, from run boundary to run boundary: one run moved,
   * two swapped, or a stretch of runs in reverse order (each run kept as it is).
   */
  private runMove(): [number, number] | null {
    const runs = this.runs()
    const k = runs.count
    if (k < 3) return null
    const start = runs.start
    const c = this.cand
    const cur = this.packer.current
    const i = this.int(k)
    let j = this.int(k - 1)
    if (j >= i) j++
    const kind = this.random()
    if (kind < 0.45) {
      // Run i to just before run j (or to the end when j is the last and after i).
      const a = start[i]!
      const b = start[i + 1]! - 1
      const to = j > i ? start[j + 1]! - (b - a + 1) : start[j]!
      return to === a ? null : this.shiftBlock(a, b, to)
    }
    const lo = Math.min(i, j)
    const hi = Math.max(i, j)
    const from = start[lo]!
    const end = start[hi + 1]!
    let w = from
    if (kind < 0.7) {
      // Swap runs lo and hi.
      for (let x = start[hi]!; x < end; x++) c[w++] = cur[x]!
      for (let x = start[lo + 1]!; x < start[hi]!; x++) c[w++] = cur[x]!
      for (let x = from; x < start[lo + 1]!; x++) c[w++] = cur[x]!
    }
    else {
      for (let r = hi; r >= lo; r--)
        for (let x = start[r]!; x < start[r + 1]!; x++) c[w++] = cur[x]!
    }
    return [from, end - 1]
  }

  /** The runs of one location in the current order (their first positions, then n). */
  private runs(): { count: number, start: Int32Array } {
    if (this.runVersion !== this.packer.version) {
      const cur = this.packer.current
      const loc = this.plan.location
      let k = 0
      for (let p = 0; p < cur.length; p++) if (p === 0 || loc[cur[p]!] !== loc[cur[p - 1]!]) this.runStart[k++] = p
      this.runStart[k] = cur.length
      this.runCount = k
      this.runVersion = this.packer.version
    }
    return { count: this.runCount, start: this.runStart }
  }

  /**
   * A scene and the place that puts it at the end of a day with time left, where it fits (a move
   * included when its location differs): [from, to] as for moving one scene; null when none fits.
   */
  private fillGap(n: number): [number, number] | null {
    const gaps = this.packer.gaps
    if (gaps.count === 0) return null
    const cur = this.packer.current
    const plan = this.plan
    const p = this.int(n)
    const s = cur[p]!
    const mu = plan.minutes[s]!
    let chosen = -1
    let seen = 0
    for (let k = 0; k < gaps.count; k++) {
      const b = gaps.at[k]!
      if (b === p || b - 1 === p) continue
      const need = mu + (plan.location[cur[b - 1]!] !== plan.location[s] ? plan.moveMinutes : 0)
      // Reservoir sampling: one of the gaps it fits, each as likely.
      if (need <= gaps.minutes[k]! && this.int(++seen) === 0) chosen = b
    }
    if (chosen < 0) return null
    return [p, p < chosen ? chosen - 1 : chosen]
  }

  private move(r: number): void {
    const [lo, hi] = this.propose(r)
    this.done++
    const cost = this.packer.evaluateFrom(this.cand, lo)
    this.decide(cost, lo, hi)
  }

  /** Late acceptance: take the candidate when no worse than now or than the cost some moves ago. */
  private decide(cost: number, lo: number, hi: number): void {
    const slot = this.done % this.history.length
    const now = this.packer.cost
    if (cost <= now + EPS || cost <= this.history[slot]! + EPS) {
      const days = this.packer.lastDays
      this.packer.accept(this.cand, lo)
      if (cost < this.bestCost - EPS) {
        this.bestCost = cost
        this.bestDays = days
        this.best.set(this.packer.current)
      }
    }
    else {
      const cur = this.packer.current
      for (let i = lo; i <= hi; i++) this.cand[i] = cur[i]!
    }
    if (this.packer.cost < this.history[slot]!) this.history[slot] = this.packer.cost
  }

  /** Takes out a few related scenes and puts each back at its cheapest place among a few. */
  private lns(): void {
    const n = this.packer.n
    const cur = this.packer.current
    const c = this.cand
    const plan = this.plan
    const k = Math.min(n - 2, 2 + this.int(6))
    const seed = cur[this.int(n)]!
    const castCount = plan.castStart[seed + 1]! - plan.castStart[seed]!
    const related = this.random() < 0.5 && castCount > 0
      ? this.byCast[plan.castList[plan.castStart[seed]! + this.int(castCount)]!]!
      : this.byLocation[plan.location[seed]!]!
    const out = [seed]
    for (let tries = 0; out.length < k && tries < 4 * k; tries++) {
      const s = related[this.int(related.length)]!
      if (!out.includes(s)) out.push(s)
    }
    // The order without them, then each put back in turn; the scenes still out wait at the end.
    let m = 0
    let lo = n
    for (let p = 0; p < n; p++) {
      if (out.includes(cur[p]!)) { lo = Math.min(lo, p); continue }
      c[m++] = cur[p]!
    }
    const places = this.places
    for (let i = 0; i < out.length; i++) {
      const s = out[i]!
      for (let j = i + 1, t = m + 1; j < out.length; j++, t++) c[t] = out[j]!
      // Places next to a scene at the same location or with cast in common, and a few others.
      let count = 0
      const loc = plan.location[s]!
      for (let q = 0; q <= m && count < places.length - 8; q++) {
        if ((q < m && this.near(c[q]!, s, loc)) || (q > 0 && this.near(c[q - 1]!, s, loc))) places[count++] = q
      }
      for (let r = 0; r < 8; r++) places[count++] = this.int(m + 1)
      let bestQ = m
      let bestCost = Infinity
      for (let t = 0; t < count; t++) {
        const q = places[t]!
        c.copyWithin(q + 1, q, m)
        c[q] = s
        this.done++
        const cost = this.packer.evaluateFrom(c, Math.min(q, lo))
        if (cost < bestCost - EPS) { bestCost = cost; bestQ = q }
        c.copyWithin(q, q + 1, m + 1)
      }
      c.copyWithin(bestQ + 1, bestQ, m)
      c[bestQ] = s
      m++
      lo = Math.min(lo, bestQ)
    }
    this.done++
    const cost = this.packer.evaluateFrom(c, lo)
    this.decide(cost, lo, n - 1)
  }

  /** True when scene `t` is at location `loc` or shares a cast member with scene `s`. */
  private near(t: number, s: number, loc: number): boolean {
    const plan = this.plan
    if (plan.location[t] === loc) return true
    for (let a = plan.castStart[s]!; a < plan.castStart[s + 1]!; a++)
      for (let b = plan.castStart[t]!; b < plan.castStart[t + 1]!; b++)
        if (plan.castList[a] === plan.castList[b]) return true
    return false
  }
}

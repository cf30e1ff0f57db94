/**
 * Optimising the order of the scenes (MODEL.md §6.3): the order with the lowest total of one
 * scenario, everything else unchanged. Exact where it can be (./exact), the heuristic beyond
 * (./search); the figures reported are the engine's, and the order returned is never worse than
 * the one the scenario had.
 */
import type { Project } from '../engine/types'
import { branchAndBound, BRANCH_MAX_SCENES } from './branch'
import { DP_MAX_CAST, solveTalent } from './exact'
import { Packer } from './pack'
import { buildPlan } from './plan'
import type { Plan } from './plan'
import { Search } from './search'
import { engineFigures, withOrder } from './total'

export interface OptimiseOptions {
  /** Seed of the heuristic's random choices (1). */
  seed?: number
  /** Evaluations of the heuristic (DEFAULT_ITERATIONS): with the seed, they fix the result. */
  iterations?: number
  /**
   * A limit in milliseconds besides the iterations (none by default). The result then depends on
   * the machine's speed: only `iterations` alone make a run repeatable.
   */
  timeMs?: number
  /** Asked often; the best order so far is returned once it says true. */
  shouldStop?: () => boolean
  /** Told of the best order so far, now and then. */
  onProgress?: (progress: OptimiseProgress) => void
}

export interface OptimiseProgress {
  /** Best total so far, minor units (the engine's total of the start, moved by the search's own sums). */
  bestTotal: number
  bestDays: number
  done: number
  iterations: number
}

export interface OptimiseResult {
  /** Every scene id: the scenes shot in their new order, then those not shot. */
  order: string[]
  /** Engine totals (minor units) of the scenario's order and of the new one. */
  totalBefore: number
  totalAfter: number
  daysBefore: number
  daysAfter: number
  /** True only when the search proved that no order costs less. */
  proven: boolean
  /** Evaluations done, and whether the run was stopped before its budget. */
  done: number
  stopped: boolean
}

export const DEFAULT_ITERATIONS = 200_000
/** Evaluations of the heuristic before branch and bound on a small plan. */
const SMALL_SEARCH = 4_000
/** Share of the heuristic's evaluations spent on moves of whole location runs first. */
const RUN_PHASE = 0.3

/** A run that can be advanced in steps (the worker's slices) or at once (`optimiseOrder`). */
export interface Optimisation {
  /** Runs up to `budget` evaluations; true when the run is over. */
  step: (budget: number, stop?: () => boolean) => boolean
  progress: () => OptimiseProgress
  /** The best order found so far, with the engine's figures. */
  result: (stopped?: boolean) => OptimiseResult
}

/** The talent-scheduling form of the plan, when every scene fills whole days (else null). */
function talentForm(plan: Plan): { casts: number[], durations: number[], weights: number[], castOf: number[] } | null {
  const H = plan.dayMinutes
  const { perCastDay, castSpan } = plan.costs
  const castOf: number[] = []
  const bit = new Int32Array(plan.castIds.length).fill(-1)
  plan.castIds.forEach((_, c) => {
    if (perCastDay[c] !== 0 && castSpan[c]) { bit[c] = castOf.length; castOf.push(c) }
  })
  if (castOf.length > DP_MAX_CAST) return null
  const casts: number[] = []
  const durations: number[] = []
  for (const s of plan.startOrder) {
    if (plan.minutes[s]! % H !== 0) return null
    let mask = 0
    for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++) {
      const b = bit[plan.castList[k]!]!
      if (b >= 0) mask |= 1 << b
    }
    casts.push(mask)
    durations.push(plan.minutes[s]! / H)
  }
  return { casts, durations, weights: castOf.map(c => perCastDay[c]!), castOf }
}

export function startOptimise(project: Project, scenarioId: string, options: OptimiseOptions = {}): Optimisation {
  const plan = buildPlan(project, scenarioId)
  const iterations = options.iterations ?? DEFAULT_ITERATIONS
  const packer = new Packer(plan, plan.startOrder)
  const startCost = packer.cost
  const before = engineFigures(project, scenarioId)
  const search = new Search(packer, plan, options.seed ?? 1)
  // The first part of the budget moves whole runs of one location (blocks), then any move.
  search.runPhase = Math.floor(iterations * RUN_PHASE)
  let proven = false
  let over = false

  // Exact first, where it applies.
  const talent = talentForm(plan)
  const solved = talent ? solveTalent(talent) : null
  if (solved) {
    const order = Int32Array.from(solved.order, i => plan.startOrder[i]!)
    const cost = packer.evaluate(order)
    if (cost < search.bestCost) { search.best = order; search.bestCost = cost; search.bestDays = packer.lastDays }
    proven = plan.costs.exact || packer.n <= 1
    over = true
  }
  else if (packer.n <= BRANCH_MAX_SCENES) {
    // A good order first, then branch and bound to beat it or prove that nothing does.
    search.run(Math.min(iterations, SMALL_SEARCH))
    const known = packer.evaluate(search.best) - packer.lastTie
    const found = branchAndBound(plan, search.best, known)
    if (found.order) {
      search.best = found.order
      search.bestCost = packer.evaluate(found.order)
      search.bestDays = packer.lastDays
    }
    // One scene shot (or none) has one order: nothing to rank.
    proven = (found.complete && plan.costs.exact) || packer.n <= 1
    over = found.complete
  }

  const progress = (): OptimiseProgress => ({
    bestTotal: Math.round(before.total + search.bestCost - startCost),
    bestDays: search.bestDays,
    done: search.done,
    iterations,
  })

  return {
    step(budget, stop) {
      if (over) return true
      const left = iterations - search.done
      over = search.run(Math.min(budget, left), stop) || search.done >= iterations
      return over
    },
    progress,
    result(stopped = false) {
      const ids = [...Array.from(search.best, s => plan.sceneIds[s]!), ...plan.idle]
      const after = engineFigures(withOrder(project, scenarioId, ids), scenarioId)
      // The engine's rounding could, in theory, put a cheaper sum at a higher total: keep the start then.
      if (after.total > before.total) {
        const start = [...Array.from(plan.startOrder, s => plan.sceneIds[s]!), ...plan.idle]
        return { order: start, totalBefore: before.total, totalAfter: before.total, daysBefore: before.days, daysAfter: before.days, proven: false, done: search.done, stopped }
      }
      return { order: ids, totalBefore: before.total, totalAfter: after.total, daysBefore: before.days, daysAfter: after.days, proven: proven && !stopped, done: search.done, stopped }
    },
  }
}

/** Optimises at once: exact search or the heuristic's whole budget, unless told to stop. */
export function optimiseOrder(project: Project, scenarioId: string, options: OptimiseOptions = {}): OptimiseResult {
  const run = startOptimise(project, scenarioId, options)
  const t0 = Date.now()
  const late = options.timeMs === undefined ? () => false : () => Date.now() - t0 > options.timeMs!
  const asked = options.shouldStop
  const stop = () => late() || (asked?.() ?? false)
  let stopped = false
  for (;;) {
    if (run.step(5_000, stop)) break
    if (late()) break
    options.onProgress?.(run.progress())
    if (asked?.()) { stopped = true; break }
  }
  options.onProgress?.(run.progress())
  return run.result(stopped)
}

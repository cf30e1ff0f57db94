/**
 * Uncertainty (MODEL.md §4): Monte Carlo over the levers' triangular ranges, and the tornado of
 * one lever at a time.
 */
import { evaluate } from './evaluate'
import { buildModel, drawAt, setLever, setTakes } from './model'
import type { LeverDraw } from './model'
import type { Project, Scenario } from './types'
import { seededRandom } from './random'

export interface Percentiles {
  p10: number
  p50: number
  p90: number
  min: number
  max: number
  mean: number
}

export interface HistogramBin {
  /** Lower edge (inclusive), minor units. */
  from: number
  /** Upper edge (exclusive, inclusive for the last bin). */
  to: number
  count: number
}

export interface MonteCarloResult {
  scenario: string
  iterations: number
  seed: number
  /** Total cost, minor units. */
  total: Percentiles
  calendarDays: Percentiles
  histogram: HistogramBin[]
}

/** The most iterations a run may have: more take hours and change no percentile that matters. */
export const MAX_MONTE_CARLO_ITERATIONS = 1_000_000

export interface MonteCarloOptions {
  iterations?: number
  seed?: number
  bins?: number
}

/** Nearest-rank percentile of an ascending list: the value at rank ⌈p/100 · n⌉. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length
  if (n === 0) throw new RangeError('no values')
  const rank = Math.min(n, Math.max(1, Math.ceil((p / 100) * n - 1e-9)))
  return sorted[rank - 1]!
}

function summarise(values: Float64Array): Percentiles {
  const sorted = Float64Array.from(values).sort()
  let sum = 0
  for (const v of sorted) sum += v
  return {
    p10: nearestRank(sorted, 10),
    p50: nearestRank(sorted, 50),
    p90: nearestRank(sorted, 90),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean: Math.round(sum / sorted.length),
  }
}

/** Equal-width bins from the smallest to the largest value, edges on whole minor units. */
export function histogram(values: ArrayLike<number>, bins: number): HistogramBin[] {
  let min = Infinity
  let max = -Infinity
  for (let k = 0; k < values.length; k++) {
    min = Math.min(min, values[k]!)
    max = Math.max(max, values[k]!)
  }
  if (values.length === 0) return []
  if (min === max) return [{ from: min, to: max, count: values.length }]
  const edges = Array.from({ length: bins + 1 }, (_, k) => Math.round(min + ((max - min) * k) / bins))
  const out = edges.slice(0, -1).map((from, k) => ({ from, to: edges[k + 1]!, count: 0 }))
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!
    let b = Math.min(bins - 1, Math.floor(((v - min) / (max - min)) * bins))
    while (b > 0 && v < out[b]!.from) b--
    while (b < bins - 1 && v >= out[b]!.to) b++
    out[b]!.count++
  }
  return out
}

/** A Monte Carlo run that can be advanced in steps (a worker reports progress and can stop between them). */
export interface MonteCarloRun {
  readonly iterations: number
  /** Iterations done so far. */
  readonly done: number
  /** Runs up to `count` more iterations; true once all are done. */
  step(count: number): boolean
  /** The summary; only once every iteration is done. */
  result(): MonteCarloResult
}

/**
 * Prepares a run: draws one uniform number per lever per iteration, sets the lever's reduction and
 * every phase saving to that quantile of their triangular distributions, then one more uniform
 * number for each lever with `toolCost.takes` (in lever order), setting its takes to that quantile
 * of their triangular distribution (MODEL.md §4), and summarises total and calendar days. Steps of
 * any size give the same figures as one run of all iterations.
 */
export function startMonteCarlo(project: Project, scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloRun {
  const iterations = options.iterations ?? 10_000
  const seed = options.seed ?? 1
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_MONTE_CARLO_ITERATIONS)
    throw new RangeError(`iterations must be a whole number ≥ 1 and at most ${MAX_MONTE_CARLO_ITERATIONS.toLocaleString('en-US')}`)
  const model = buildModel(project, scenario)
  const draw = drawAt(model, 'likely')
  const withTakes = model.levers.flatMap((lever, i) => (lever.tool?.takes ? [i] : []))
  const random = seededRandom(seed)
  const totals = new Float64Array(iterations)
  const days = new Float64Array(iterations)
  let done = 0
  return {
    iterations,
    get done() { return done },
    step(count: number): boolean {
      const end = Math.min(iterations, done + Math.max(0, Math.floor(count)))
      for (; done < end; done++) {
        for (let i = 0; i < model.levers.length; i++) setLever(model, draw, i, { u: random() })
        for (const i of withTakes) setTakes(model, draw, i, { v: random() })
        const ev = evaluate(model, draw)
        totals[done] = ev.total
        days[done] = ev.calendarDays
      }
      return done === iterations
    },
    result(): MonteCarloResult {
      if (done < iterations) throw new Error(`the run has done ${done} of ${iterations} iterations`)
      return {
        scenario: scenario.id,
        iterations,
        seed,
        total: summarise(totals),
        calendarDays: summarise(days),
        histogram: histogram(totals, options.bins ?? 20),
      }
    },
  }
}

/** A whole Monte Carlo run at once (MODEL.md §4). */
export function monteCarlo(project: Project, scenario: Scenario, options: MonteCarloOptions = {}): MonteCarloResult {
  const run = startMonteCarlo(project, scenario, options)
  run.step(run.iterations)
  return run.result()
}

export interface TornadoBar {
  lever: string
  /**
   * What the bar varies: `range`, the lever's reduction and phase savings; `takes`, the takes of
   * its tool cost. Everything else stays at likely.
   */
  kind: 'range' | 'takes'
  /** Totals (minor units) with this lever's `kind` at its low and high values, the rest at likely. */
  low: number
  high: number
  /** Calendar days likewise. */
  lowDays: number
  highDays: number
  /** |low − high| */
  swing: number
}

/**
 * Sensitivity of the total to each adopted lever: a `range` bar per adopted lever and a `takes` bar
 * per adopted lever with `toolCost.takes` (MODEL.md §4), largest swing first.
 */
export function tornado(project: Project, scenario: Scenario): { likely: number, likelyDays: number, bars: TornadoBar[] } {
  const model = buildModel(project, scenario)
  const likely = evaluate(model, drawAt(model, 'likely'))
  const bars: TornadoBar[] = []
  const bar = (lever: string, kind: TornadoBar['kind'], set: (draw: LeverDraw, at: 'low' | 'high') => void) => {
    const draw = drawAt(model, 'likely')
    set(draw, 'low')
    const low = evaluate(model, draw)
    set(draw, 'high')
    const high = evaluate(model, draw)
    bars.push({
      lever,
      kind,
      low: low.total,
      high: high.total,
      lowDays: low.calendarDays,
      highDays: high.calendarDays,
      swing: Math.abs(low.total - high.total),
    })
  }
  model.levers.forEach((lever, i) => {
    if (model.adoption[i]! <= 0) return
    bar(lever.id, 'range', (draw, at) => setLever(model, draw, i, at))
    if (lever.tool?.takes) bar(lever.id, 'takes', (draw, at) => setTakes(model, draw, i, at))
  })
  bars.sort((x, y) => y.swing - x.swing || Math.abs(y.lowDays - y.highDays) - Math.abs(x.lowDays - x.highDays))
  return { likely: likely.total, likelyDays: likely.calendarDays, bars }
}

/**
 * The Monte Carlo worker's message handler, as a plain function: the worker file only wires it to
 * `self`, and the tests call it in Node. It runs the engine's own `startMonteCarlo` (no copy of the
 * engine) one scenario after another, in slices of a few tens of milliseconds (./slicedJob.ts);
 * between slices it reports progress and lets a `cancel` message in.
 */
import type { Project } from '@/engine/types'
import { startMonteCarlo } from '@/engine/uncertainty'
import type { MonteCarloResult, MonteCarloRun } from '@/engine/uncertainty'
import { slicedJobHandler } from './slicedJob'
import type { Slice, SliceClock, SlicedJobOptions } from './slicedJob'

export interface StartRequest {
  type: 'start'
  /** Chosen by the caller; every answer carries it. */
  run: number
  project: Project
  /** Scenario ids, run in this order. */
  scenarios: string[]
  iterations: number
  seed: number
  bins?: number
}

export interface CancelRequest {
  type: 'cancel'
  run: number
}

export type McRequest = StartRequest | CancelRequest

export type McResponse =
  | { type: 'progress', run: number, scenario: string, done: number, iterations: number }
  /** One scenario done; `ms` from its start to its end, in the worker. */
  | { type: 'result', run: number, result: MonteCarloResult, ms: number }
  | { type: 'finished', run: number, ms: number }
  | { type: 'cancelled', run: number }
  | { type: 'failed', run: number, message: string }

/** Options of the handler: the scheduling and clock of the sliced run (./slicedJob.ts). */
export type HandlerOptions = SlicedJobOptions

/** Returns the function that handles each message; answers go to `post`. */
export function monteCarloHandler(post: (m: McResponse) => void, options: HandlerOptions = {}): (m: McRequest) => void {
  return slicedJobHandler<StartRequest, McResponse>(post, (m, clock) => scenarioSlices(m, post, clock), options)
}

/** The run's slices: the scenarios one after another, each reporting its progress and result. */
function scenarioSlices(m: StartRequest, post: (m: McResponse) => void, clock: SliceClock): Slice<McResponse> {
  const { now } = clock
  let k = 0
  let mc: MonteCarloRun | null = null
  let scenarioStart = 0
  // Iterations per step, grown until a step takes a few milliseconds.
  let step = 50
  return () => {
    const id = m.scenarios[k]!
    if (!mc) {
      const scenario = m.project.scenarios.find(s => s.id === id)
      if (!scenario) throw new Error(`no scenario "${id}"`)
      mc = startMonteCarlo(m.project, scenario, { iterations: m.iterations, seed: m.seed, ...(m.bins ? { bins: m.bins } : {}) })
      scenarioStart = now()
    }
    const timeUp = clock.startSlice()
    let finished = false
    while (!finished && !timeUp()) {
      const t = now()
      finished = mc.step(step)
      if (now() - t < 4) step = Math.min(step * 2, 1_000_000)
    }
    if (!finished) {
      post({ type: 'progress', run: m.run, scenario: id, done: mc.done, iterations: mc.iterations })
      return undefined
    }
    post({ type: 'result', run: m.run, result: mc.result(), ms: now() - scenarioStart })
    mc = null
    k++
    return k === m.scenarios.length ? { type: 'finished', run: m.run, ms: clock.elapsed() } : undefined
  }
}

/**
 * The optimiser worker's message handler, as a plain function: the worker file only wires it to
 * `self`, and the tests call it in Node. It runs the optimiser (src/optimiser, no copy) in slices
 * of a few tens of milliseconds (./slicedJob.ts); between slices it reports the best total and
 * days so far and lets a `cancel` message in. A cancelled run posts no order: the plan stays as
 * it was.
 */
import type { Project } from '@/engine/types'
import { startOptimise } from '@/optimiser/optimise'
import type { Optimisation, OptimiseProgress, OptimiseResult } from '@/optimiser/optimise'
import { slicedJobHandler } from './slicedJob'
import type { SlicedJobOptions } from './slicedJob'

export interface OptimiseStart {
  type: 'start'
  /** Chosen by the caller; every answer carries it. */
  run: number
  project: Project
  scenario: string
  seed: number
  iterations: number
}

export interface OptimiseCancel {
  type: 'cancel'
  run: number
}

export type OptimiseRequest = OptimiseStart | OptimiseCancel

export type OptimiseResponse =
  | { type: 'progress', run: number, progress: OptimiseProgress }
  | { type: 'result', run: number, result: OptimiseResult, ms: number }
  | { type: 'cancelled', run: number }
  | { type: 'failed', run: number, message: string }

/** Options of the handler: the scheduling and clock of the sliced run (./slicedJob.ts). */
export type OptimiseHandlerOptions = SlicedJobOptions

/** Returns the function that handles each message; answers go to `post`. */
export function optimiseHandler(post: (m: OptimiseResponse) => void, options: OptimiseHandlerOptions = {}): (m: OptimiseRequest) => void {
  return slicedJobHandler<OptimiseStart, OptimiseResponse>(post, (m, clock) => {
    let run: Optimisation | null = null
    return () => {
      run ??= startOptimise(m.project, m.scenario, { seed: m.seed, iterations: m.iterations })
      const over = run.step(Number.MAX_SAFE_INTEGER, clock.startSlice())
      post({ type: 'progress', run: m.run, progress: run.progress() })
      return over ? { type: 'result', run: m.run, result: run.result(), ms: clock.elapsed() } : undefined
    }
  }, options)
}

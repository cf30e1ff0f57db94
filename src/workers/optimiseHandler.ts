/**
 * The optimiser worker's message handler, as a plain function: the worker file only wires it to
 * `self`, and the tests call it in Node. It runs the optimiser (src/optimiser, no copy) in slices
 * of a few tens of milliseconds; between slices it reports the best total and days so far and lets
 * a `cancel` message in. A cancelled run posts no order: the plan stays as it was.
 */
import type { Project } from '@/engine/types'
import { startOptimise } from '@/optimiser/optimise'
import type { Optimisation, OptimiseProgress, OptimiseResult } from '@/optimiser/optimise'

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

export interface OptimiseHandlerOptions {
  /** Runs `fn` once pending messages have been handled (in a worker: a zero timeout). */
  later?: (fn: () => void) => void
  now?: () => number
  /** Work between two progress reports, in milliseconds. */
  sliceMs?: number
}

/** Returns the function that handles each message; answers go to `post`. */
export function optimiseHandler(post: (m: OptimiseResponse) => void, options: OptimiseHandlerOptions = {}): (m: OptimiseRequest) => void {
  const later = options.later ?? ((fn: () => void) => { setTimeout(fn, 0) })
  const now = options.now ?? (() => performance.now())
  const sliceMs = options.sliceMs ?? 40
  /** The run going on: a new start replaces it. */
  let current: number | null = null
  const cancelled = new Set<number>()

  function start(m: OptimiseStart): void {
    current = m.run
    const t0 = now()
    let run: Optimisation | null = null
    const next = (): void => {
      if (current !== m.run) return
      if (cancelled.delete(m.run)) {
        current = null
        post({ type: 'cancelled', run: m.run })
        return
      }
      try {
        run ??= startOptimise(m.project, m.scenario, { seed: m.seed, iterations: m.iterations })
        const sliceStart = now()
        const over = run.step(Number.MAX_SAFE_INTEGER, () => now() - sliceStart >= sliceMs)
        post({ type: 'progress', run: m.run, progress: run.progress() })
        if (!over) {
          later(next)
          return
        }
        current = null
        post({ type: 'result', run: m.run, result: run.result(), ms: now() - t0 })
      }
      catch (e) {
        current = null
        post({ type: 'failed', run: m.run, message: e instanceof Error ? e.message : String(e) })
      }
    }
    later(next)
  }

  return (m) => {
    if (m.type === 'cancel') {
      if (current === m.run) cancelled.add(m.run)
    }
    else start(m)
  }
}

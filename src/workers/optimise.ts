/**
 * The client of the optimiser's worker, for the stripboard: start a run for one scenario, follow
 * its progress (best total and days so far), cancel it. One worker per run, ended with it.
 *
 *   const run = optimiseInWorker(project, 'ai', { seed: 1, iterations: 200_000, onProgress })
 *   run.cancel()                  // the promise then resolves to null: nothing changes
 *   const result = await run.done // { order, totalBefore, totalAfter, daysBefore, daysAfter, proven }
 */
import type { Project } from '@/engine/types'
import { DEFAULT_ITERATIONS } from '@/optimiser/optimise'
import type { OptimiseProgress, OptimiseResult } from '@/optimiser/optimise'
import type { OptimiseRequest, OptimiseResponse } from './optimiseHandler'

/** What the client needs of a worker (a fake one in tests). */
export interface OptimiseWorkerLike {
  postMessage: (m: OptimiseRequest) => void
  terminate: () => void
  onmessage: ((e: MessageEvent<OptimiseResponse>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

let makeWorker = (): OptimiseWorkerLike =>
  new Worker(new URL('./optimise.worker.ts', import.meta.url), { type: 'module' }) as unknown as OptimiseWorkerLike

/** Replaces the worker (tests run the handler in-process); returns the previous factory. */
export function setOptimiseWorkerFactory(factory: () => OptimiseWorkerLike): () => OptimiseWorkerLike {
  const previous = makeWorker
  makeWorker = factory
  return previous
}

export interface OptimiseRunOptions {
  seed?: number
  iterations?: number
  onProgress?: (progress: OptimiseProgress) => void
}

export interface OptimiseRun {
  /** The result; null when cancelled. Rejects with the worker's message when it fails. */
  done: Promise<OptimiseResult | null>
  cancel: () => void
}

let runs = 0

export function optimiseInWorker(project: Project, scenario: string, options: OptimiseRunOptions = {}): OptimiseRun {
  const worker = makeWorker()
  const run = ++runs
  let settle: (r: OptimiseResult | null) => void = () => {}
  let fail: (e: Error) => void = () => {}
  const done = new Promise<OptimiseResult | null>((resolve, reject) => { settle = resolve; fail = reject })
  let over = false
  const end = () => { over = true; worker.terminate() }
  worker.onmessage = (e) => {
    const m = e.data
    if (m.run !== run || over) return
    if (m.type === 'progress') options.onProgress?.(m.progress)
    else if (m.type === 'result') { end(); settle(m.result) }
    else if (m.type === 'cancelled') { end(); settle(null) }
    else { end(); fail(new Error(m.message)) }
  }
  worker.onerror = (e) => {
    if (over) return
    end()
    fail(new Error(e.message || 'the optimiser stopped unexpectedly'))
  }
  // A plain copy: a reactive project cannot be cloned into a worker.
  worker.postMessage({ type: 'start', run, project: JSON.parse(JSON.stringify(project)) as Project, scenario, seed: options.seed ?? 1, iterations: options.iterations ?? DEFAULT_ITERATIONS })
  return {
    done,
    cancel() {
      if (over) return
      worker.postMessage({ type: 'cancel', run })
      // The worker answers between two slices; should it not, the run still ends here.
      end()
      settle(null)
    },
  }
}

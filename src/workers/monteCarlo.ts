/**
 * The Monte Carlo worker's message handler, as a plain function: the worker file only wires it to
 * `self`, and the tests call it in Node. It runs the engine's own `startMonteCarlo` (no copy of the
 * engine) one scenario after another, in slices of a few tens of milliseconds; between slices it
 * reports progress and lets a `cancel` message in.
 */
import type { Project } from '@/engine/types'
import { startMonteCarlo } from '@/engine/uncertainty'
import type { MonteCarloResult, MonteCarloRun } from '@/engine/uncertainty'

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

export interface HandlerOptions {
  /** Runs `fn` once pending messages have been handled (in a worker: a zero timeout). */
  later?: (fn: () => void) => void
  now?: () => number
  /** Work between two progress reports, in milliseconds. */
  sliceMs?: number
}

/** Returns the function that handles each message; answers go to `post`. */
export function monteCarloHandler(post: (m: McResponse) => void, options: HandlerOptions = {}): (m: McRequest) => void {
  const later = options.later ?? ((fn: () => void) => { setTimeout(fn, 0) })
  const now = options.now ?? (() => performance.now())
  const sliceMs = options.sliceMs ?? 40
  /** The run going on: a new start replaces it. */
  let current: number | null = null
  const cancelled = new Set<number>()

  function start(m: StartRequest): void {
    current = m.run
    const t0 = now()
    let k = 0
    let mc: MonteCarloRun | null = null
    let scenarioStart = t0
    // Iterations per step, grown until a step takes a few milliseconds.
    let step = 50
    const next = (): void => {
      if (current !== m.run) return
      if (cancelled.delete(m.run)) {
        current = null
        post({ type: 'cancelled', run: m.run })
        return
      }
      try {
        const id = m.scenarios[k]!
        if (!mc) {
          const scenario = m.project.scenarios.find(s => s.id === id)
          if (!scenario) throw new Error(`no scenario "${id}"`)
          mc = startMonteCarlo(m.project, scenario, { iterations: m.iterations, seed: m.seed, ...(m.bins ? { bins: m.bins } : {}) })
          scenarioStart = now()
        }
        const sliceStart = now()
        let finished = false
        while (!finished && now() - sliceStart < sliceMs) {
          const t = now()
          finished = mc.step(step)
          if (now() - t < 4) step = Math.min(step * 2, 1_000_000)
        }
        if (!finished) {
          post({ type: 'progress', run: m.run, scenario: id, done: mc.done, iterations: mc.iterations })
          later(next)
          return
        }
        post({ type: 'result', run: m.run, result: mc.result(), ms: now() - scenarioStart })
        mc = null
        k++
        if (k === m.scenarios.length) {
          current = null
          post({ type: 'finished', run: m.run, ms: now() - t0 })
          return
        }
        later(next)
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

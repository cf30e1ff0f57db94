/**
 * Monte Carlo from the command line with progress on stderr: a run of a million iterations of a
 * project of 20,000 lines takes a long while, so after its first slice the tool says how long it
 * will take, then how far it is every few seconds. Short runs print nothing.
 */
import type { Project } from '../engine/types'
import { startMonteCarlo } from '../engine/uncertainty'
import type { MonteCarloResult } from '../engine/uncertainty'

export interface ProgressOptions {
  /** Milliseconds since some start (performance.now by default; tests pass a clock). */
  now?: () => number
  /** A run estimated to take longer than this (ms) reports its progress. */
  quietBelowMs?: number
  /** Milliseconds between two progress lines. */
  everyMs?: number
}

/** The run suggested when a long one is asked for. */
const SMALLER_RUN = 10_000

/** "2 h 5 min", "3 min 20 s", "45 s". */
export function duration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000))
  if (s < 60) return `${s} s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m} min ${s % 60} s`
  return `${Math.floor(m / 60)} h ${m % 60} min`
}

/**
 * Runs each of `scenarios` in turn, in slices; `say` gets one line at a time (without newline).
 */
export function monteCarloWithProgress(
  project: Project,
  scenarios: string[],
  run: { iterations: number, seed: number },
  say: (line: string) => void,
  options: ProgressOptions = {},
): Map<string, MonteCarloResult> {
  const now = options.now ?? (() => performance.now())
  const quietBelow = options.quietBelowMs ?? 3000
  const every = options.everyMs ?? 5000
  const all = run.iterations * scenarios.length
  const out = new Map<string, MonteCarloResult>()
  const start = now()
  let told = false
  let lastLine = start
  for (const id of scenarios) {
    const mc = startMonteCarlo(project, project.scenarios.find(s => s.id === id)!, run)
    let slice = 16
    for (;;) {
      const t0 = now()
      const before = mc.done
      const finished = mc.step(slice)
      const t1 = now()
      // The pace of the last slice: the first ones run before the engine is compiled.
      const perIteration = (t1 - t0) / Math.max(1, mc.done - before)
      // Slices of about a quarter of a second, whatever the project's size.
      if (t1 - t0 < 250) slice = Math.min(slice * 2, 1 << 20)
      if (finished) break
      const doneAll = doneSoFar(out.size, run.iterations, mc.done)
      const elapsed = t1 - start
      const left = perIteration * (all - doneAll)
      // The first estimate waits for a second of work: the first slices run before the engine is compiled.
      if (!told && elapsed >= 1000 && elapsed + left > quietBelow) {
        told = true
        lastLine = t1
        const fewer = run.iterations > SMALLER_RUN ? `; --monte-carlo ${SMALLER_RUN.toLocaleString('en-US')} would take about ${duration(perIteration * SMALLER_RUN * scenarios.length)}` : ''
        say(`budget: Monte Carlo of ${all.toLocaleString('en-US')} iterations (${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} × ${run.iterations.toLocaleString('en-US')}) will take about ${duration(elapsed + left)}${fewer}; Ctrl+C stops it`)
      }
      else if (told && t1 - lastLine >= every) {
        lastLine = t1
        say(`budget: Monte Carlo ${pct(doneAll, all)} done (scenario "${id}"), about ${duration(left)} left`)
      }
    }
    out.set(id, mc.result())
  }
  if (told) say(`budget: Monte Carlo done in ${duration(now() - start)}`)
  return out
}

function doneSoFar(finishedScenarios: number, iterations: number, current: number): number {
  return finishedScenarios * iterations + current
}

function pct(part: number, whole: number): string {
  return `${Math.floor(part / whole * 100)}%`
}

/**
 * Monte Carlo runs (MODEL.md §4) in a Web Worker, per scenario: iterations and seed, the run going
 * on (progress, cancel), and the results, kept until the project changes.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import type { MonteCarloResult } from '@/engine/uncertainty'
import type { McRequest, McResponse } from '@/workers/monteCarlo'
import { useProjectStore } from './project'

/** What the store needs of a worker (a fake one in tests). */
export interface WorkerLike {
  postMessage: (m: McRequest) => void
  terminate: () => void
  onmessage: ((e: MessageEvent<McResponse>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

let makeWorker = (): WorkerLike =>
  new Worker(new URL('../workers/monteCarlo.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike

/** Replaces the worker (tests run the handler in-process); returns the previous factory. */
export function setWorkerFactory(factory: () => WorkerLike): () => WorkerLike {
  const previous = makeWorker
  makeWorker = factory
  return previous
}

/** The engine's own cap on a run's iterations. */
export { MAX_MONTE_CARLO_ITERATIONS as MAX_ITERATIONS } from '@/engine/uncertainty'

export interface ScenarioRunResult {
  result: MonteCarloResult
  /** Time the worker took for this scenario, in milliseconds. */
  ms: number
}

export interface RunState {
  scenarios: string[]
  /** Index of the scenario being run. */
  index: number
  /** Its iterations done. */
  done: number
  iterations: number
}

export const useUncertaintyStore = defineStore('uncertainty', () => {
  const store = useProjectStore()
  const iterations = ref(10_000)
  const seed = ref(1)
  /** By scenario id, for the project as it is. */
  const results = shallowRef<Record<string, ScenarioRunResult>>({})
  const running = ref<RunState | null>(null)
  const error = ref('')

  /** One worker, kept between runs (its compiled engine stays warm); replaced after a cancel. */
  let worker: WorkerLike | null = null
  let runId = 0

  function onMessage(m: McResponse): void {
    const state = running.value
    if (m.run !== runId || !state) return
    switch (m.type) {
      case 'progress':
        state.index = state.scenarios.indexOf(m.scenario)
        state.done = m.done
        break
      case 'result':
        results.value = { ...results.value, [m.result.scenario]: { result: m.result, ms: m.ms } }
        state.index = state.scenarios.indexOf(m.result.scenario) + 1
        state.done = 0
        break
      case 'finished':
      case 'cancelled':
        running.value = null
        break
      case 'failed':
        error.value = m.message
        running.value = null
        break
    }
  }

  function ensureWorker(): WorkerLike {
    if (worker) return worker
    const w = makeWorker()
    w.onmessage = e => onMessage(e.data)
    w.onerror = (e) => {
      error.value = e.message || 'the worker stopped'
      terminate()
    }
    return (worker = w)
  }

  /** Stops the worker at once (the next run starts a new one). */
  function terminate(): void {
    worker?.terminate()
    worker = null
    running.value = null
  }

  /** Runs the scenarios (all by default) with the iterations and seed set; a run going on stops. */
  function run(ids: string[] = store.project.scenarios.map(s => s.id)): void {
    if (running.value) terminate()
    error.value = ''
    if (ids.length === 0) return
    const w = ensureWorker()
    running.value = { scenarios: ids, index: 0, done: 0, iterations: iterations.value }
    w.postMessage({ type: 'start', run: ++runId, project: toRaw(store.project), scenarios: ids, iterations: iterations.value, seed: seed.value })
  }

  /** Stops the run at once; the scenarios already done keep their results. */
  function cancel(): void {
    if (!running.value) return
    worker?.postMessage({ type: 'cancel', run: runId })
    terminate()
  }

  /** Share of the whole run done, 0–1. */
  const progress = computed(() => {
    const r = running.value
    if (!r) return 0
    return (r.index * r.iterations + r.done) / (r.scenarios.length * r.iterations)
  })

  // Results hold for the project they were computed on.
  watch(() => store.project, () => {
    if (running.value) terminate()
    results.value = {}
  })

  return { iterations, seed, results, running, progress, error, run, cancel }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useUncertaintyStore, import.meta.hot))

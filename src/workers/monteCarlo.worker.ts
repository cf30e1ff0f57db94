/**
 * The Monte Carlo Web Worker: the engine runs here, off the page's thread, so the page stays
 * responsive during a run of many iterations. Started by src/stores/uncertainty.ts with
 * `new Worker(new URL('../workers/monteCarlo.worker.ts', import.meta.url), { type: 'module' })`.
 */
import { monteCarloHandler } from './monteCarlo'
import type { McRequest, McResponse } from './monteCarlo'

/** The parts of the worker's global scope used here (the DOM library types `self` as a window). */
const scope = self as unknown as {
  postMessage: (m: McResponse) => void
  onmessage: ((e: MessageEvent<McRequest>) => void) | null
}

const handle = monteCarloHandler(m => scope.postMessage(m))
scope.onmessage = e => handle(e.data)

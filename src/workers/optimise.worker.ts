/**
 * The optimiser's Web Worker: the search runs here, off the page's thread, so the page stays
 * responsive. Started by `optimiseInWorker` (./optimise.ts).
 */
import { optimiseHandler } from './optimiseHandler'
import type { OptimiseRequest, OptimiseResponse } from './optimiseHandler'

/** The parts of the worker's global scope used here (the DOM library types `self` as a window). */
const scope = self as unknown as {
  postMessage: (m: OptimiseResponse) => void
  onmessage: ((e: MessageEvent<OptimiseRequest>) => void) | null
}

const handle = optimiseHandler(m => scope.postMessage(m))
scope.onmessage = e => handle(e.data)

/**
 * The project-reading Web Worker: a large file or a share link is decoded, checked and computed
 * here, so the page keeps answering (and can cancel). Started by src/app/readOffThread.ts.
 */
import { readRequest } from './readProject'
import type { ReadRequest, ReadResponse } from './readProject'

const scope = self as unknown as {
  postMessage: (m: ReadResponse) => void
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null
}

scope.onmessage = e => readRequest(e.data, m => scope.postMessage(m))

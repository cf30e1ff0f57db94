/**
 * Reading a project without blocking the page: an 18 MB file of 130,000 lines takes seconds to
 * check, and a share link's data is decompressed before anyone knows how large it is. The work
 * runs in a Web Worker (src/workers/readProject.ts), which can be stopped at any moment: by the
 * user (Cancel) or by a time limit. Where no worker can start (Node tests), it runs here.
 */
import type { ReadRequest, ReadResponse, ShareFailure } from '@/workers/readProject'
import type { Problem, Project } from '@/engine/types'

export type ReadOutcome =
  | { ok: true, project: Project }
  | { ok: false, problems: Problem[], failure?: ShareFailure | 'tooSlow' | 'cancelled' }

export interface WorkerLike {
  postMessage: (m: ReadRequest, transfer?: Transferable[]) => void
  terminate: () => void
  onmessage: ((e: MessageEvent<ReadResponse>) => void) | null
  onerror: ((e: ErrorEvent) => void) | null
}

export interface ReadJob {
  promise: Promise<ReadOutcome>
  /** Stops the reading; the promise then gives `failure: 'cancelled'`. */
  cancel: () => void
}

export interface ReadOptions {
  /** Called as the reading goes on: 'check' once the text is read and the checking starts. */
  onStep?: (step: 'check') => void
  /** Stops the reading after this many milliseconds (`failure: 'tooSlow'`). */
  timeoutMs?: number
  /** Starts the worker; null to read on this thread. */
  worker?: () => WorkerLike | null
}

function startWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('../workers/readProject.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike
  }
  catch {
    return null
  }
}

let nextId = 0

/** Reads a file's bytes or a share link's data into a project, off the page's thread. */
export function readOffThread(input: { bytes: ArrayBuffer } | { share: string } | { text: string }, options: ReadOptions = {}): ReadJob {
  const id = ++nextId
  const request: ReadRequest = 'bytes' in input
    ? { type: 'file', id, bytes: input.bytes }
    : 'share' in input ? { type: 'share', id, data: input.share } : { type: 'text', id, text: input.text }
  let finish: (o: ReadOutcome) => void = () => {}
  let settled = false
  let worker: WorkerLike | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const promise = new Promise<ReadOutcome>((resolve) => {
    finish = (o) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      worker?.terminate()
      resolve(o)
    }
  })
  const onResponse = (m: ReadResponse) => {
    if (m.id !== id) return
    if (m.type === 'step') options.onStep?.(m.step)
    else finish(m.ok ? { ok: true, project: m.project } : { ok: false, problems: m.problems, ...(m.failure ? { failure: m.failure } : {}) })
  }
  worker = (options.worker ?? startWorker)()
  if (worker) {
    worker.onmessage = e => onResponse(e.data)
    worker.onerror = (e) => {
      e.preventDefault?.()
      finish({ ok: false, problems: [{ path: '', message: `the file could not be read (${e.message || 'the reader stopped'})` }] })
    }
    worker.postMessage(request, request.type === 'file' ? [request.bytes] : [])
  }
  else {
    // No worker: read here, after the caller has had a chance to show that reading started.
    setTimeout(() => {
      if (settled) return
      void import('@/workers/readProject').then(({ readRequest }) => readRequest(request, onResponse))
    }, 0)
  }
  if (options.timeoutMs !== undefined) timer = setTimeout(() => finish({ ok: false, problems: [], failure: 'tooSlow' }), options.timeoutMs)
  return { promise, cancel: () => finish({ ok: false, problems: [], failure: 'cancelled' }) }
}

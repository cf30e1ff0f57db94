/**
 * The optimiser worker's code path, in Node: its handler, called as a plain function, gives the
 * order of `optimiseOrder` for the same seed and iterations however the run is sliced, reports the
 * best total so far between slices, and a cancel stops it with no order. The client, with the
 * handler in place of a worker.
 */
import { describe, expect, it } from 'vitest'
import { optimiseOrder } from '@/optimiser/optimise'
import { optimiseInWorker, setOptimiseWorkerFactory } from '@/workers/optimise'
import type { OptimiseWorkerLike } from '@/workers/optimise'
import { optimiseHandler } from '@/workers/optimiseHandler'
import type { OptimiseRequest, OptimiseResponse } from '@/workers/optimiseHandler'
import { microDrama } from '../support/microDrama'

/** Runs the handler to the end; `now` advances one millisecond per call, so slices are short. */
function drive(requests: (queue: (m: OptimiseRequest) => void) => void, onPost?: (m: OptimiseResponse, queue: (m: OptimiseRequest) => void) => void): OptimiseResponse[] {
  const posted: OptimiseResponse[] = []
  const tasks: (() => void)[] = []
  let clock = 0
  let handle: (m: OptimiseRequest) => void = () => {}
  handle = optimiseHandler((m) => { posted.push(structuredClone(m)); onPost?.(m, handle) }, { later: fn => tasks.push(fn), now: () => clock++, sliceMs: 3 })
  requests(handle)
  for (let k = 0; tasks.length > 0 && k < 1_000_000; k++) tasks.shift()!()
  return posted
}

const project = microDrama({ scenes: 90, seed: 5 })

describe('the optimiser worker\'s handler', () => {
  it('gives the order of optimiseOrder for the same seed and iterations, with progress between slices', () => {
    const posted = drive(h => h({ type: 'start', run: 1, project, scenario: 'baseline', seed: 3, iterations: 6000 }))
    const progress = posted.filter(m => m.type === 'progress')
    expect(progress.length).toBeGreaterThan(3)
    const last = posted.at(-1)!
    expect(last.type).toBe('result')
    const direct = optimiseOrder(project, 'baseline', { seed: 3, iterations: 6000 })
    if (last.type !== 'result') return
    expect(last.result.order).toEqual(direct.order)
    expect(last.result.totalAfter).toBe(direct.totalAfter)
    const totals = progress.map(m => (m.type === 'progress' ? m.progress.bestTotal : 0))
    for (let i = 1; i < totals.length; i++) expect(totals[i]!).toBeLessThanOrEqual(totals[i - 1]!)
  })

  it('stops at a cancel and posts no order', () => {
    const posted = drive(
      h => h({ type: 'start', run: 2, project, scenario: 'baseline', seed: 3, iterations: 10_000_000 }),
      (m, h) => { if (m.type === 'progress' && m.progress.done > 2000) h({ type: 'cancel', run: 2 }) },
    )
    expect(posted.at(-1)).toEqual({ type: 'cancelled', run: 2 })
    expect(posted.some(m => m.type === 'result')).toBe(false)
  })

  it('says why a run fails', () => {
    const posted = drive(h => h({ type: 'start', run: 3, project, scenario: 'nope', seed: 1, iterations: 10 }))
    expect(posted).toEqual([{ type: 'failed', run: 3, message: 'no scenario "nope"' }])
  })
})

describe('the client', () => {
  /** A worker whose handler runs in this thread, a task at a time. */
  function fakeWorker(): OptimiseWorkerLike {
    const fake: OptimiseWorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => { handle = () => {} },
      postMessage: m => handle(m),
    }
    let handle = optimiseHandler(m => fake.onmessage?.({ data: structuredClone(m) } as MessageEvent<OptimiseResponse>), { later: fn => setTimeout(fn, 0), sliceMs: 5 })
    return fake
  }

  it('resolves to the result, told of progress; a cancelled run resolves to null', async () => {
    const previous = setOptimiseWorkerFactory(fakeWorker)
    try {
      const seen: number[] = []
      const run = optimiseInWorker(project, 'baseline', { seed: 2, iterations: 3000, onProgress: p => seen.push(p.bestTotal) })
      const result = await run.done
      expect(result!.totalAfter).toBe(optimiseOrder(project, 'baseline', { seed: 2, iterations: 3000 }).totalAfter)
      expect(seen.length).toBeGreaterThan(0)
      const cancelled = optimiseInWorker(project, 'baseline', { iterations: 10_000_000 })
      cancelled.cancel()
      expect(await cancelled.done).toBeNull()
    }
    finally {
      setOptimiseWorkerFactory(previous)
    }
  })
})

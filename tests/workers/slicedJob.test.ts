/**
 * The sliced-job scaffolding shared by the Monte Carlo and optimiser workers: a job's slices run
 * one per yield and in order, what they post between slices arrives, a cancel stops the job
 * before its next slice, an error ends it as failed, a new start replaces the job going on.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { slicedJobHandler } from '@/workers/slicedJob'
import type { JobCancel, JobEnd, SliceClock, SlicedJobOptions } from '@/workers/slicedJob'

interface Start { type: 'start', run: number, slices: number, failAt?: number, throwText?: boolean }
type Said = { type: 'progress', run: number, slice: number } | { type: 'done', run: number, slices: number }

/** A handler whose job counts slices; `later` queues, so the test runs the yields by hand. */
function setup(options: SlicedJobOptions = {}) {
  const posted: (Said | JobEnd)[] = []
  const tasks: (() => void)[] = []
  const clocks: SliceClock[] = []
  const handle = slicedJobHandler<Start, Said>(m => posted.push(m), (m, clock) => {
    clocks.push(clock)
    let k = 0
    return () => {
      k++
      if (k === m.failAt) {
        if (m.throwText) throw 'plain text' as unknown as Error
        throw new Error(`slice ${k} broke`)
      }
      if (k < m.slices) {
        posted.push({ type: 'progress', run: m.run, slice: k })
        return undefined
      }
      return { type: 'done', run: m.run, slices: k }
    }
  }, { later: fn => tasks.push(fn), ...options })
  /** Runs the next yielded task; false when none is waiting. */
  const step = (): boolean => {
    const task = tasks.shift()
    task?.()
    return task !== undefined
  }
  const drain = () => { while (step()); }
  return { posted, tasks, clocks, handle, step, drain }
}

describe('a sliced job', () => {
  it('runs its slices in order, one per yield, and ends with the job\'s last message', () => {
    const { posted, tasks, handle, step, drain } = setup()
    handle({ type: 'start', run: 1, slices: 3 })
    // Nothing runs until the first yield
    expect(posted).toEqual([])
    expect(tasks).toHaveLength(1)
    step()
    expect(posted).toEqual([{ type: 'progress', run: 1, slice: 1 }])
    expect(tasks).toHaveLength(1)
    drain()
    expect(posted).toEqual([
      { type: 'progress', run: 1, slice: 1 },
      { type: 'progress', run: 1, slice: 2 },
      { type: 'done', run: 1, slices: 3 },
    ])
    // Over: nothing more is scheduled
    expect(tasks).toHaveLength(0)
  })

  it('stops at a cancel before the next slice, and says so once', () => {
    const { posted, handle, step, drain } = setup()
    handle({ type: 'start', run: 7, slices: 10 })
    step()
    step()
    // A cancel of another run changes nothing; this run's cancel stops it at the next yield
    handle({ type: 'cancel', run: 6 } satisfies JobCancel)
    handle({ type: 'cancel', run: 7 })
    drain()
    expect(posted).toEqual([
      { type: 'progress', run: 7, slice: 1 },
      { type: 'progress', run: 7, slice: 2 },
      { type: 'cancelled', run: 7 },
    ])
  })

  it('ignores a cancel that comes after the job is over', () => {
    const { posted, handle, drain } = setup()
    handle({ type: 'start', run: 2, slices: 1 })
    drain()
    handle({ type: 'cancel', run: 2 })
    drain()
    expect(posted).toEqual([{ type: 'done', run: 2, slices: 1 }])
  })

  it('reports an error as failed, with its message, and runs no further slice', () => {
    const { posted, tasks, handle, drain } = setup()
    handle({ type: 'start', run: 3, slices: 5, failAt: 2 })
    drain()
    expect(posted).toEqual([
      { type: 'progress', run: 3, slice: 1 },
      { type: 'failed', run: 3, message: 'slice 2 broke' },
    ])
    expect(tasks).toHaveLength(0)
    // Something thrown that is not an Error: its text
    const other = setup()
    other.handle({ type: 'start', run: 4, slices: 5, failAt: 1, throwText: true })
    other.drain()
    expect(other.posted).toEqual([{ type: 'failed', run: 4, message: 'plain text' }])
  })

  it('lets a new start replace the job going on', () => {
    const { posted, handle, step, drain } = setup()
    handle({ type: 'start', run: 1, slices: 4 })
    step()
    handle({ type: 'start', run: 2, slices: 2 })
    drain()
    expect(posted).toEqual([
      { type: 'progress', run: 1, slice: 1 },
      { type: 'progress', run: 2, slice: 1 },
      { type: 'done', run: 2, slices: 2 },
    ])
  })

  it('gives the job a clock: a slice\'s time is up after sliceMs, and the time since the start', () => {
    let t = 100
    const { clocks, handle } = setup({ now: () => t, sliceMs: 40 })
    handle({ type: 'start', run: 1, slices: 1 })
    const clock = clocks[0]!
    t = 130
    const timeUp = clock.startSlice()
    t = 169
    expect(timeUp()).toBe(false)
    t = 170
    expect(timeUp()).toBe(true)
    expect(clock.elapsed()).toBe(70)
    expect(clock.now()).toBe(170)
  })

  it('for any length and any cancel point, runs exactly the slices before the cancel', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 40 }), (slices, cancelAfter) => {
      const { posted, handle, step, drain } = setup()
      handle({ type: 'start', run: 9, slices })
      for (let i = 0; i < cancelAfter; i++) step()
      handle({ type: 'cancel', run: 9 })
      drain()
      const progress = posted.filter(m => m.type === 'progress').map(m => m.slice)
      if (cancelAfter >= slices) {
        // Over before the cancel: every slice ran, and the cancel did nothing
        expect(progress).toEqual(Array.from({ length: slices - 1 }, (_, i) => i + 1))
        expect(posted.at(-1)).toEqual({ type: 'done', run: 9, slices })
      }
      else {
        expect(progress).toEqual(Array.from({ length: cancelAfter }, (_, i) => i + 1))
        expect(posted.at(-1)).toEqual({ type: 'cancelled', run: 9 })
      }
    }))
  })
})

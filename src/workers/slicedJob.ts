/**
 * The scaffolding of a worker that runs a long job in slices of a few tens of milliseconds (the
 * Monte Carlo run, the optimiser): between two slices it yields, so that a `cancel` message gets
 * in. One job at a time: a new start replaces the one going on. The job itself posts what it has
 * to say between slices (its progress); the helper posts how the job ends: the job's last message,
 * `cancelled`, or `failed` with the error's message.
 *
 *   const handle = slicedJobHandler(post, (m, clock) => {
 *     return () => {                         // one slice; runs again after each yield
 *       const timeUp = clock.startSlice()
 *       while (!timeUp()) ...                // some work
 *       post({ type: 'progress', ... })
 *       return over ? { type: 'result', ... } : undefined
 *     }
 *   })
 */

export interface SlicedJobOptions {
  /** Runs `fn` once pending messages have been handled (in a worker: a zero timeout). */
  later?: (fn: () => void) => void
  now?: () => number
  /** Work between two progress reports, in milliseconds. */
  sliceMs?: number
}

/** The job's clock. */
export interface SliceClock {
  now: () => number
  /** Milliseconds since the job started. */
  elapsed: () => number
  /** Starts a slice; the answer says when the slice's time is up. */
  startSlice: () => () => boolean
}

/** A request to start a job: `run` is chosen by the caller, and every answer carries it. */
export interface JobStart {
  type: 'start'
  run: number
}

export interface JobCancel {
  type: 'cancel'
  run: number
}

/** How a job ends, when not by its own last message. */
export type JobEnd =
  | { type: 'cancelled', run: number }
  | { type: 'failed', run: number, message: string }

/**
 * One slice of a job: works until the slice's time is up and gives the job's last message once
 * the job is over (undefined while there is more to do). An error thrown ends the job as failed.
 */
export type Slice<M> = () => M | undefined

/**
 * Returns the function that handles each message: a start makes the job (`job`, given the request
 * and the clock) and runs its slices, each after a yield; a cancel of the job going on stops it
 * before its next slice. Answers go to `post`.
 */
export function slicedJobHandler<S extends JobStart, M>(
  post: (m: M | JobEnd) => void,
  job: (request: S, clock: SliceClock) => Slice<M>,
  options: SlicedJobOptions = {},
): (m: S | JobCancel) => void {
  const later = options.later ?? ((fn: () => void) => { setTimeout(fn, 0) })
  const now = options.now ?? (() => performance.now())
  const sliceMs = options.sliceMs ?? 40
  /** The run going on: a new start replaces it. */
  let current: number | null = null
  const cancelled = new Set<number>()
  const startSlice = (): () => boolean => {
    const sliceStart = now()
    return () => now() - sliceStart >= sliceMs
  }

  function start(m: S): void {
    const run = m.run
    current = run
    const t0 = now()
    const slice = job(m, { now, elapsed: () => now() - t0, startSlice })
    const next = (): void => {
      if (current !== run) return
      if (cancelled.delete(run)) {
        current = null
        post({ type: 'cancelled', run })
        return
      }
      try {
        const last = slice()
        if (last === undefined) {
          later(next)
          return
        }
        current = null
        post(last)
      }
      catch (e) {
        current = null
        post({ type: 'failed', run, message: e instanceof Error ? e.message : String(e) })
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

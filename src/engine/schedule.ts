/**
 * Phase order and the schedule (MODEL.md §2 steps 3–4).
 */

export interface PhaseLink {
  id: string
  after?: readonly string[]
}

/**
 * Phases in dependency order (predecessors first, file order otherwise), or the ids of one
 * cycle when `after` links loop. Unknown predecessor ids are ignored here; validation reports them.
 *
 * A depth-first walk with its own stack rather than recursion, so that a chain of any length
 * (tens of thousands of phases, listed in any order) is ordered without exhausting the call stack.
 */
export function phaseOrder(phases: readonly PhaseLink[]): { order: number[] } | { cycle: string[] } {
  const n = phases.length
  const index = new Map(phases.map((p, i) => [p.id, i]))
  const state = new Uint8Array(n) // 0 new, 1 on the stack, 2 done
  const stack = new Int32Array(n) // the phases being visited, outermost first
  const next = new Int32Array(n) // per phase on the stack: how many of its `after` entries are seen
  const order: number[] = []

  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue
    let top = 0
    stack[0] = root
    state[root] = 1
    next[root] = 0
    while (top >= 0) {
      const i = stack[top]!
      const after = phases[i]!.after ?? []
      if (next[i]! < after.length) {
        const j = index.get(after[next[i]!]!)
        next[i]!++
        if (j === undefined || state[j] === 2) continue
        if (state[j] === 1) {
          let from = top
          while (stack[from] !== j) from--
          const cycle: string[] = []
          for (let k = from; k <= top; k++) cycle.push(phases[stack[k]!]!.id)
          cycle.push(phases[j]!.id)
          return { cycle }
        }
        state[j] = 1
        next[j] = 0
        stack[++top] = j
      }
      else {
        state[i] = 2
        order.push(i)
        top--
      }
    }
  }
  return { order }
}

/**
 * A loop for a message: every id when it is short, else the first and last few with a count of
 * those left out (a loop through 50,000 phases would otherwise make a message of a megabyte).
 */
export function describeCycle(cycle: readonly string[], keep = 12): string {
  if (cycle.length <= keep) return cycle.join(' → ')
  const head = cycle.slice(0, keep - 3)
  const tail = cycle.slice(-3)
  return `${head.join(' → ')} → … ${(cycle.length - keep).toLocaleString('en-US')} more … → ${tail.join(' → ')}`
}

/** `ceil(days × factor − 1e-9)`: a phase cut by levers, kept whole. */
export function cutDays(days: number, factor: number): number {
  if (factor >= 1) return days
  return Math.max(0, Math.ceil(days * factor - 1e-9))
}

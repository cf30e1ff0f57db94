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
 */
export function phaseOrder(phases: readonly PhaseLink[]): { order: number[] } | { cycle: string[] } {
  const index = new Map(phases.map((p, i) => [p.id, i]))
  const state = new Uint8Array(phases.length) // 0 new, 1 on the stack, 2 done
  const order: number[] = []
  const stack: number[] = []

  function visit(i: number): string[] | null {
    if (state[i] === 2) return null
    if (state[i] === 1) {
      const from = stack.indexOf(i)
      return [...stack.slice(from), i].map(k => phases[k]!.id)
    }
    state[i] = 1
    stack.push(i)
    for (const dep of phases[i]!.after ?? []) {
      const j = index.get(dep)
      if (j === undefined) continue
      const cycle = visit(j)
      if (cycle) return cycle
    }
    stack.pop()
    state[i] = 2
    order.push(i)
    return null
  }

  for (let i = 0; i < phases.length; i++) {
    const cycle = visit(i)
    if (cycle) return { cycle }
  }
  return { order }
}

/** `ceil(days × factor − 1e-9)`: a phase cut by levers, kept whole. */
export function cutDays(days: number, factor: number): number {
  if (factor >= 1) return days
  return Math.max(0, Math.ceil(days * factor - 1e-9))
}

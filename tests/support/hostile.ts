/**
 * Hostile but well-formed inputs shared by the engine and CLI tests: very long phase chains,
 * deep nesting, ids named like Object.prototype members.
 */

export type ChainOrder = 'forward' | 'reverse'

/**
 * A valid project (as plain JSON) whose `n` phases of one day each wait on one another in a
 * single chain. `forward` lists each phase after the one it waits on; `reverse` lists each phase
 * before it, so that ordering them walks the whole chain at once. With `loop`, the first phase of
 * the chain also waits on the last one. A 10-day line follows the last phase of the chain.
 */
export function chainProject(n: number, order: ChainOrder, loop = false): Record<string, unknown> {
  const id = (k: number) => `p${k}`
  // k-th phase of the chain (0 starts): in file position k (forward) or n − 1 − k (reverse).
  const chain = Array.from({ length: n }, (_, k) => ({
    id: id(k),
    name: `Phase ${k}`,
    days: 1,
    ...(k > 0 ? { after: [id(k - 1)] } : loop ? { after: [id(n - 1)] } : {}),
  }))
  const phases = order === 'forward' ? chain : chain.slice().reverse()
  return {
    schemaVersion: 1,
    meta: { title: `Chain of ${n}`, currency: 'CNY', locale: 'zh-CN', episodes: 10, minutesPerEpisode: 2 },
    phases,
    sections: [{ id: 'crew', name: 'Crew' }],
    lines: [{ id: 'crew', section: 'crew', name: 'Crew', kind: 'labor', qty: { of: `phase:${id(n - 1)}` }, unit: 'day', count: 2, rate: 100 }],
    levers: [{ id: 'fast', name: 'Faster', phaseDays: { [id(n - 1)]: { low: 100, likely: 100, high: 100 } } }],
    scenarios: [
      { id: 'base', name: 'Base', baseline: true, adoption: {} },
      { id: 'ai', name: 'AI', adoption: { fast: 100 } },
    ],
  }
}

/** `{"a":{"a":…1…}}` nested `depth` levels deep. */
export function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
}

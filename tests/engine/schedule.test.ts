import { describe, expect, it } from 'vitest'
import { computeProject, computeScenario } from '../../src/engine/compute'
import { cutDays, describeCycle, phaseOrder } from '../../src/engine/schedule'
import type { Lever, Phase } from '../../src/engine/types'
import { formatProblem, parseProject } from '../../src/engine/validate'
import { makeProject, scenario, valid } from '../support/builders'
import { chainProject } from '../support/hostile'
import type { ChainOrder } from '../support/hostile'

const range = (likely: number) => ({ low: likely, likely, high: likely })

describe('cutDays: ceil(d × factor − 1e-9)', () => {
  it.each([
    [7, 0.75, 6], // 5.25 → 6
    [8, 0.75, 6], // exactly 6 stays 6
    [10, 1, 10], // no cut
    [10, 0, 0], // the whole phase removed
    [0, 0.5, 0],
    [100, 0.07, 7], // 100 × 0.07 = 7.000000000000001 in binary; still 7
    [9, 0.5, 5], // 4.5 → 5
  ])('cutDays(%d, %d) = %d', (days, factor, expected) => {
    expect(cutDays(days, factor)).toBe(expected)
  })
})

describe('phaseOrder', () => {
  it('puts predecessors first, file order otherwise', () => {
    // b waits on a, listed before it; c is independent
    expect(phaseOrder([{ id: 'b', after: ['a'] }, { id: 'a' }, { id: 'c' }])).toEqual({ order: [1, 0, 2] })
  })

  it('names the phases of a loop', () => {
    expect(phaseOrder([{ id: 'a', after: ['b'] }, { id: 'b', after: ['a'] }])).toEqual({ cycle: ['a', 'b', 'a'] })
  })

  it('ignores unknown predecessors (validation reports them)', () => {
    expect(phaseOrder([{ id: 'a', after: ['ghost'] }])).toEqual({ order: [0] })
  })
})

/** A schedule listed out of dependency order on purpose. */
const phases: Phase[] = [
  { id: 'post', name: 'Post', days: 5, after: ['shoot', 'vfx'], lag: -2 },
  { id: 'script', name: 'Script', days: 10 },
  { id: 'shoot', name: 'Shoot', days: 8, after: ['script'], lag: 3 },
  { id: 'vfx', name: 'VFX', days: 12, after: ['script'], lag: -4 },
  { id: 'early', name: 'Early', days: 2, after: ['script'], lag: -20 },
]

function schedule(result: ReturnType<typeof computeScenario>) {
  return Object.fromEntries(result.phases.map(p => [p.id, [p.days, p.start, p.finish]]))
}

describe('the schedule', () => {
  it('starts each phase after the latest of several predecessors, with lags', () => {
    const r = computeScenario(makeProject({ phases }), 'base')
    expect(schedule(r)).toEqual({
      script: [10, 0, 10], // no after: starts at 0
      shoot: [8, 13, 21], // 10 + 3
      vfx: [12, 6, 18], // 10 − 4 (negative lag overlaps)
      post: [5, 19, 24], // max(21 − 2, 18 − 2) = 19
      early: [2, 0, 2], // max(0, 10 − 20) = 0
    })
    expect(r.calendarDays).toBe(24)
  })

  it('ignores the lag of a phase with no predecessor', () => {
    const r = computeScenario(makeProject({ phases: [{ id: 'a', name: 'A', days: 4, lag: 5 }] }), 'base')
    expect(schedule(r)).toEqual({ a: [4, 0, 4] })
  })

  it('counts calendar days to the largest finish, not the last phase', () => {
    // Given a 30-day phase in parallel with everything (no after)
    const r = computeScenario(makeProject({ phases: [...phases, { id: 'music', name: 'Music', days: 30 }] }), 'base')
    // Then calendar days = 30, though post finishes at 24
    expect(r.phases.find(p => p.id === 'post')!.finish).toBe(24)
    expect(r.calendarDays).toBe(30)
  })

  it('moves the successors when a lever shortens a phase', () => {
    const lever: Lever = { id: 'l', name: 'L', phaseDays: { shoot: range(25) } }
    const p = makeProject({ phases, levers: [lever], scenarios: [scenario('base', {}, { baseline: true }), scenario('ai', { l: 100 })] })
    const r = computeScenario(p, 'ai')
    // shoot: 8 × (1 − 0.25) = 6 → 13–19; post: max(19 − 2, 18 − 2) = 17 → 17–22
    expect(schedule(r)).toMatchObject({ shoot: [6, 13, 19], post: [5, 17, 22] })
    expect(r.phases.find(p => p.id === 'shoot')!.plannedDays).toBe(8)
    expect(r.calendarDays).toBe(22)
  })

  it('applies a scenario\'s overrides of days and lag', () => {
    const p = makeProject({
      phases,
      scenarios: [scenario('base', {}, { baseline: true }), scenario('o', {}, { overrides: { phases: { shoot: { days: 4 }, post: { lag: 1 } } } })],
    })
    const r = computeScenario(p, 'o')
    // shoot 13–17; post: max(17 + 1, 18 + 1) = 19 → 19–24
    expect(schedule(r)).toMatchObject({ shoot: [4, 13, 17], post: [5, 19, 24] })
  })
})

describe('phase days under levers', () => {
  const twoLevers: Lever[] = [
    { id: 'a', name: 'A', phaseDays: { shoot: range(50) } },
    { id: 'b', name: 'B', phaseDays: { shoot: range(20) } },
    { id: 'unused', name: 'Unused', phaseDays: { shoot: range(90) } },
  ]

  function shootDays(days: number, levers: Lever[], adoption: Record<string, number>): number {
    const p = makeProject({
      phases: [{ id: 'shoot', name: 'Shoot', days }],
      levers,
      scenarios: [scenario('base', {}, { baseline: true }), scenario('s', adoption)],
    })
    return computeScenario(p, 's').phases[0]!.days
  }

  it('cuts 7 days by 25 % to 6 (5.25 rounded up) and 8 days to exactly 6', () => {
    const l: Lever[] = [{ id: 'l', name: 'L', phaseDays: { shoot: range(25) } }]
    expect(shootDays(7, l, { l: 100 })).toBe(6)
    expect(shootDays(8, l, { l: 100 })).toBe(6)
  })

  it('multiplies the cuts of several levers, each scaled by its adoption', () => {
    // 10 × (1 − 1 × 0.5) × (1 − 0.5 × 0.2) = 10 × 0.5 × 0.9 = 4.5 → 5; "unused" is not adopted (a = 0)
    expect(shootDays(10, twoLevers, { a: 100, b: 50 })).toBe(5)
    // adoption 50 % of a 50 % cut: 10 × (1 − 0.25) = 7.5 → 8
    expect(shootDays(10, twoLevers, { a: 50 })).toBe(8)
    // an adoption of 0 is the same as not naming the lever
    expect(shootDays(10, twoLevers, { a: 0, unused: 0 })).toBe(10)
  })

  it('does not let binary error add a day', () => {
    // 10 × (1 − 0.7) = 3.0000000000000004 in binary: 3 days, not 4
    expect(10 * (1 - 0.7)).toBeGreaterThan(3)
    expect(shootDays(10, [{ id: 'l', name: 'L', phaseDays: { shoot: range(70) } }], { l: 100 })).toBe(3)
  })

  it('removes a phase whole at 100 %', () => {
    expect(shootDays(10, [{ id: 'l', name: 'L', phaseDays: { shoot: range(100) } }], { l: 100 })).toBe(0)
  })
})

describe('very long chains of phases (no recursion)', () => {
  const chain = (n: number, order: ChainOrder) =>
    Array.from({ length: n }, (_, k) => order === 'forward' ? k : n - 1 - k)
      .map(k => ({ id: `p${k}`, ...(k > 0 ? { after: [`p${k - 1}`] } : {}) }))

  it.each([
    [7_000, 'forward'],
    [7_000, 'reverse'],
    [50_000, 'forward'],
    [50_000, 'reverse'],
  ] as const)('orders %i phases listed %s, predecessors first', (n, order) => {
    const phases = chain(n, order)
    const sorted = phaseOrder(phases)
    expect('order' in sorted).toBe(true)
    if (!('order' in sorted)) return
    // the chain's k-th phase comes k-th, wherever the file lists it
    expect(sorted.order.map(i => phases[i]!.id)).toEqual(Array.from({ length: n }, (_, k) => `p${k}`))
  }, 10_000)

  it.each(['forward', 'reverse'] as const)('computes a project of 50,000 chained phases listed %s', (order) => {
    // Given 50,000 phases of one day in a chain, the last one removed whole in "ai"
    const project = valid(chainProject(50_000, order))
    // Then the calendar is the chain's length, one day less without the last phase
    const r = computeProject(project)
    expect(r.scenarios.map(s => s.result.calendarDays)).toEqual([50_000, 49_999])
    // 10 episodes… the line follows the last phase: 1 day × 2 people × 100 = 200.00, then 0
    expect(r.scenarios.map(s => s.result.total)).toEqual([20_000, 0])
  }, 10_000)

  it('finds a loop through 50,000 phases, and names it briefly', () => {
    // Given the chain p0 → … → p49999 listed in reverse, with p0 also waiting on p49999
    const doc = chainProject(50_000, 'reverse', true)
    const sorted = phaseOrder(doc.phases as Phase[])
    expect('cycle' in sorted && sorted.cycle.length).toBe(50_001)
    // Then the file is refused with the loop, from the first phase listed, told in a few ids
    const r = parseProject(doc)
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'phases[0].after: phases wait on each other in a loop: '
      + 'p49999 → p49998 → p49997 → p49996 → p49995 → p49994 → p49993 → p49992 → p49991 → … 49,989 more … → p1 → p0 → p49999',
    ])
  }, 10_000)

  it('describes a short loop in full', () => {
    expect(describeCycle(['a', 'b', 'a'])).toBe('a → b → a')
  })
})

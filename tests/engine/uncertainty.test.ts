import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { computeScenario } from '../../src/engine/compute'
import { triangular } from '../../src/engine/model'
import { seededRandom } from '../../src/engine/random'
import { MAX_MONTE_CARLO_ITERATIONS, histogram, monteCarlo, nearestRank, startMonteCarlo, tornado } from '../../src/engine/uncertainty'
import { parseProject } from '../../src/engine/validate'
import type { Lever } from '../../src/engine/types'
import { fixtureProject, line, makeProject, scenario } from '../support/builders'

describe('nearestRank: the value at rank ⌈p/100 · n⌉', () => {
  it('picks by hand-computed ranks', () => {
    const ten = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    // n = 10: P10 → rank 1, P50 → rank 5, P90 → rank 9
    expect([nearestRank(ten, 10), nearestRank(ten, 50), nearestRank(ten, 90)]).toEqual([10, 50, 90])
    const seven = [1, 2, 3, 4, 5, 6, 7]
    // n = 7: P10 → ⌈0.7⌉ = 1, P50 → ⌈3.5⌉ = 4, P90 → ⌈6.3⌉ = 7
    expect([nearestRank(seven, 10), nearestRank(seven, 50), nearestRank(seven, 90)]).toEqual([1, 4, 7])
    // n = 20: P10 → rank 2 exactly (20 × 0.1 = 2, not 3 through binary error)
    expect(nearestRank(Array.from({ length: 20 }, (_, i) => i + 1), 10)).toBe(2)
  })

  it('keeps to the ends', () => {
    expect(nearestRank([5, 6, 7], 0)).toBe(5) // rank clamped to 1
    expect(nearestRank([5, 6, 7], 100)).toBe(7)
    expect(nearestRank([42], 50)).toBe(42)
    expect(() => nearestRank([], 50)).toThrow(RangeError)
  })
})

describe('histogram', () => {
  it('puts every value in one bin, from ≤ v < to (the last bin includes its end)', () => {
    // 0…100 in 4 bins: edges 0, 25, 50, 75, 100
    const values = [0, 10, 24, 25, 49, 50, 99, 100, 100]
    const bins = histogram(values, 4)
    expect(bins).toEqual([
      { from: 0, to: 25, count: 3 },
      { from: 25, to: 50, count: 2 },
      { from: 50, to: 75, count: 1 },
      { from: 75, to: 100, count: 3 },
    ])
  })

  it('counts sum to the number of values, even with narrow bins', () => {
    const random = seededRandom(7)
    const values = Array.from({ length: 1000 }, () => Math.round(random() * 13))
    const bins = histogram(values, 20) // 20 bins over 14 distinct values: some edges coincide
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(1000)
  })

  it('makes one bin of equal values, none of no values', () => {
    expect(histogram([5, 5, 5], 10)).toEqual([{ from: 5, to: 5, count: 3 }])
    expect(histogram([], 10)).toEqual([])
  })
})

describe('triangular inverse CDF', () => {
  it('gives low, likely and high at 0, the mode\'s quantile and 1', () => {
    // (0, 50, 100): mode at u = 0.5
    expect(triangular(0, 50, 100, 0)).toBe(0)
    expect(triangular(0, 50, 100, 0.5)).toBe(50)
    expect(triangular(0, 50, 100, 1)).toBe(100)
    // u = 0.125 < 0.5: 0 + √(0.125 × 100 × 50) = √625 = 25
    expect(triangular(0, 50, 100, 0.125)).toBe(25)
    // u = 0.875: 100 − √(0.125 × 100 × 50) = 75
    expect(triangular(0, 50, 100, 0.875)).toBe(75)
    // (20, 20, 40) at u = 0.75: 40 − √(0.25 × 20 × 20) = 30
    expect(triangular(20, 20, 40, 0.75)).toBe(30)
    // degenerate range
    expect(triangular(7, 7, 7, 0.3)).toBe(7)
  })
})

describe('monteCarlo', () => {
  const project = fixtureProject()
  const ai = project.scenarios[1]!

  it('reports iterations, seed, ordered percentiles and a full histogram', () => {
    const mc = monteCarlo(project, ai, { iterations: 1000, seed: 11 })
    expect(mc).toMatchObject({ scenario: 'ai', iterations: 1000, seed: 11 })
    const t = mc.total
    expect(t.min).toBeLessThanOrEqual(t.p10)
    expect(t.p10).toBeLessThanOrEqual(t.p50)
    expect(t.p50).toBeLessThanOrEqual(t.p90)
    expect(t.p90).toBeLessThanOrEqual(t.max)
    expect(mc.histogram).toHaveLength(20)
    expect(mc.histogram.reduce((s, b) => s + b.count, 0)).toBe(1000)
    expect(mc.histogram[0]!.from).toBe(t.min)
    expect(mc.histogram.at(-1)!.to).toBe(t.max)
  })

  it('stays between the totals with every lever at high and at low', () => {
    // The lever only saves, so its high values give the lowest total
    const mc = monteCarlo(project, ai, { iterations: 500, seed: 2 })
    const low = computeScenario(project, ai, 'low')
    const high = computeScenario(project, ai, 'high')
    expect(mc.total.min).toBeGreaterThanOrEqual(high.total)
    expect(mc.total.max).toBeLessThanOrEqual(low.total)
    // calendar days: shoot 7 days cut 35 % → 4.55 → 5 days (post ends 27 + 5 − 3 + 15 = 44);
    // cut 10 % → 6.3 → 7 days (post ends 46)
    expect(mc.calendarDays.min).toBeGreaterThanOrEqual(high.calendarDays)
    expect(mc.calendarDays.max).toBeLessThanOrEqual(low.calendarDays)
    expect([high.calendarDays, low.calendarDays]).toEqual([44, 46])
  })

  it('gives the same figures for the same seed', () => {
    expect(monteCarlo(project, ai, { iterations: 300, seed: 5 })).toEqual(monteCarlo(project, ai, { iterations: 300, seed: 5 }))
    expect(monteCarlo(project, ai, { iterations: 300, seed: 5 })).not.toEqual(monteCarlo(project, ai, { iterations: 300, seed: 6 }))
  })

  it('gives the point estimate on every iteration when nothing is uncertain', () => {
    // the baseline adopts nothing
    const mc = monteCarlo(project, project.scenarios[0]!, { iterations: 50 })
    expect(mc.total).toEqual({ p10: 8676800, p50: 8676800, p90: 8676800, min: 8676800, max: 8676800, mean: 8676800 })
    expect(mc.histogram).toEqual([{ from: 8676800, to: 8676800, count: 50 }])
    expect(mc.seed).toBe(1)
  })

  it('refuses a count of iterations that is not a whole number ≥ 1', () => {
    expect(() => monteCarlo(project, ai, { iterations: 0 })).toThrow('iterations must be a whole number ≥ 1')
    expect(() => monteCarlo(project, ai, { iterations: 2.5 })).toThrow(RangeError)
  })
})

describe('seededRandom', () => {
  it('is reproducible and within [0, 1)', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const xs = Array.from({ length: 100 }, () => a())
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs)
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true)
    expect(seededRandom(43)()).not.toBe(xs[0])
  })
})

describe('tornado', () => {
  // x 100.00 (lever a: 10/20/30 %), y 20.00 (lever b: 0/5/50 %); c and d not adopted
  const levers: Lever[] = [
    { id: 'b', name: 'B', targets: { lines: ['y'] }, reduction: { low: 0, likely: 5, high: 50 } },
    { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: { low: 10, likely: 20, high: 30 } },
    { id: 'c', name: 'C', targets: { lines: ['x'] }, reduction: { low: 0, likely: 50, high: 90 } },
    { id: 'd', name: 'D', targets: { lines: ['y'] }, reduction: { low: 0, likely: 50, high: 90 } },
  ]
  const project = makeProject({
    lines: [line('x', { rate: 100 }), line('y', { rate: 20 })],
    levers,
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', { a: 100, b: 100, d: 0 })],
  })
  const t = tornado(project, project.scenarios[1]!)

  it('has a bar for each adopted lever only, largest swing first', () => {
    // likely: 100 × 0.8 + 20 × 0.95 = 80 + 19 = 99.00
    expect(t.likely).toBe(9900)
    expect(t.bars).toEqual([
      // a low: 90 + 19 = 109.00; high: 70 + 19 = 89.00; swing 20.00
      { lever: 'a', kind: 'range', low: 10900, high: 8900, lowDays: 10, highDays: 10, swing: 2000 },
      // b low: 80 + 20 = 100.00; high: 80 + 10 = 90.00; swing 10.00
      { lever: 'b', kind: 'range', low: 10000, high: 9000, lowDays: 10, highDays: 10, swing: 1000 },
    ])
  })

  it('gives low ≥ high totals for levers that only save', () => {
    const fx = fixtureProject()
    const bars = tornado(fx, fx.scenarios[1]!).bars
    expect(bars.map(b => b.lever)).toEqual(['ai-live-action'])
    for (const b of bars) {
      expect(b.low).toBeGreaterThanOrEqual(b.high)
      expect(b.lowDays).toBeGreaterThanOrEqual(b.highDays)
      expect(b.swing).toBe(b.low - b.high)
    }
  })

  it('has no bars for a scenario that adopts nothing', () => {
    expect(tornado(project, project.scenarios[0]!).bars).toEqual([])
  })
})

describe('startMonteCarlo', () => {
  it('gives the same figures in steps of any size as in one run', async () => {
    const project = parsed(JSON.parse(readFileSync(new URL('../../presets/cn-micro-drama.json', import.meta.url), 'utf8')))
    const scenario = project.scenarios.find(s => !s.baseline)!
    const whole = monteCarlo(project, scenario, { iterations: 1000, seed: 42 })
    const run = startMonteCarlo(project, scenario, { iterations: 1000, seed: 42 })
    expect(() => run.result()).toThrow(/0 of 1000/)
    const sizes = [1, 7, 250, 333]
    let k = 0
    while (!run.step(sizes[k++ % sizes.length]!)) expect(run.done).toBeLessThan(1000)
    expect(run.done).toBe(1000)
    expect(run.result()).toEqual(whole)
  })
})

function parsed(json: unknown) {
  const r = parseProject(json)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r.project
}

describe('the iteration cap', () => {
  it('refuses more than 1,000,000 iterations before allocating anything', () => {
    const project = makeProject()
    expect(MAX_MONTE_CARLO_ITERATIONS).toBe(1_000_000)
    expect(() => startMonteCarlo(project, project.scenarios[0]!, { iterations: 1_000_001 }))
      .toThrow('iterations must be a whole number ≥ 1 and at most 1,000,000')
    expect(() => startMonteCarlo(project, project.scenarios[0]!, { iterations: 1e9 })).toThrow(RangeError)
    expect(startMonteCarlo(project, project.scenarios[0]!, { iterations: 1_000_000 }).iterations).toBe(1_000_000)
  })
})

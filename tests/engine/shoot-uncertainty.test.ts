/**
 * MODEL.md §4 with scene-hour levers: Monte Carlo draws the lever's scene hours with its u_i, and
 * the tornado varies them with the lever's range.
 */
import { describe, expect, it } from 'vitest'
import { computeScenario } from '../../src/engine/compute'
import { seededRandom } from '../../src/engine/random'
import { triangular } from '../../src/engine/model'
import { monteCarlo, nearestRank, tornado } from '../../src/engine/uncertainty'
import type { Range } from '../../src/engine/types'
import { line } from '../support/builders'
import { planProject, sc } from '../support/plans'

/** Eight 6-hour scenes at one place with a 12-hour day: D = 4; the lever cuts every scene's hours. */
function project(hours: Range) {
  return planProject({
    scenes: Array.from({ length: 8 }, (_, i) => sc(`s${i}`, 'x', 6, ['lu'])),
    lines: [line('lu', { kind: 'labor', qty: { of: 'cast:lu' }, unit: 'day', rate: 1000 })],
    levers: [{ id: 'plates', name: 'plates', scenes: { hours } }],
    scenarios: [{ id: 'base', name: 'base', adoption: {}, baseline: true }, { id: 'ai', name: 'ai', adoption: { plates: 100 } }],
  })
}

describe('Monte Carlo with scene hours', () => {
  it('draws each iteration\'s scene hours from the lever\'s u_i, the same on every run', () => {
    const p = project({ low: 0, likely: 30, high: 60 })
    const ai = p.scenarios[1]!
    const a = monteCarlo(p, ai, { iterations: 200, seed: 7 })
    expect(monteCarlo(p, ai, { iterations: 200, seed: 7 })).toEqual(a)
    // By hand: one uniform per lever per iteration (no takes); w = triangular(0, 30, 60, u);
    // each scene 360 × (1 − w) minutes, rounded; packed into 720-minute days; lu paid D days.
    const random = seededRandom(7)
    const totals: number[] = []
    for (let k = 0; k < 200; k++) {
      const w = triangular(0, 30, 60, random()) / 100
      const mu = Math.round(6 * (1 - w) * 60)
      const perDay = Math.floor(720 / mu)
      totals.push(Math.ceil(8 / perDay) * 100000)
    }
    totals.sort((x, y) => x - y)
    expect([a.total.p10, a.total.p50, a.total.p90]).toEqual([nearestRank(totals, 10), nearestRank(totals, 50), nearestRank(totals, 90)])
    expect(a.total.min).toBeLessThan(a.total.max)
  })

  it('equals the point estimate in every iteration when low = likely = high', () => {
    const p = project({ low: 40, likely: 40, high: 40 })
    const point = computeScenario(p, 'ai').total
    // 6 h × 0.6 = 3.6 h = 216 min; three a day (648): 8 scenes in 3 days.
    expect(point).toBe(300000)
    const mc = monteCarlo(p, p.scenarios[1]!, { iterations: 50, seed: 3 })
    expect([mc.total.min, mc.total.max]).toEqual([point, point])
  })
})

describe('tornado with scene hours', () => {
  it('varies the lever\'s scene hours from low to high', () => {
    const p = project({ low: 0, likely: 40, high: 60 })
    const t = tornado(p, p.scenarios[1]!)
    // low 0 %: two a day, 4 days; high 60 %: 144 min, five a day, 2 days.
    expect(t.bars).toEqual([{ lever: 'plates', kind: 'range', low: 400000, high: 200000, lowDays: 4, highDays: 2, swing: 200000 }])
    expect(t.likely).toBe(300000)
  })
})

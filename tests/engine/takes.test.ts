/**
 * A tool cost's `takes` (generations paid per usable result): MODEL.md §2 step 7, and the takes in
 * Monte Carlo and the tornado (§4). Amounts in fen.
 */
import { describe, expect, it } from 'vitest'
import { computeScenario } from '../../src/engine/compute'
import { buildModel, drawAt, triangular } from '../../src/engine/model'
import { roundHalfAway } from '../../src/engine/money'
import { seededRandom } from '../../src/engine/random'
import { monteCarlo, startMonteCarlo, tornado } from '../../src/engine/uncertainty'
import type { Lever, Range } from '../../src/engine/types'
import { line, makeProject, scenario } from '../support/builders'

const point = (x: number): Range => ({ low: x, likely: x, high: x })

describe('the tool cost with takes (step 7)', () => {
  // CNY, 10 episodes × 2 min = 20 finished minutes; no lines, so the total is the tool costs.
  const project = makeProject({
    sections: [{ id: 'crew', name: 'Crew' }, { id: 'ai', name: 'AI' }],
    levers: [
      { id: 'gen', name: 'Gen', toolCost: { amount: 0.35, per: 'minute', section: 'ai', takes: { low: 2, likely: 3.5, high: 8 } } },
      { id: 'plain', name: 'Plain', toolCost: { amount: 12.5, per: 'flat', section: 'ai' } },
      { id: 'half', name: 'Half', toolCost: { amount: 0.01, per: 'flat', section: 'ai', takes: point(0.5) } },
      { id: 'off', name: 'Off', toolCost: { amount: 1000, per: 'flat', section: 'ai', takes: point(3) } },
    ],
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', { gen: 60, plain: 100, half: 100 })],
  })

  it('is a × amount × k × takes, the takes at likely', () => {
    const r = computeScenario(project, 's')
    expect(r.tools).toEqual([
      // 0.6 × 0.35 × 20 minutes × 3.5 takes = 14.70
      { lever: 'gen', section: 'ai', amount: 1470 },
      // no takes: g = 1, 1 × 12.50 × 1 = 12.50
      { lever: 'plain', section: 'ai', amount: 1250 },
      // 1 × 0.01 × 1 × 0.5 = 0.005 yuan = 0.5 fen → 1 fen (half away from zero)
      { lever: 'half', section: 'ai', amount: 1 },
      // "off" is not adopted: no tool cost, whatever its takes
    ])
    expect(r.total).toBe(2721) // 1470 + 1250 + 1
  })

  it('follows the takes a run asks for', () => {
    // low: 0.6 × 0.35 × 20 × 2 = 8.40; high: 0.6 × 0.35 × 20 × 8 = 33.60; the others unchanged
    expect(computeScenario(project, 's', 'likely', 'low').total).toBe(840 + 1250 + 1)
    expect(computeScenario(project, 's', 'likely', 'high').total).toBe(3360 + 1250 + 1)
  })

  it('puts one takes value per lever in the draw, 1 when absent', () => {
    const model = buildModel(project, project.scenarios[1]!)
    expect(Array.from(drawAt(model, 'likely').takes)).toEqual([3.5, 1, 0.5, 3])
    expect(Array.from(drawAt(model, 'high', 'low').takes)).toEqual([2, 1, 0.5, 3])
  })
})

/**
 * x 100.00 targeted by A (10 / 20 / 40 %); y 50.00 targeted by B (0 / 10 / 20 %), whose flat tool
 * costs 4.00 a generation at 1 / 2 / 6 takes. Both adopted in full; no markups.
 */
function twoLevers(bTakes: Range = { low: 1, likely: 2, high: 6 }, reduction?: { a: Range, b: Range }) {
  const levers: Lever[] = [
    { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: reduction?.a ?? { low: 10, likely: 20, high: 40 } },
    { id: 'b', name: 'B', targets: { lines: ['y'] }, reduction: reduction?.b ?? { low: 0, likely: 10, high: 20 }, toolCost: { amount: 4, per: 'flat', section: 'crew', takes: bTakes } },
  ]
  return makeProject({
    lines: [line('x', { rate: 100 }), line('y', { rate: 50 })],
    levers,
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', { a: 100, b: 100 })],
  })
}

describe('Monte Carlo with takes (§4)', () => {
  it('draws u_a, u_b, then v_b in each iteration, and sets the takes to their triangular quantile', () => {
    const p = twoLevers()
    const random = seededRandom(9)
    const expected = [0, 1, 2].map(() => {
      const ua = random()
      const ub = random()
      const vb = random()
      // x: 10000 × (1 − r_a); y: 5000 × (1 − r_b); tool: 1 × 4.00 × 1 × g_b = 400 × g_b fen
      return roundHalfAway(10000 * (1 - triangular(10, 20, 40, ua) / 100))
        + roundHalfAway(5000 * (1 - triangular(0, 10, 20, ub) / 100))
        + roundHalfAway(400 * triangular(1, 2, 6, vb))
    }).sort((a, b) => a - b)
    const mc = monteCarlo(p, p.scenarios[1]!, { iterations: 3, seed: 9 })
    // n = 3: P50 is rank ⌈1.5⌉ = 2, the middle value
    expect([mc.total.min, mc.total.p50, mc.total.max]).toEqual(expected)
    expect(mc.total.mean).toBe(Math.round((expected[0]! + expected[1]! + expected[2]!) / 3))
  })

  it('gives the same figures for the same seed, other figures for another', () => {
    const p = twoLevers()
    const sc = p.scenarios[1]!
    expect(monteCarlo(p, sc, { iterations: 400, seed: 3 })).toEqual(monteCarlo(p, sc, { iterations: 400, seed: 3 }))
    expect(monteCarlo(p, sc, { iterations: 400, seed: 3 })).not.toEqual(monteCarlo(p, sc, { iterations: 400, seed: 4 }))
  })

  it('gives the point estimate on every iteration when low = likely = high everywhere', () => {
    const p = twoLevers(point(2.5), { a: point(20), b: point(10) })
    const sc = p.scenarios[1]!
    // 80.00 + 45.00 + 4.00 × 2.5 = 135.00
    expect(computeScenario(p, sc).total).toBe(13500)
    const mc = monteCarlo(p, sc, { iterations: 200, seed: 5 })
    expect(mc.total).toEqual({ p10: 13500, p50: 13500, p90: 13500, min: 13500, max: 13500, mean: 13500 })
  })

  it('spreads between the takes at low and at high when only the takes are uncertain', () => {
    const p = twoLevers(undefined, { a: point(20), b: point(10) })
    const sc = p.scenarios[1]!
    const mc = monteCarlo(p, sc, { iterations: 500, seed: 1 })
    // 80.00 + 45.00 + 4.00 × g, g from 1 to 6: 129.00 to 149.00
    expect(computeScenario(p, sc, 'likely', 'low').total).toBe(12900)
    expect(computeScenario(p, sc, 'likely', 'high').total).toBe(14900)
    expect(mc.total.min).toBeGreaterThanOrEqual(12900)
    expect(mc.total.max).toBeLessThanOrEqual(14900)
    expect(mc.total.min).toBeLessThan(mc.total.max)
  })

  it('gives the same figures in steps as in one run', () => {
    const p = twoLevers()
    const sc = p.scenarios[1]!
    const whole = monteCarlo(p, sc, { iterations: 600, seed: 42 })
    const run = startMonteCarlo(p, sc, { iterations: 600, seed: 42 })
    const sizes = [1, 7, 100, 33]
    let k = 0
    while (!run.step(sizes[k++ % sizes.length]!)) expect(run.done).toBeLessThan(600)
    expect(run.result()).toEqual(whole)
  })
})

describe('the tornado with takes (§4)', () => {
  // x 100.00 (a: 10 / 20 / 30 %, flat tool 5.00 × 1 / 2 / 6 takes); y 20.00 (b: 0 / 5 / 50 %)
  const project = makeProject({
    lines: [line('x', { rate: 100 }), line('y', { rate: 20 })],
    levers: [
      { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: { low: 10, likely: 20, high: 30 }, toolCost: { amount: 5, per: 'flat', section: 'crew', takes: { low: 1, likely: 2, high: 6 } } },
      { id: 'b', name: 'B', targets: { lines: ['y'] }, reduction: { low: 0, likely: 5, high: 50 } },
    ],
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', { a: 100, b: 100 })],
  })

  it('adds a takes bar for each adopted lever with takes, sorted with the others by swing', () => {
    const t = tornado(project, project.scenarios[1]!)
    // likely: 80 + 5 × 2 + 19 = 109.00
    expect(t.likely).toBe(10900)
    expect(t.bars).toEqual([
      // a's takes: low 80 + 5 + 19 = 104.00; high 80 + 30 + 19 = 129.00; swing 25.00
      { lever: 'a', kind: 'takes', low: 10400, high: 12900, lowDays: 10, highDays: 10, swing: 2500 },
      // a's range: low 90 + 10 + 19 = 119.00; high 70 + 10 + 19 = 99.00; swing 20.00
      { lever: 'a', kind: 'range', low: 11900, high: 9900, lowDays: 10, highDays: 10, swing: 2000 },
      // b's range: low 80 + 10 + 20 = 110.00; high 80 + 10 + 10 = 100.00; swing 10.00 (no takes: no second bar)
      { lever: 'b', kind: 'range', low: 11000, high: 10000, lowDays: 10, highDays: 10, swing: 1000 },
    ])
  })

  it('has no takes bar for a lever that is not adopted', () => {
    const sc = scenario('only-b', { b: 100 })
    expect(tornado(project, sc).bars.map(b => [b.lever, b.kind])).toEqual([['b', 'range']])
  })
})

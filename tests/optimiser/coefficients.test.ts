import { describe, expect, it } from 'vitest'
import { buildPlan, optimiseOrder } from '../../src/optimiser'
import { microDrama } from '../support/microDrama'
import { planFromShape } from './plans'

describe('what the order costs, per unit (MODEL.md §2 with §6)', () => {
  it('per shoot day, per month of tools through the calendar, per cast day with its levers, fringes and markups', () => {
    const p = planFromShape({
      locations: 2, pays: ['span', 'worked'], hoursPerDay: 8, moveHours: 1,
      rates: [1000, 40, 200, 300, 0, 0, 50, 80, 0, 0], markupOnCast: false, ownOrder: false,
      scenes: [{ location: 0, cast: [0, 1], hours: 4, tag: true }],
    })
    const c = buildPlan(p, 'ai').costs
    // Markup 7.5 % on every section. Crew 1000 + fringe 12 % = 1120, grip 2 × 40 = 80 a day:
    // (1120 + 80) × 1.075 = 1290 a day. The AI tool, 3000 a month × adoption 1: 3225 a month with
    // the markup; the calendar is prep 5 + D + post 25, so D = 0 is 1 month, 1–30 days 2, 31 days 3.
    expect(c.dayCost(0) / 100).toBeCloseTo(3225, 9)
    expect(c.dayCost(1) / 100).toBeCloseTo(1290 + 2 * 3225, 9)
    expect(c.dayCost(30) / 100).toBeCloseTo(30 * 1290 + 2 * 3225, 9)
    expect(c.dayCost(31) / 100).toBeCloseTo(31 * 1290 + 3 * 3225, 9)
    // Cast: the lever removes 15 % at 50 % adoption (m = 0.925); fringe 12 %, markup 7.5 %.
    expect(c.perCastDay[0]! / 100).toBeCloseTo(200 * 0.925 * 1.12 * 1.075, 9)
    expect(c.perCastDay[1]! / 100).toBeCloseTo(300 * 0.925 * 1.12 * 1.075, 9)
    expect([...c.castSpan]).toEqual([1, 0])
    // Locations are cost lines: no fringe.
    expect(c.perLocationDay[0]! / 100).toBeCloseTo(50 * 1.075, 9)
    expect(c.perLocationDay[1]! / 100).toBeCloseTo(80 * 1.075, 9)
    // 0.925 × 200 × 1.12 = 207.2 yuan a day: cents in the markup (7.5 % of 20720 = 1554 fen, whole)
    // but the fringe of 18500 fen is 2220: whole too; the crew's markup 7.5 % of 112000 = 8400. The
    // tool's 322500 × 7.5 % = 24187.5 fen is not whole: the rounding could rank orders otherwise.
    expect(c.exact).toBe(false)
    expect(buildPlan(p, 'base').costs.exact).toBe(true)
  })

  it('a time limit ends the search early, never above the start', () => {
    const p = microDrama({ scenes: 100, seed: 9 })
    const r = optimiseOrder(p, 'baseline', { iterations: 1_000_000_000, timeMs: 0 })
    expect(r.done).toBeLessThan(1_000_000_000)
    expect(r.stopped).toBe(false)
    expect(r.totalAfter).toBeLessThanOrEqual(r.totalBefore)
  })
})

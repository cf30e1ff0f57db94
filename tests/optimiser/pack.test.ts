import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { packShootDetailed } from '../../src/engine/shootSchedule'
import { Packer, buildPlan, packDays } from '../../src/optimiser'
import { planFromShape, planShape } from './plans'

describe('the optimiser packs as the engine does (MODEL.md §6.2)', () => {
  it('hand-computed: a move within a day, a scene longer than a day, the cost of each day', () => {
    // H = 480, M = 60. a 300 at l0; b 120 at l1: 300 + 60 + 120 = 480 fits (a move);
    // c 600 at l1: new day, k = 2 (days 2–3), u = 120; d 0 hours: not shot.
    const p = planFromShape({
      locations: 2, pays: ['span'], hoursPerDay: 8, moveHours: 1, rates: [1000, 0, 200, 0, 0, 0, 50, 10, 0, 0],
      markupOnCast: true, ownOrder: false,
      scenes: [
        { location: 0, cast: [0], hours: 5, tag: false }, { location: 1, cast: [], hours: 2, tag: false },
        { location: 1, cast: [0], hours: 10, tag: false }, { location: 0, cast: [0], hours: 0, tag: false },
      ],
    })
    const plan = buildPlan(p, 'base')
    const packed = packDays(plan, plan.startOrder)
    expect(packed.days).toBe(3)
    expect([...packed.first]).toEqual([1, 1, 2])
    expect([...packed.last]).toEqual([1, 1, 3])
    // Per shoot day: crew 1000 × 1.12 (fringe) × 1.075 (markup on cast only: not crew) = 1120.
    // Cast c0 (span, days 1–3): 200 × 1.12 × 1.075 = 240.8 per day × 3. Locations: l0 1 day × 50,
    // l1 3 days × 10. In minor units.
    const packer = new Packer(plan, plan.startOrder)
    // The search's tie-break adds 1e-4 per minute used on the last day (120 here).
    expect(packer.cost).toBeCloseTo((1120 * 3 + 240.8 * 3 + 50 + 30) * 100 + 120e-4, 6)
    expect(packer.lastDays).toBe(3)
  })

  it('gives the days, cast and location days of packShoot on random plans and orders', () => {
    fc.assert(fc.property(planShape(9), fc.constantFrom('base', 'ai'), fc.integer(), (shape, id, salt) => {
      const p = planFromShape(shape)
      const plan = buildPlan(p, id)
      // A shuffled order of the scenes shot, by a simple deterministic shuffle.
      const order = Array.from(plan.startOrder)
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.abs((salt * (i + 7)) % (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!]
      }
      const ids = order.map(s => plan.sceneIds[s]!)
      const engine = packShootDetailed(p, id, { order: ids })!
      const mine = packDays(plan, order)
      expect(mine.days).toBe(engine.schedule.days)
      order.forEach((s, k) => {
        expect(mine.first[k]).toBe(engine.packing.day[s])
        expect(mine.last[k]).toBe(engine.packing.lastDay[s])
        expect(plan.minutes[s]).toBe(engine.packing.minutes[s])
      })
      // The fast packer's cost is the coefficients applied to the engine's paid and location days.
      const packer = new Packer(plan, plan.startOrder)
      const cost = packer.evaluate(Int32Array.from(order))
      const expected = plan.costs.dayCost(engine.schedule.days)
        + engine.schedule.cast.reduce((sum, c, i) => sum + plan.costs.perCastDay[i]! * c.paid, 0)
        + engine.schedule.locations.reduce((sum, l, i) => sum + plan.costs.perLocationDay[i]! * l.days, 0)
      expect(cost - packer.lastTie).toBeCloseTo(expected, 6)
      expect(packer.lastDays).toBe(engine.schedule.days)
    }), { numRuns: 300 })
  }, 60_000)

  it('re-packing from a checkpoint gives the cost of packing the whole order', () => {
    fc.assert(fc.property(planShape(40), fc.nat(), fc.nat(), (shape, a, b) => {
      const plan = buildPlan(planFromShape(shape), 'base')
      const packer = new Packer(plan, plan.startOrder)
      const n = packer.n
      if (n < 2) return
      const p = a % n
      const q = b % n
      const cand = Int32Array.from(packer.current)
      const t = cand[p]!; cand[p] = cand[q]!; cand[q] = t
      const from = Math.min(p, q)
      expect(packer.evaluateFrom(cand, from)).toBeCloseTo(packer.evaluate(cand), 6)
      packer.accept(cand, from)
      expect(packer.cost).toBeCloseTo(packer.evaluate(cand), 6)
      expect(Array.from(packer.current)).toEqual(Array.from(cand))
    }), { numRuns: 200 })
  }, 60_000)
})

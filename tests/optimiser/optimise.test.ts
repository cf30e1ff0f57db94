import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Packer, buildPlan, engineFigures, frozenFigures, optimiseOrder, withOrder } from '../../src/optimiser'
import { microDrama } from '../support/microDrama'
import { permutations, planFromShape, planShape } from './plans'

describe('optimising the order (MODEL.md §6.3)', () => {
  it('never returns a total above the start, and reports the total of the order it returns', () => {
    fc.assert(fc.property(planShape(14), fc.constantFrom('base', 'ai'), fc.nat(1000), (shape, id, seed) => {
      const p = planFromShape(shape)
      const r = optimiseOrder(p, id, { seed, iterations: 300 })
      expect(r.totalAfter).toBeLessThanOrEqual(r.totalBefore)
      expect(engineFigures(p, id).total).toBe(r.totalBefore)
      const after = engineFigures(withOrder(p, id, r.order), id)
      expect(after.total).toBe(r.totalAfter)
      expect(after.days).toBe(r.daysAfter)
      expect([...r.order].sort()).toEqual(p.scenes!.map(s => s.id).sort())
    }), { numRuns: 120 })
  }, 60_000)

  it('on larger generated plans (the heuristic alone) too: never above the start, the total of its order', () => {
    fc.assert(fc.property(fc.integer({ min: 20, max: 90 }), fc.nat(10_000), fc.nat(1000), (scenes, seed, searchSeed) => {
      const p = microDrama({ scenes, seed })
      const r = optimiseOrder(p, 'baseline', { seed: searchSeed, iterations: 1500 })
      expect(r.proven).toBe(false)
      expect(r.totalAfter).toBeLessThanOrEqual(r.totalBefore)
      expect(engineFigures(withOrder(p, 'baseline', r.order), 'baseline').total).toBe(r.totalAfter)
    }), { numRuns: 15 })
  }, 120_000)

  it('proves a small plan optimal only when no order of its scenes costs less', () => {
    fc.assert(fc.property(planShape(6), fc.constantFrom('base', 'ai'), (shape, id) => {
      const p = planFromShape(shape)
      const r = optimiseOrder(p, id, { iterations: 50 })
      const plan = buildPlan(p, id)
      const shot = Array.from(plan.startOrder, s => plan.sceneIds[s]!)
      const best = Math.min(...permutations(shot).map(o => engineFigures(withOrder(p, id, [...o, ...plan.idle]), id).total))
      if (r.proven) expect(r.totalAfter).toBe(best)
      expect(r.totalAfter).toBeGreaterThanOrEqual(best)
      // With whole-yuan rates (no cents to round) every small plan is proven.
      if (plan.costs.exact) expect(r.proven).toBe(true)
    }), { numRuns: 60 })
  }, 60_000)

  it('gives the same order for the same seed and iterations, and stops when told', () => {
    const p = microDrama({ scenes: 120, seed: 3 })
    const a = optimiseOrder(p, 'baseline', { seed: 5, iterations: 4000 })
    const b = optimiseOrder(p, 'baseline', { seed: 5, iterations: 4000 })
    expect(b.order).toEqual(a.order)
    expect(b.totalAfter).toBe(a.totalAfter)
    expect(a.totalAfter).toBeLessThan(a.totalBefore)
    expect(a.proven).toBe(false)
    let asked = 0
    const stopped = optimiseOrder(p, 'baseline', { seed: 5, iterations: 1_000_000, shouldStop: () => ++asked > 3 })
    expect(stopped.stopped).toBe(true)
    expect(stopped.done).toBeLessThan(1_000_000)
    expect(stopped.totalAfter).toBeLessThanOrEqual(stopped.totalBefore)
  })

  it('reports progress: the best total so far never rises', () => {
    const p = microDrama({ scenes: 80, seed: 4 })
    const seen: number[] = []
    const r = optimiseOrder(p, 'baseline', { iterations: 20_000, onProgress: pr => seen.push(pr.bestTotal) })
    expect(seen.length).toBeGreaterThan(2)
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeLessThanOrEqual(seen[i - 1]!)
    expect(seen[0]!).toBeLessThanOrEqual(r.totalBefore)
  })

  it('prices orders as the engine does: the same total by the optimiser\'s packing, and its own sum moves with the total', () => {
    fc.assert(fc.property(planShape(9), fc.constantFrom('base', 'ai'), fc.nat(), (shape, id, salt) => {
      const p = planFromShape(shape)
      const plan = buildPlan(p, id)
      const packer = new Packer(plan, plan.startOrder)
      const order = Array.from(plan.startOrder)
      for (let i = order.length - 1; i > 0; i--) {
        const j = (salt + i * 31) % (i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!]
      }
      const q = withOrder(p, id, [...order.map(s => plan.sceneIds[s]!), ...plan.idle])
      const engine = engineFigures(q, id)
      expect(frozenFigures(q, id)).toEqual(engine)
      // Up to a constant (the lines that do not follow the plan) and to each line's rounding.
      const start = engineFigures(p, id).total - packer.cost
      const startTie = packer.lastTie
      const gap = engine.total - (packer.evaluate(Int32Array.from(order)) - packer.lastTie) - (start + startTie)
      if (plan.costs.exact) expect(gap).toBeCloseTo(0, 6)
      else expect(Math.abs(gap)).toBeLessThanOrEqual(20)
    }), { numRuns: 200 })
  }, 60_000)

  it('writes the order where the scenario takes it from', () => {
    const p = planFromShape({
      locations: 1, pays: ['span'], hoursPerDay: 8, moveHours: 0, rates: Array(10).fill(100), markupOnCast: false, ownOrder: true,
      scenes: [{ location: 0, cast: [0], hours: 1, tag: false }, { location: 0, cast: [], hours: 1, tag: false }],
    })
    // The baseline: shoot.order. "ai" has its own order: its override. A scenario without: gets one.
    expect(withOrder(p, 'base', ['s1', 's0']).shoot!.order).toEqual(['s1', 's0'])
    const ai = withOrder(p, 'ai', ['s1', 's0'])
    expect(ai.scenarios[1]!.overrides!.shoot!.order).toEqual(['s1', 's0'])
    expect(ai.shoot!.order).toBe(p.shoot!.order)
    const third = { ...p, scenarios: [...p.scenarios, { id: 'x', name: 'X', adoption: {} }] }
    const written = withOrder(third, 'x', ['s1', 's0'])
    expect(written.scenarios[2]!.overrides).toEqual({ shoot: { order: ['s1', 's0'] } })
    expect(written.shoot).toBe(third.shoot)
  })
})

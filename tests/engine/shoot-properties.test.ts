/**
 * Invariants of the shoot plan on random plans (tests/support/planArb.ts).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeProject, computeScenario } from '../../src/engine/compute'
import { roundMinutes } from '../../src/engine/shoot'
import { planProjectArb } from '../support/planArb'

const RUNS = { numRuns: 120 }

describe('on random plans', () => {
  it('split every change exactly: planChanges + Σ levers = change', () => {
    fc.assert(fc.property(planProjectArb, (p) => {
      const { scenarios } = computeProject(p)
      const base = scenarios[0]!.result.total
      for (const { result, vsBaseline: vs } of scenarios) {
        expect(vs.change).toBe(result.total - base)
        expect(vs.planChanges + vs.levers.reduce((a, l) => a + l.amount, 0)).toBe(vs.change)
      }
    }), RUNS)
  })

  it('give every line change to the levers: Σ gross savings = −(change − tool costs), to rounding', () => {
    fc.assert(fc.property(planProjectArb, (p) => {
      if ((p.markups ?? []).length > 0) return
      // "ai" has no overrides: its S0 is the baseline, and without markups the change is the
      // lines' change plus the tool costs.
      const ai = computeProject(p).scenarios.find(c => c.result.id === 'ai')!.vsBaseline
      const gross = ai.levers.reduce((a, l) => a + l.grossSaving, 0)
      const tools = ai.levers.reduce((a, l) => a + l.tools, 0)
      expect(Math.abs(gross + ai.change - tools)).toBeLessThanOrEqual(ai.levers.length / 2 + 1e-6)
    }), RUNS)
  })

  it('pack every shot scene into days within the day\'s minutes, in order, into at least ceil(Σμ/H) days', () => {
    fc.assert(fc.property(planProjectArb, (p) => {
      for (const sc of p.scenarios) {
        const r = computeScenario(p, sc)
        const s = r.schedule!
        const H = roundMinutes((sc.overrides?.shoot?.hoursPerDay ?? p.shoot!.hoursPerDay) * 60)
        const shot = new Set(s.scenes.map(x => x.id))
        // every scene is in the order once; those shot are listed in that order
        expect([...s.order].sort()).toEqual(p.scenes!.map(x => x.id).sort())
        expect(s.scenes.map(x => x.id)).toEqual(s.order.filter(id => shot.has(id)))
        let total = 0
        let prev = 1
        const used = new Map<number, number>()
        for (const x of s.scenes) {
          expect(x.minutes).toBeGreaterThan(0)
          expect(x.day).toBeGreaterThanOrEqual(prev)
          expect(x.lastDay - x.day + 1).toBe(Math.ceil(x.minutes / H))
          expect(x.lastDay).toBeLessThanOrEqual(s.days)
          if (x.day === x.lastDay) used.set(x.day, (used.get(x.day) ?? 0) + x.minutes)
          prev = x.lastDay
          total += x.minutes
        }
        for (const m of used.values()) expect(m).toBeLessThanOrEqual(H)
        expect(s.days).toBeGreaterThanOrEqual(Math.ceil(total / H))
        expect(s.days).toBe(s.scenes.length === 0 ? 0 : s.scenes.at(-1)!.lastDay)
        // The plan's phase lasts D.
        expect(r.phases.find(ph => ph.id === 'shoot')!.days).toBe(s.days)
        for (const c of s.cast) {
          expect(c.worked).toBeLessThanOrEqual(c.first === 0 ? 0 : c.last - c.first + 1)
          const pay = p.cast!.find(m => m.id === c.id)!.pay
          expect(c.paid).toBe(c.first === 0 ? 0 : pay === 'span' ? c.last - c.first + 1 : c.worked)
        }
      }
    }), RUNS)
  })

  it('give the reported total for the reported order', () => {
    fc.assert(fc.property(planProjectArb, (p) => {
      for (const sc of p.scenarios) {
        const r = computeScenario(p, sc)
        const again = computeScenario(p, { ...sc, overrides: { ...sc.overrides, shoot: { ...sc.overrides?.shoot, order: r.schedule!.order } } })
        expect(again.total).toBe(r.total)
        expect(again.schedule).toEqual(r.schedule)
      }
    }), RUNS)
  })
})

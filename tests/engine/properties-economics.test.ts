/**
 * Properties of takes, person-days, gross saving and break-even over generated projects
 * (tests/support/arbitraries.ts; MODEL.md §2 steps 7 and 11, §3).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeProject, computeScenario } from '../../src/engine/compute'
import type { ScenarioResult } from '../../src/engine/compute'
import { toMajor } from '../../src/engine/money'
import type { Project, ToolCost } from '../../src/engine/types'
import { projectArb } from '../support/arbitraries'

const RUNS = { numRuns: 150 }

/** k of MODEL.md §2 step 7 in a computed scenario. */
function units(r: ScenarioResult, per: ToolCost['per']): number {
  return per === 'flat' ? 1 : per === 'episode' ? r.episodes : per === 'minute' ? r.minutes : Math.ceil(r.calendarDays / 30)
}

/** The project with one lever's tool cost changed. */
function withTool(p: Project, leverId: string, change: (t: ToolCost) => ToolCost): Project {
  return { ...p, levers: p.levers!.map(l => (l.id === leverId && l.toolCost ? { ...l, toolCost: change(l.toolCost) } : l)) }
}

describe('break-even', () => {
  it('is null exactly when there is no tool cost, no adoption, k × takes = 0 or no gross saving', () => {
    fc.assert(fc.property(projectArb({ minLevers: 1 }), (p) => {
      for (const { result, vsBaseline } of computeProject(p).scenarios) {
        const sc = p.scenarios.find(s => s.id === result.id)!
        for (const share of vsBaseline.levers) {
          const tool = p.levers!.find(l => l.id === share.id)!.toolCost
          const a = (sc.adoption[share.id] ?? 0) / 100
          expect(share.grossSaving).toBeGreaterThanOrEqual(0)
          const none = !tool || a === 0 || units(result, tool.per) * (tool.takes?.likely ?? 1) === 0 || share.grossSaving === 0
          expect(share.breakEven === null).toBe(none)
        }
      }
    }), RUNS)
  })

  it('makes gross saving and tool cost meet, within one minor unit per unit of k × takes', () => {
    fc.assert(fc.property(projectArb({ minLevers: 1 }), fc.nat(), (p, which) => {
      const computed = computeProject(p).scenarios
      const { result, vsBaseline } = computed[which % computed.length]!
      for (const share of vsBaseline.levers) {
        if (share.breakEven === null) continue
        // Given the lever's tool priced at its break-even
        const atPrice = withTool(p, share.id, t => ({ ...t, amount: toMajor(share.breakEven!, result.digits) }))
        const again = computeProject(atPrice).scenarios.find(c => c.result.id === result.id)!
        const moved = again.vsBaseline.levers.find(l => l.id === share.id)!
        // Then the lines are untouched, and the tools cost what the lines save, to rounding:
        // |a·P·k·g − G| ≤ a·k·g / 2 for the rounded price P, plus ½ for the rounded tool cost
        const tool = atPrice.levers!.find(l => l.id === share.id)!.toolCost!
        const kg = units(again.result, tool.per) * (tool.takes?.likely ?? 1)
        expect(moved.grossSaving).toBe(share.grossSaving)
        expect(Math.abs(moved.tools - moved.grossSaving)).toBeLessThanOrEqual(kg)
      }
    }), RUNS)
  })
})

describe('takes', () => {
  it('never lower the total when they rise', () => {
    fc.assert(fc.property(
      projectArb({ minLevers: 1 }),
      fc.nat(),
      fc.nat(),
      fc.integer({ min: 100, max: 500 }).map(x => x / 100),
      (p, whichScenario, whichLever, factor) => {
        const sc = p.scenarios[whichScenario % p.scenarios.length]!
        const lever = p.levers![whichLever % p.levers!.length]!
        // Given one lever's takes multiplied by a factor ≥ 1 (from 1 when it had none)
        const more = withTool(p, lever.id, t => ({
          ...t,
          takes: t.takes
            ? { low: t.takes.low * factor, likely: t.takes.likely * factor, high: t.takes.high * factor }
            : { low: factor, likely: factor, high: factor },
        }))
        // Then the total does not fall
        expect(computeScenario(more, sc.id).total).toBeGreaterThanOrEqual(computeScenario(p, sc.id).total)
        // and every lever's takes at low, likely and high give rising totals
        const [low, likely, high] = (['low', 'likely', 'high'] as const).map(t => computeScenario(p, sc.id, 'likely', t).total)
        expect(low).toBeLessThanOrEqual(likely!)
        expect(likely).toBeLessThanOrEqual(high!)
      },
    ), RUNS)
  })
})

describe('person-days', () => {
  it('total the sections\' one-decimal figures exactly', () => {
    fc.assert(fc.property(projectArb(), (p) => {
      for (const { result: r } of computeProject(p).scenarios) {
        const tenths = r.personDays.sections.map(s => s.days * 10)
        for (const t of tenths) expect(Math.abs(t - Math.round(t))).toBeLessThan(1e-6)
        expect(Math.round(r.personDays.total * 10)).toBe(tenths.reduce((a, t) => a + Math.round(t), 0))
      }
    }), RUNS)
  })

  it('never rise with adoption', () => {
    fc.assert(fc.property(
      projectArb({ minLevers: 1 }),
      fc.nat(),
      fc.nat(),
      fc.integer({ min: 0, max: 100 }),
      fc.integer({ min: 0, max: 100 }),
      (p, whichScenario, whichLever, x, y) => {
        const lever = p.levers![whichLever % p.levers!.length]!
        const sc = p.scenarios[whichScenario % p.scenarios.length]!
        const [lo, hi] = x <= y ? [x, y] : [y, x]
        // Given the same scenario with one lever at a lower and a higher adoption
        const at = (a: number) => computeScenario(p, { ...sc, adoption: { ...sc.adoption, [lever.id]: a } }).personDays
        const before = at(lo)
        const after = at(hi)
        // Then no section and not the total has more person-days
        expect(after.total).toBeLessThanOrEqual(before.total)
        after.sections.forEach((s, k) => expect(s.days).toBeLessThanOrEqual(before.sections[k]!.days))
      },
    ), RUNS)
  })
})

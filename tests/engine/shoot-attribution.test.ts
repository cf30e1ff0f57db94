/**
 * MODEL.md §3 for lines following the shoot plan: no phase factor, and when the packed quantity
 * moves, the two-step split (line factor first, the rest to the scene-hour levers). Amounts in fen.
 */
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import type { Lever, Line, Markup } from '../../src/engine/types'
import { line } from '../support/builders'
import { planProject, sc } from '../support/plans'

const range = (likely: number) => ({ low: likely, likely, high: likely })

function split(input: { scenes: Parameters<typeof planProject>[0]['scenes'], lines: Line[], levers: Lever[], adoption: Record<string, number>, markups?: Markup[] }) {
  const p = planProject({
    scenes: input.scenes,
    lines: input.lines,
    levers: input.levers,
    scenarios: [{ id: 'base', name: 'base', adoption: {}, baseline: true }, { id: 's', name: 's', adoption: input.adoption }],
  })
  if (input.markups) p.markups = input.markups
  const r = computeProject(p).scenarios[1]!
  const vs = r.vsBaseline
  expect(vs.planChanges + vs.levers.reduce((a, l) => a + l.amount, 0)).toBe(vs.change)
  return { ...vs, total: r.result.total, schedule: r.result.schedule!, by: Object.fromEntries(vs.levers.map(l => [l.id, l])) }
}

/** a (x, 12 h, wide) day 1; b (x, 6 h) day 2; c (y, 6 h, lu) day 3 — as in shoot-engine.test.ts. */
const scenes = [sc('a', 'x', 12, ['lu'], { tags: ['wide'] }), sc('b', 'x', 6), sc('c', 'y', 6, ['lu'])]
const lines = [
  line('dp', { kind: 'labor', qty: { of: 'phase:shoot' }, unit: 'day', count: 2, rate: 1000 }),
  line('lu', { kind: 'labor', qty: { of: 'cast:lu' }, unit: 'day', rate: 500 }),
  line('x', { qty: { of: 'location:x' }, rate: 200 }),
  line('van', { qty: { of: 'shoot-days', times: 2 }, rate: 100 }),
]
const plates: Lever = { id: 'plates', name: 'plates', scenes: { tags: ['wide'], hours: range(50) } }
const cheap: Lever = { id: 'cheap', name: 'cheap', targets: { lines: ['lu'] }, reduction: range(20) }

describe('two-step split of lines following the plan', () => {
  it('gives a scene-hour lever the whole change of the days it saves', () => {
    // a halved: D 3 → 2, lu paid 3 → 2, x 2 → 1. dp −2000, lu −500, x −200, van −200.
    const r = split({ scenes, lines, levers: [plates], adoption: { plates: 100 } })
    expect(r.change).toBe(-290000)
    expect(r.by.plates).toMatchObject({ amount: -290000, grossSaving: 290000 })
  })

  it('first gives the line factor A0 × (1 − m), then the rest to the scene-hour levers', () => {
    // lu: A0 = 1500, m = 0.8, q 3 → 2: S = 2 × 500 × 0.8 = 800, change −700.
    //   line factor part: 1500 × 0.2 = 300 saved → cheap; the rest 400 → plates.
    // plates also: dp −2000, x −200, van −200. So plates −2800, cheap −300, change −3100.
    const r = split({ scenes, lines, levers: [plates, cheap], adoption: { plates: 100, cheap: 100 } })
    expect(r.change).toBe(-310000)
    expect(r.by.plates).toMatchObject({ amount: -280000, grossSaving: 280000 })
    expect(r.by.cheap).toMatchObject({ amount: -30000, grossSaving: 30000 })
  })

  it('shares the line factors alone when the packed quantity does not move', () => {
    // A plate cut of 1 % changes a's 720 minutes to 713: no day moves, lu stays 3 days.
    const small: Lever = { ...plates, scenes: { tags: ['wide'], hours: range(1) } }
    const r = split({ scenes, lines, levers: [small, cheap], adoption: { plates: 100, cheap: 100 } })
    expect(r.schedule.days).toBe(3)
    // lu: 1500 × 0.8 = 1200: −300, all to cheap.
    expect(r.by.cheap!.amount).toBe(-30000)
    expect(r.by.plates!.amount).toBe(0)
  })

  it('splits the rest among scene-hour levers by −ln(1 − a·w), only those whose scenes are shot', () => {
    // Two levers on the same scene a: w = 50 % at a = 50 % (x = 0.25), w = 75 % at 100 % (x = 0.75).
    // a: 12 × 0.75 × 0.25 = 2.25 h = 135 min; b 360 → day 1 (495); c: 495 + 60 + 360 = 915 > 720, day 2.
    // Saving as with one lever: 2900.00, shared by −ln 0.75 : −ln 0.25.
    // A third lever on scenes tagged "none" has nothing shot and takes no part.
    const other: Lever = { id: 'other', name: 'other', scenes: { tags: ['wide'], hours: range(75) } }
    const ghost: Lever = { id: 'ghost', name: 'ghost', scenes: { tags: ['none'], hours: range(90) } }
    const r = split({ scenes, lines, levers: [plates, other, ghost], adoption: { plates: 50, other: 100, ghost: 100 } })
    const w1 = -Math.log(0.75)
    const w2 = -Math.log(0.25)
    const p1 = -290000 * w1 / (w1 + w2)
    expect(r.change).toBe(-290000)
    expect(r.by.plates!.amount).toBe(Math.round(p1))
    expect(r.by.other!.amount).toBe(-290000 - Math.round(p1))
    expect(r.by.ghost!.amount).toBe(0)
  })

  it('may give a lever a negative part: shorter scenes can lengthen a paid span', () => {
    // s1 (y, 10 h, wide) day 1; s2 (x, 2 h, meng): 600 + 60 + 120 > 720 → day 2, u 120;
    // s3 (y, 8 h, meng): 120 + 60 + 480 = 660, day 2; s4 (x, 10 h): day 3. meng paid 1.
    // With s1 at 5 h: s2 joins day 1 (300 + 60 + 120 = 480), s3 day 2, s4 day 3: meng paid 2.
    const spanScenes = [sc('s1', 'y', 10, [], { tags: ['wide'] }), sc('s2', 'x', 2, ['meng']), sc('s3', 'y', 8, ['meng']), sc('s4', 'x', 10)]
    const tool: Lever = { ...plates, toolCost: { amount: 10, per: 'flat', section: 'crew' } }
    const r = split({
      scenes: spanScenes,
      lines: [line('meng', { kind: 'labor', qty: { of: 'cast:meng' }, unit: 'day', rate: 1000 }), line('van', { qty: { of: 'shoot-days' }, rate: 100 })],
      levers: [tool],
      adoption: { plates: 100 },
    })
    expect(r.schedule.days).toBe(3)
    expect(r.schedule.cast).toEqual([{ id: 'meng', first: 1, last: 2, worked: 2, paid: 2 }])
    // +1000 on meng's line, +10 tool cost: the lever costs 1010.00 and saves −1000.00.
    expect(r.change).toBe(101000)
    expect(r.by.plates).toMatchObject({ amount: 101000, grossSaving: -100000, tools: 1000, breakEven: null })
  })

  it('gives a lever\'s phaseDays on the plan\'s phase no part: the phase lasts the packed days', () => {
    // "cut" would remove half the shoot phase's days, but the plan decides them: nothing changes,
    // and its tool cost is its whole part.
    const cut: Lever = { id: 'cut', name: 'cut', phaseDays: { shoot: range(50) }, toolCost: { amount: 10, per: 'flat', section: 'crew' } }
    const r = split({ scenes, lines, levers: [plates, cut], adoption: { plates: 100, cut: 100 } })
    expect(r.by.cut).toMatchObject({ amount: 1000, grossSaving: 0, breakEven: null })
    expect(r.by.plates!.amount).toBe(-290000)
  })

  it('shares a markup by its percent × the lever\'s part of the covered change', () => {
    // 10 % on everything: plates −2900 − 290 = −3190; the markup rounds exactly here.
    const r = split({ scenes, lines, levers: [plates], adoption: { plates: 100 }, markups: [{ id: 'c', name: 'c', percent: 10 }] })
    expect(r.change).toBe(-319000)
    expect(r.by.plates!.amount).toBe(-319000)
  })
})

/**
 * MODEL.md §3: the change against the baseline, split into plan changes and one amount per lever.
 * Amounts are in fen (CNY minor units); negative = cheaper.
 */
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import type { Attribution } from '../../src/engine/attribution'
import type { Lever, Line, Markup, ScenarioOverrides, Section } from '../../src/engine/types'
import { line, makeProject, scenario } from '../support/builders'

const range = (likely: number) => ({ low: likely, likely, high: likely })

interface Setup {
  lines: Line[]
  levers: Lever[]
  adoption: Record<string, number>
  sections?: Section[]
  markups?: Markup[]
  overrides?: ScenarioOverrides
  shootDays?: number
}

/** The split of scenario "s" against the baseline (no adoption, no overrides). */
function split(setup: Setup): Attribution & { byLever: Record<string, number> } {
  const project = makeProject({
    phases: [{ id: 'shoot', name: 'Shoot', days: setup.shootDays ?? 10 }],
    sections: setup.sections ?? [{ id: 'crew', name: 'Crew' }],
    lines: setup.lines,
    levers: setup.levers,
    markups: setup.markups,
    scenarios: [scenario('base', {}, { baseline: true }), scenario('s', setup.adoption, setup.overrides ? { overrides: setup.overrides } : {})],
  })
  const result = computeProject(project)
  const vs = result.scenarios[1]!.vsBaseline
  // Always: planChanges + Σ levers = change, exactly, in integers.
  const sum = vs.planChanges + vs.levers.reduce((acc, l) => acc + l.amount, 0)
  expect(sum).toBe(vs.change)
  for (const l of vs.levers) expect(Number.isInteger(l.amount)).toBe(true)
  expect(vs.change).toBe(result.scenarios[1]!.result.total - result.scenarios[0]!.result.total)
  return { ...vs, byLever: Object.fromEntries(vs.levers.map(l => [l.id, l.amount])) }
}

describe('one lever', () => {
  it('takes the whole saving of the lines it targets', () => {
    // 100.00 × (1 − 0.3) = 70.00: −30.00
    const r = split({
      lines: [line('x', { rate: 100 }), line('y', { rate: 50 })],
      levers: [{ id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(30) }],
      adoption: { a: 100 },
    })
    expect(r).toMatchObject({ change: -3000, planChanges: 0, byLever: { a: -3000 } })
  })
})

describe('two levers on the same line', () => {
  it('share the saving by log weight', () => {
    // Given factors 1 − 0.5 = 0.5 and 1 − 0.75 = 0.25 on a 120.00 line
    // m = 0.125 → 15.00: saving 105.00
    // weights −ln 0.5 = ln 2 and −ln 0.25 = 2 ln 2 → shares 1/3 and 2/3: −35.00 and −70.00
    const r = split({
      lines: [line('x', { rate: 120 })],
      levers: [
        { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(50) },
        { id: 'b', name: 'B', targets: { lines: ['x'] }, reduction: range(75) },
      ],
      adoption: { a: 100, b: 100 },
    })
    expect(r).toMatchObject({ change: -10500, planChanges: 0, byLever: { a: -3500, b: -7000 } })
  })

  it('weigh adoption into the factor and round the shares by largest remainder', () => {
    // 100.00 line; a: 1 − 1 × 0.5 = 0.5; b: 1 − 0.5 × 0.2 = 0.9; m = 0.45 → 45.00, saving 5500 fen
    // weights ln 2 = 0.693147, −ln 0.9 = 0.105361 → a 0.868053 × 5500 = 4774.29, b 725.71
    // floors −4775 (.71) + −726 (.29) = −5501; the unit left goes to a → −4774, −726
    const r = split({
      lines: [line('x', { rate: 100 })],
      levers: [
        { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(50) },
        { id: 'b', name: 'B', targets: { lines: ['x'] }, reduction: range(20) },
      ],
      adoption: { a: 100, b: 50 },
    })
    expect(r.byLever).toEqual({ a: -4774, b: -726 })
  })
})

describe('three levers, with a phase factor', () => {
  it('shares the phase factor among the levers that shorten the phase', () => {
    // Given a 16-day shoot cut by c1 (50 %) and c2 (75 %): 16 × 0.5 × 0.25 = 2 days, factor 2/16
    // Line x: 16 days × 1000 = 16000, also cut 50 % by a: 2 × 1000 × 0.5 = 1000 → saving 15000
    //   weights: a ln 2; phase ln(16/2) = 3 ln 2 → a 1/4 = 3750, phase 11250
    //   phase split by −ln 0.5 : −ln 0.25 = 1 : 2 → c1 3750, c2 7500
    // Line y: 16 days × 100 = 1600 → 200, saving 1400, all phase → c1 466.67, c2 933.33
    // Totals (fen): a −375000; c1 −421666.67; c2 −843333.33; floors −375000, −421667 (.33), −843334 (.67)
    //   sum −1640001 vs −1640000: the unit goes to c2 → −843333
    const r = split({
      shootDays: 16,
      lines: [line('x', { qty: { of: 'phase:shoot' }, rate: 1000 }), line('y', { qty: { of: 'phase:shoot' }, rate: 100 })],
      levers: [
        { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(50) },
        { id: 'c1', name: 'C1', phaseDays: { shoot: range(50) } },
        { id: 'c2', name: 'C2', phaseDays: { shoot: range(75) } },
      ],
      adoption: { a: 100, c1: 100, c2: 100 },
    })
    expect(r).toMatchObject({ change: -1640000, planChanges: 0, byLever: { a: -375000, c1: -421667, c2: -843333 } })
  })

  it('uses the whole-day cut d\'/d, not the levers\' product', () => {
    // 7 days cut 25 % → 6 (not 5.25); line 7 × 100 = 700 → 600, all to the one lever: −100.00
    const r = split({
      shootDays: 7,
      lines: [line('x', { qty: { of: 'phase:shoot' }, rate: 100 })],
      levers: [{ id: 'p', name: 'P', phaseDays: { shoot: range(25) } }],
      adoption: { p: 100 },
    })
    expect(r.byLever).toEqual({ p: -10000 })
  })
})

describe('a factor of zero (a 100 % reduction)', () => {
  it('takes the whole change', () => {
    // a removes the line (factor 0); b's 50 % would have halved it: a gets all 100.00, b nothing
    const r = split({
      lines: [line('x', { rate: 100 })],
      levers: [
        { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(100) },
        { id: 'b', name: 'B', targets: { lines: ['x'] }, reduction: range(50) },
      ],
      adoption: { a: 100, b: 100 },
    })
    expect(r.byLever).toEqual({ a: -10000, b: 0 })
  })

  it('is shared equally among several zero factors', () => {
    // three zero factors on a 100.00 line: −3333.33 fen each; floors −3334 × 3 = −10002;
    // two units back, ties go to the earlier levers → −3333, −3333, −3334; d (50 %) gets nothing
    const r = split({
      lines: [line('x', { rate: 100 })],
      levers: ['a', 'b', 'c', 'd'].map(id => ({ id, name: id, targets: { lines: ['x'] }, reduction: range(id === 'd' ? 50 : 100) })),
      adoption: { a: 100, b: 100, c: 100, d: 100 },
    })
    expect(r.byLever).toEqual({ a: -3333, b: -3333, c: -3334, d: 0 })
  })

  it('treats a phase cut to zero days as a zero factor too', () => {
    // line 10 days × 1000 = 10000 → 0; a (reduction 100 %) and the phase (p removes it whole) share equally
    const r = split({
      lines: [line('x', { qty: { of: 'phase:shoot' }, rate: 1000 })],
      levers: [
        { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(100) },
        { id: 'p', name: 'P', phaseDays: { shoot: range(100) } },
      ],
      adoption: { a: 100, p: 100 },
    })
    expect(r.byLever).toEqual({ a: -500000, p: -500000 })
  })
})

describe('plan changes', () => {
  it('are the whole change when the scenario adopts nothing', () => {
    // baseline 100 + 3 × 10 = 130.00; scenario (rate 80, qty 6): 80 + 6 × 10 = 140.00 → +10.00, all plan
    const r = split({
      lines: [line('x', { rate: 100 }), line('y', { qty: 3, rate: 10 })],
      levers: [{ id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(30) }],
      adoption: {},
      overrides: { lines: { x: { rate: 80 }, y: { qty: 6 } } },
    })
    expect(r).toMatchObject({ change: 1000, planChanges: 1000, byLever: { a: 0 } })
  })

  it('are measured before the levers when both change', () => {
    // baseline 100.00; S0: rate 80 → 80.00 (plan −20.00); S: 80 × 0.7 = 56.00 (lever −24.00)
    const r = split({
      lines: [line('x', { rate: 100 })],
      levers: [{ id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(30) }],
      adoption: { a: 100 },
      overrides: { lines: { x: { rate: 80 } } },
    })
    expect(r).toMatchObject({ change: -4400, planChanges: -2000, byLever: { a: -2400 } })
  })
})

describe('markups', () => {
  const sections = [{ id: 'x', name: 'X' }, { id: 'y', name: 'Y' }]
  const lines = [line('lx', { section: 'x', rate: 100 }), line('ly', { section: 'y', rate: 200 })]
  const levers: Lever[] = [
    { id: 'a', name: 'A', targets: { sections: ['x'] }, reduction: range(50) }, // 100 → 50: −50
    { id: 'b', name: 'B', targets: { sections: ['y'] }, reduction: range(10) }, // 200 → 180: −20
  ]

  it('share a markup on every section in proportion to each lever\'s part of the change', () => {
    // markup 10 %: 30.00 → 23.00 (−7.00); a caused −50 of −70 → −5.00, b −2.00
    const r = split({ sections, lines, levers, adoption: { a: 100, b: 100 }, markups: [{ id: 'm', name: 'M', percent: 10 }] })
    expect(r).toMatchObject({ change: -7700, byLever: { a: -5500, b: -2200 } })
  })

  it('share a markup limited to some sections only among the levers that changed them', () => {
    // markup 10 % on x only: 10.00 → 5.00, all a's
    const r = split({ sections, lines, levers, adoption: { a: 100, b: 100 }, markups: [{ id: 'm', name: 'M', percent: 10, sections: ['x'] }] })
    expect(r).toMatchObject({ change: -7500, byLever: { a: -5500, b: -2000 } })
  })

  it('do not compound: each markup is shared on its own base', () => {
    // m1 10 % on all: −7.00 (a −5, b −2); m2 20 % on y: 40.00 → 36.00 (b −4)
    const r = split({
      sections, lines, levers, adoption: { a: 100, b: 100 },
      markups: [{ id: 'm1', name: 'M1', percent: 10 }, { id: 'm2', name: 'M2', percent: 20, sections: ['y'] }],
    })
    expect(r).toMatchObject({ change: -8100, byLever: { a: -5500, b: -2600 } })
  })
})

describe('tool costs', () => {
  it('count against the lever that brings them, markups included', () => {
    // a: line 100.00 → 50.00 (−50) plus a flat tool of 10.00 → −40.00 before markup
    // b: tool only, 0.5 × 1.00 × 10 episodes = 5.00
    // markup 10 %: base 100 → 50 + 10 + 5 = 65: 10.00 → 6.50 (−3.50); section change −35.00
    //   a: −3.50 × (−40 / −35) = −4.00; b: −3.50 × (5 / −35) = +0.50
    // a −44.00, b +5.50; change −38.50
    const r = split({
      sections: [{ id: 'crew', name: 'Crew' }, { id: 'ai', name: 'AI' }],
      lines: [line('x', { rate: 100 })],
      levers: [
        { id: 'a', name: 'A', targets: { lines: ['x'] }, reduction: range(50), toolCost: { amount: 10, per: 'flat', section: 'ai' } },
        { id: 'b', name: 'B', toolCost: { amount: 1, per: 'episode', section: 'ai' } },
      ],
      adoption: { a: 100, b: 50 },
      markups: [{ id: 'm', name: 'M', percent: 10 }],
    })
    expect(r.change).toBe(-3850)
    // gross saving: a 50.00 on line x, b nothing; break-even a 50.00 / (1 × 1 flat × 1) = 50.00,
    // b saves nothing: no break-even (MODEL.md §3: null when the gross saving is ≤ 0)
    expect(r.levers).toEqual([
      { id: 'a', amount: -4400, tools: 1000, grossSaving: 5000, breakEven: 5000 },
      { id: 'b', amount: 550, tools: 500, grossSaving: 0, breakEven: null },
    ])
  })
})

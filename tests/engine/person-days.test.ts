/**
 * Person-days (MODEL.md §2 step 11): a labor line counts when its qty follows a phase or its unit
 * is day, days or 天; qty × count × m per line; each section rounded to one decimal, half away from
 * zero; the total is the sum of the rounded sections.
 */
import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import { toTenths } from '../../src/engine/evaluate'
import { line, makeProject, scenario } from '../support/builders'

const project = makeProject({
  phases: [{ id: 'shoot', name: 'Shoot', days: 10 }],
  sections: [{ id: 'crew', name: 'Crew' }, { id: 'cast', name: 'Cast' }, { id: 'post', name: 'Post' }, { id: 'kit', name: 'Kit' }],
  lines: [
    line('grip', { kind: 'labor', qty: 12, unit: '天', count: 2, rate: 500 }),
    line('weekly', { kind: 'labor', qty: 3, unit: 'week', count: 5, rate: 2000 }),
    line('dp', { kind: 'labor', qty: { of: 'phase:shoot' }, unit: 'flat', count: 3, rate: 200 }),
    line('van', { kind: 'cost', qty: 4, unit: 'day', rate: 800 }),
    line('extra', { section: 'cast', kind: 'labor', qty: 0.35, unit: 'days', count: 3, rate: 100 }),
    line('runner', { section: 'post', kind: 'labor', qty: 0.25, unit: 'day', rate: 100 }),
  ],
  levers: [
    { id: 'cut', name: 'Cut', phaseDays: { shoot: { low: 25, likely: 25, high: 25 } } },
    { id: 'ai', name: 'AI', targets: { lines: ['dp'] }, reduction: { low: 50, likely: 50, high: 50 } },
  ],
  scenarios: [scenario('base', {}, { baseline: true }), scenario('s', { cut: 100, ai: 100 })],
})
const [base, s] = computeProject(project).scenarios

describe('which lines count', () => {
  it('counts labor lines in 天, day or days and labor lines that follow a phase; not weeks, not costs', () => {
    const days = Object.fromEntries(base!.result.lines.map(l => [l.id, l.personDays]))
    expect(days).toEqual({
      grip: 24, // 12 天 × 2 people
      weekly: null, // a week is not a day, and the quantity is a plain number
      dp: 30, // follows the shoot (10 days) × 3 people, whatever its unit label
      van: null, // a cost line, even in days
      extra: 0.35 * 3, // 1.05, unrounded on the line (1.0499999999999998 in binary)
      runner: 0.25,
    })
  })
})

describe('sections and total', () => {
  it('rounds each section to one decimal, half away from zero on the decimal value, and adds the rounded figures', () => {
    expect(base!.result.personDays).toEqual({
      // crew 24 + 30 = 54.0; cast 1.05 → 1.1 (not 1.0, though 1.05 × 10 is 10.499999999999998 in binary);
      // post 0.25 → 0.3; kit has no counted lines
      sections: [{ id: 'crew', days: 54 }, { id: 'cast', days: 1.1 }, { id: 'post', days: 0.3 }, { id: 'kit', days: 0 }],
      // 54.0 + 1.1 + 0.3 = 55.4, the sum of the rounded figures (the unrounded sum is 55.3)
      total: 55.4,
    })
  })
})

describe('a line that follows a shortened phase', () => {
  it('loses person-days and cost with the phase and with the lever\'s reduction', () => {
    // shoot 10 days × (1 − 0.25) = 7.5 → 8 days; dp also cut 50 % by "ai": m = 0.5
    const dp = s!.result.lines.find(l => l.id === 'dp')!
    expect(dp.qty).toBe(8)
    expect(dp.personDays).toBe(12) // 8 × 3 × 0.5
    expect(dp.cost).toBe(240000) // 8 × 3 × 200 × 0.5 = 2400.00 (baseline 10 × 3 × 200 = 6000.00)
    // crew 24 + 12 = 36.0; total 36.0 + 1.1 + 0.3 = 37.4
    expect(s!.result.personDays.sections[0]).toEqual({ id: 'crew', days: 36 })
    expect(s!.result.personDays.total).toBe(37.4)
    // against the baseline: 37.4 − 55.4 = −18.0, and nothing for the baseline itself
    expect(s!.vsBaseline.personDays).toBe(-18)
    expect(base!.vsBaseline.personDays).toBe(0)
  })
})

describe('toTenths', () => {
  it('rounds days to integer tenths, half away from zero on the decimal value', () => {
    expect(toTenths(0.25)).toBe(3)
    expect(toTenths(0.35 * 3)).toBe(11) // 1.05, stored as 1.0499999999999998
    expect(toTenths(2.675)).toBe(27) // 26.75 → 27
    expect(toTenths(0.04)).toBe(0)
    expect(toTenths(0.05)).toBe(1)
    expect(toTenths(-0.25)).toBe(-3)
    expect(Object.is(toTenths(-0.01), 0)).toBe(true) // no negative zero
  })
})

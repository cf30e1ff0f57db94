/**
 * The range of amounts with a shoot plan (readProjectText → amountProblems): quantities that
 * follow the plan are bounded by the days its scenes can take, and a plan that could take more
 * days than a phase may last is refused.
 */
import { describe, expect, it } from 'vitest'
import { amountProblems } from '../../src/engine/amounts'
import { workloadProblems } from '../../src/engine/workload'
import { formatProblem } from '../../src/engine/validate'
import { line } from '../support/builders'
import { planProject, sc } from '../support/plans'

describe('amounts with a shoot plan', () => {
  it('bound cast, location and shoot-day quantities by the scenes\' days', () => {
    // Two 12-hour scenes: at most 2 days; 2 × 1e13 yuan = 2e15 fen fits in 2^51 − 1 ≈ 2.25e15.
    // Three scenes could take 3 days: 3e15 fen does not.
    const ok = planProject({ scenes: [sc('a', 'x', 12, ['lu']), sc('b', 'x', 12, ['lu'])], lines: [line('lu', { qty: { of: 'cast:lu' }, rate: 1e13 })] })
    expect(amountProblems(ok)).toEqual([])
    const tooMuch = planProject({ scenes: [sc('a', 'x', 12, ['lu']), sc('b', 'x', 12, ['lu']), sc('c', 'x', 1)], lines: [line('lu', { qty: { of: 'shoot-days' }, rate: 1e13 })] })
    expect(amountProblems(tooMuch).map(formatProblem)).toEqual([
      'lines[0].rate: out of range: qty × count × rate = 3 × 1 × 10000000000000 comes to 30,000,000,000,000.00 CNY; the largest amount the engine adds up exactly is 22,517,998,136,852.47 CNY',
    ])
  })

  it('refuse a plan whose scenes could take more days than a phase may last', () => {
    const p = planProject({ scenes: [sc('a', 'x', 1e12)] })
    expect(amountProblems(p).map(formatProblem)).toEqual([
      'scenes: out of range: the scenes could take up to 83,333,333,334 shooting days of 12 hours; a phase lasts at most 2,147,483,647 days',
    ])
  })
})

describe('workload with a shoot plan', () => {
  it('counts each scene\'s cut by every lever, in every scenario', () => {
    const scenes = Array.from({ length: 50_000 }, (_, i) => sc(`s${i}`, 'x', 1))
    const levers = Array.from({ length: 2_500 }, (_, i) => ({ id: `v${i}`, name: `v${i}`, scenes: { hours: { low: 1, likely: 1, high: 1 } } }))
    const p = { ...planProject({ scenes: scenes.slice(0, 1) }), scenes, levers }
    // 1 scenario × 2,500 levers × 50,000 scenes = 125,000,000: within 200,000,000.
    expect(workloadProblems(p)).toEqual([])
    const two = { ...p, scenarios: [...p.scenarios, { id: 'b', name: 'b', adoption: {} }] }
    expect(workloadProblems(two).map(formatProblem)).toEqual([
      'scenarios: too many to compute: 2 scenarios × 2,500 levers × 50,000 scenes = 250,000,000, more than the 200,000,000 this tool computes',
    ])
  })
})

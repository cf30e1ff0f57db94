import { describe, expect, it } from 'vitest'
import { computeProject } from '../../src/engine/compute'
import { apportion, isKnownCurrency, MAX_MINOR, minorDigits, roundHalfAway, safeMinor, toMajor, toMinor } from '../../src/engine/money'
import { projectReport } from '../../src/engine/report'
import { line, makeProject, scenario } from '../support/builders'

describe('roundHalfAway (values already in minor units)', () => {
  it.each([
    [0.5, 1],
    [-0.5, -1],
    [1.5, 2],
    [2.5, 3],
    [-2.5, -3],
    [0.49, 0],
    [-1.49, -1],
    [12.5000001, 13],
  ])('%d → %d', (value, expected) => {
    expect(roundHalfAway(value)).toBe(expected)
  })

  it('rounds the decimal the user meant, not its binary neighbour', () => {
    // 1.005 × 100 is 100.49999999999999 in binary; the decimal value is 100.5 → 101.
    expect(1.005 * 100).toBeLessThan(100.5)
    expect(roundHalfAway(1.005 * 100)).toBe(101)
    // 2.675 × 100 = 267.49999999999997 → 267.5 → 268
    expect(roundHalfAway(2.675 * 100)).toBe(268)
  })

  it('never returns −0', () => {
    expect(Object.is(roundHalfAway(-0.4), 0)).toBe(true)
    expect(Object.is(roundHalfAway(-0), 0)).toBe(true)
    expect(Object.is(roundHalfAway(-1e-12), 0)).toBe(true)
  })

  it('keeps every digit of large whole amounts', () => {
    // Given a 16-digit amount (above 10^15, below MAX_MINOR)
    // Then it is returned unchanged (cutting to 15 significant digits would give …460).
    expect(roundHalfAway(1234567890123456)).toBe(1234567890123456)
    expect(roundHalfAway(-1234567890123457)).toBe(-1234567890123457)
    expect(roundHalfAway(MAX_MINOR)).toBe(MAX_MINOR)
    expect(roundHalfAway(123456789012345.5)).toBe(123456789012346)
  })

  it('refuses what is not a safe amount', () => {
    expect(() => roundHalfAway(Number.NaN)).toThrow(RangeError)
    expect(() => roundHalfAway(Infinity)).toThrow('amount is not finite')
    expect(() => roundHalfAway(2 ** 53)).toThrow('amount out of range')
    expect(() => safeMinor(0.5)).toThrow(RangeError)
    expect(safeMinor(-42)).toBe(-42)
  })
})

describe('toMinor / toMajor', () => {
  it.each([
    // [major, digits, minor]
    [1.005, 2, 101], // 100.4999… → 101
    [-1.005, 2, -101],
    [2.675, 2, 268], // 267.4999… → 268
    [1.015, 2, 102], // 101.4999… → 102
    [0.5, 0, 1],
    [-0.5, 0, -1],
    [-2.5, 0, -3], // JPY: half away from zero
    [1234.5, 0, 1235],
    [19.99, 2, 1999],
    [0, 2, 0],
  ])('toMinor(%d, %d) = %d', (major, digits, minor) => {
    expect(toMinor(major, digits)).toBe(minor)
  })

  it('gives no −0 for a tiny negative amount', () => {
    expect(Object.is(toMinor(-0.001, 2), 0)).toBe(true) // −0.1 fen → 0
    expect(Object.is(toMinor(-0.4, 0), 0)).toBe(true)
  })

  it('turns minor units back into major units', () => {
    expect(toMajor(101, 2)).toBe(1.01)
    expect(toMajor(-3, 0)).toBe(-3)
    expect(toMajor(12491630, 2)).toBe(124916.3)
    expect(toMajor(7, 2)).toBe(0.07)
  })
})

describe('minorDigits and isKnownCurrency', () => {
  it.each([['CNY', 2], ['USD', 2], ['EUR', 2], ['JPY', 0], ['KRW', 0]])('%s has %d minor digits', (code, digits) => {
    expect(minorDigits(code)).toBe(digits)
  })

  it('knows ISO 4217 codes only', () => {
    expect(isKnownCurrency('CNY')).toBe(true)
    expect(isKnownCurrency('JPY')).toBe(true)
    expect(isKnownCurrency('cny')).toBe(false)
    expect(isKnownCurrency('ABC')).toBe(false)
    expect(isKnownCurrency('YUAN')).toBe(false)
  })
})

describe('apportion (largest remainder)', () => {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

  it('gives the leftover units to the largest remainders', () => {
    // floors 3 + 3 + 3 = 9, target 10: one unit left, to the largest fraction (.7 at index 1)
    expect(apportion([3.2, 3.7, 3.1], 10)).toEqual([3, 4, 3])
    // floors 1 + 2 + 0 = 3, target 5: two units, to .6 (index 2) then .5 (index 0)
    expect(apportion([1.5, 2.4, 0.6], 5)).toEqual([2, 2, 1])
  })

  it('breaks ties in favour of the earlier entry', () => {
    // 0.5 and 0.5, target 1: both fractions .5, the first wins
    expect(apportion([0.5, 0.5], 1)).toEqual([1, 0])
    // 1.5, 1.5, 1 → floors 1, 1, 1 = 3, target 4: the first .5 wins
    expect(apportion([1.5, 1.5, 1], 4)).toEqual([2, 1, 1])
    // thirds of 100: floors 33 × 3 = 99, one unit, equal fractions → index 0
    expect(apportion([100 / 3, 100 / 3, 100 / 3], 100)).toEqual([34, 33, 33])
  })

  it('works with negative shares (savings)', () => {
    // floor(−933333.33) = −933334 (.67), floor(−466666.67) = −466667 (.33): sum −1400001,
    // target −1400000, one unit back to the larger fraction (index 0)
    expect(apportion([-933333 - 1 / 3, -466666 - 2 / 3], -1400000)).toEqual([-933333, -466667])
  })

  it('takes units back from the smallest remainders when the floors overshoot', () => {
    // floors 2 + 2 = 4 already above the target 3: the one with the smaller fraction loses a unit
    expect(apportion([2.1, 2.0], 3)).toEqual([2, 1])
  })

  it('always sums exactly to the target', () => {
    const values = [12.34, -5.5, 0.001, 7.75, 99.999, -0.25]
    const target = Math.round(sum(values)) // 114.33… → 114
    const out = apportion(values, target)
    expect(sum(out)).toBe(target)
    out.forEach((v, i) => expect(Math.abs(v - values[i]!)).toBeLessThan(1))
    expect(apportion([], 0)).toEqual([])
  })
})

describe('a whole JPY project, end to end with 0-digit amounts', () => {
  // JPY, 3 episodes × 1.5 min = 4.5 finished minutes.
  const project = makeProject({
    meta: { currency: 'JPY', locale: 'ja-JP', episodes: 3, minutesPerEpisode: 1.5 },
    fringes: [{ id: 'f', name: 'Fringe', percent: 10 }],
    lines: [
      line('a', { kind: 'labor', qty: 2.5, rate: 101, fringes: ['f'] }), // net 252.5 → 253, fringe 25.25 → 25
      line('b', { qty: { of: 'minutes' }, rate: 11 }), // 4.5 × 11 = 49.5 → 50
    ],
    markups: [{ id: 'm', name: 'Markup', percent: 5 }],
    levers: [{
      id: 'l',
      name: 'Lever',
      targets: { lines: ['a'] },
      reduction: { low: 30, likely: 30, high: 30 },
      toolCost: { amount: 3, per: 'minute', section: 'crew' },
    }],
    scenarios: [scenario('base', {}, { baseline: true }), scenario('half', { l: 50 })],
  })
  const [base, half] = computeProject(project).scenarios

  it('rounds every amount to whole yen', () => {
    const r = base!.result
    expect(r.digits).toBe(0)
    expect(r.lines.map(l => [l.cost, l.fringe])).toEqual([[253, 25], [50, 0]])
    expect(r.subtotal).toBe(328) // 253 + 25 + 50
    expect(r.markups[0]!.amount).toBe(16) // 5 % × 328 = 16.4 → 16
    expect(r.total).toBe(344)
    expect(r.perEpisode).toBe(115) // 344 / 3 = 114.67 → 115
    expect(r.perMinute).toBe(76) // 344 / 4.5 = 76.44 → 76
    expect(r.labor).toBe(278) // 253 + 25
    expect(r.nonLabor).toBe(50)
  })

  it('rounds the adopted scenario and its attribution to whole yen', () => {
    const r = half!.result
    // m = 1 − 0.5 × 0.3 = 0.85; net 252.5 × 0.85 = 214.625 → 215; fringe 21.4625 → 21
    expect(r.lines[0]!.cost).toBe(215)
    expect(r.lines[0]!.fringe).toBe(21)
    // tool: 0.5 × 3 × 4.5 = 6.75 → 7, in section crew
    expect(r.tools).toEqual([{ lever: 'l', section: 'crew', amount: 7 }])
    expect(r.subtotal).toBe(293) // 215 + 21 + 50 + 7
    expect(r.markups[0]!.amount).toBe(15) // 14.65 → 15
    expect(r.total).toBe(308)
    // gross saving: line a 253 + 25 = 278 → 215 + 21 = 236: 42 yen; break-even 42 / (0.5 × 4.5 min × 1) = 18.67 → 19
    // no person-days: line a is labor but counted 'flat', with a plain quantity
    expect(half!.vsBaseline).toEqual({ change: -36, planChanges: 0, personDays: 0, levers: [{ id: 'l', amount: -36, tools: 7, grossSaving: 42, breakEven: 19 }] })
  })

  it('reports whole yen in the JSON report', () => {
    const report = projectReport(project)
    expect(report.currency).toBe('JPY')
    expect(report.scenarios.map(s => [s.total, s.subtotal, s.perEpisode, s.perMinute])).toEqual([[344, 328, 115, 76], [308, 293, 103, 68]])
    // 308 / 3 = 102.67 → 103; 308 / 4.5 = 68.44 → 68
    for (const s of report.scenarios) for (const x of [s.total, s.labor, s.nonLabor, ...s.sections.map(x => x.amount)]) expect(Number.isInteger(x)).toBe(true)
  })
})

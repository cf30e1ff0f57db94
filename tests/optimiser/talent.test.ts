import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { optimiseOrder, readTalentInstance, solveTalent, talentCost } from '../../src/optimiser'
import { permutations } from './plans'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/talent/${name}`, import.meta.url), 'utf8')

/** The proven optima of tests/fixtures/talent/README.md. */
const OPTIMA: [string, number][] = [
  ['tiny', 29], ['tiny2', 9], ['small', 54], ['small2', 56], ['concert', 111], ['film-10', 352],
  ['film-12', 401], ['film103.dat', 1031], ['film105.dat', 849], ['film114.dat', 867],
  ['film116.dat', 541], ['film117.dat', 913], ['film118.dat', 853], ['film119.dat', 790],
  ['Warwick1201', 222], ['Shaw2020', 877], ['MobStory', 871],
]

describe('the published talent-scheduling instances', () => {
  it.each(OPTIMA)('%s: proven optimal at %d', (name, optimum) => {
    const project = readTalentInstance(fixture(name))
    const r = optimiseOrder(project, 'baseline', { iterations: 1000 })
    // USD: the engine's total is in cents.
    expect(r.totalAfter).toBe(optimum * 100)
    expect(r.proven).toBe(true)
    expect(r.totalAfter).toBeLessThanOrEqual(r.totalBefore)
    expect(new Set(r.order).size).toBe(project.scenes!.length)
  })

  it('reads an instance as a project whose total is the instance cost', () => {
    // tiny in script order: actor 1 (cost 1) in scenes 1 and 3 → days 1–6 (1 + 2 + 3) = 6;
    // actor 2 (2) in scenes 1, 2, 4 → days 1–7 = 7 × 2; actor 3 (3) in 2, 3 → days 2–6 = 5 × 3.
    const r = optimiseOrder(readTalentInstance(fixture('tiny')), 'baseline', { iterations: 10 })
    expect(r.totalBefore).toBe((6 + 14 + 15) * 100)
    expect(r.daysBefore).toBe(7)
  })

  it('says what is wrong with a bad instance, and where', () => {
    expect(() => readTalentInstance('')).toThrow('empty')
    expect(() => readTalentInstance('x\n2\n1\n1 0 5\n1')).toThrow('the duration of scene 2 is missing')
    expect(() => readTalentInstance('x\n2\n1\n1 2 5\n1 1')).toThrow("actor 1's flag for scene 2 must be 0 or 1")
    expect(() => readTalentInstance('x\n1\n1\n1 -3\n1')).toThrow("actor 1's daily cost must be a number ≥ 0")
  })
})

describe('the exact solver', () => {
  const problem = fc.integer({ min: 1, max: 8 }).chain(n => fc.record({
    durations: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
    casts: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: n, maxLength: n }),
    weights: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 4, maxLength: 4 }),
  }))

  it('equals brute force on up to 8 scenes', () => {
    fc.assert(fc.property(problem, (p) => {
      const scenes = p.durations.map((_, i) => i)
      const brute = Math.min(...permutations(scenes).map(o => talentCost(p, o)))
      const solved = solveTalent(p)!
      expect(solved.cost).toBe(brute)
      expect(talentCost(p, solved.order)).toBe(brute)
      expect([...solved.order].sort((a, b) => a - b)).toEqual(scenes)
    }), { numRuns: 150 })
  }, 60_000)
})

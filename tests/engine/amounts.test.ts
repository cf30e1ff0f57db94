import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_AMOUNT_PROBLEMS, amountProblems } from '../../src/engine/amounts'
import { computeProject } from '../../src/engine/compute'
import { MAX_MINOR } from '../../src/engine/money'
import { monteCarlo, tornado } from '../../src/engine/uncertainty'
import type { Project } from '../../src/engine/types'
import { formatProblem } from '../../src/engine/validate'
import { projectArb } from '../support/arbitraries'
import { fixtureJson, line, makeProject, scenario, valid } from '../support/builders'
import { largeProject } from '../support/large'

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON edited on purpose */
type Doc = any

const MOST = 'the largest amount the engine adds up exactly is 22,517,998,136,852.47 CNY'

function problems(edit: (doc: Doc) => void): string[] {
  const doc: Doc = fixtureJson()
  edit(doc)
  return amountProblems(valid(doc)).map(formatProblem)
}

/** True when every scenario computes, at the likely values and at every lever's extremes. */
function computes(project: Project): boolean {
  try {
    computeProject(project)
    for (const s of project.scenarios) {
      tornado(project, s)
      // every lever fully adopted, too
      const full = { ...s, adoption: Object.fromEntries((project.levers ?? []).map(l => [l.id, 100])) }
      tornado({ ...project, scenarios: [full] }, full)
    }
    return true
  }
  catch (e) {
    if (e instanceof RangeError) return false
    throw e
  }
}

describe('amountProblems', () => {
  it('finds nothing in an ordinary project, nor in a large one', () => {
    expect(problems(() => {})).toEqual([])
    expect(amountProblems(valid(largeProject()))).toEqual([])
  })

  it('names every line and lever out of range, not only the first', () => {
    // Given 1e308 in every rate and tool amount: valid numbers, but no sum of them is exact
    expect(problems((d) => {
      for (const l of d.lines) l.rate = 1e308
      d.levers[0].toolCost.amount = 1e308
    })).toEqual([
      `lines[0].rate: out of range: qty × count × rate = 8 × 1 × 1e+308 comes to more than any number; ${MOST}`,
      `lines[1].rate: out of range: qty × count × rate = 8 × 1 × 1e+308 comes to more than any number; ${MOST}`,
      `lines[2].rate: out of range: qty × count × rate = 8 × 1 × 1e+308 comes to more than any number; ${MOST}`,
      `levers[0].toolCost.amount: out of range: at full adoption the tool cost 1e+308 × 120 minutes comes to more than any number; ${MOST}`,
    ])
  })

  it('names 20, then counts the others', () => {
    const doc: Doc = fixtureJson()
    for (let i = 0; i < 50; i++) doc.lines.push({ ...doc.lines[2], id: `x${i}`, rate: 1e300 })
    const found = amountProblems(valid(doc))
    expect(found).toHaveLength(MAX_AMOUNT_PROBLEMS + 1)
    expect(found.slice(0, 20).map(p => p.path)).toEqual(Array.from({ length: 20 }, (_, i) => `lines[${i + 3}].rate`))
    expect(found[20]).toEqual({ path: '', message: 'and 30 more out of range' })
    expect(amountProblems(valid(doc), 5).at(-1)!.message).toBe('and 45 more out of range')
  })

  it('blames the largest of rate, count and quantity', () => {
    expect(problems((d) => {
      d.lines[0].qty = { of: 'phase:shoot', times: 1e300 }
      d.lines[1].count = 1e300
      d.lines[2].qty = 1e300
    }).map(p => p.split(':')[0])).toEqual(['lines[0].qty.times', 'lines[1].count', 'lines[2].qty'])
  })

  it('bounds a line with its levers at no effect: levers only lower costs', () => {
    // Given a line of 10^14 yuan (10^16 fen) that a lever cuts by 100 % in "ai": still refused,
    // since a slider or a Monte Carlo draw can take the lever back to 0
    expect(problems((d) => {
      d.lines[0].qty = 1
      d.lines[0].rate = 1e14
      d.levers[0].reduction = { low: 100, likely: 100, high: 100 }
    })).toEqual([`lines[0].rate: out of range: qty × count × rate = 1 × 1 × 100000000000000 comes to 100,000,000,000,000.00 CNY; ${MOST}`])
  })

  it('names a fringe that takes a line out of range', () => {
    // 10^13 yuan, within range; 12 % fringe of it: 1.2 × 10^12, within; at 100 % × 3 fringes out
    const found = problems((d) => {
      d.fringes = [1, 2, 3].map(k => ({ id: `f${k}`, name: `F${k}`, percent: 100 }))
      d.lines[0].fringes = ['f1', 'f2', 'f3']
      d.lines[0].qty = 1
      d.lines[0].rate = 1e13
      d.scenarios[1].overrides.lines = {}
    })
    expect(found).toEqual([
      `lines[0].fringes: out of range: fringes of 300% on qty × count × rate = 1 × 1 × 10000000000000 = 10,000,000,000,000.00 CNY come to 30,000,000,000,000.00 CNY; ${MOST}`,
    ])
  })

  it('bounds a tool cost at full adoption and the highest takes', () => {
    // 10^9 per generation × 120 minutes × 200 takes = 2.4 × 10^13 yuan: out, though the likely
    // takes (1) and the scenario's adoption would keep it in
    const found = problems((d) => {
      d.levers[0].toolCost = { amount: 1e9, per: 'minute', section: 'ai', takes: { low: 1, likely: 1, high: 200 } }
      d.scenarios[1].adoption['ai-live-action'] = 1
    })
    expect(found).toEqual([
      `levers[0].toolCost.amount: out of range: at full adoption the tool cost 1000000000 × 120 minutes × 200 takes comes to 24,000,000,000,000.00 CNY; ${MOST}`,
    ])
    // the takes are blamed when they are the larger figure
    expect(problems((d) => {
      d.levers[0].toolCost = { amount: 100, per: 'flat', section: 'ai', takes: { low: 1, likely: 2, high: 1e20 } }
    })[0]).toMatch(/^levers\[0\]\.toolCost\.takes\.high: out of range: at full adoption the tool cost 100 × 100000000000000000000 takes comes to 1\.00e\+22 CNY/)
  })

  it('bounds a monthly tool cost with the planned calendar', () => {
    // 47 days → 2 months; 6 × 10^12 yuan a month: 1.2 × 10^13, within; 2 × 10^13 a month: out
    const monthly = (amount: number) => problems((d) => { d.levers[0].toolCost = { amount, per: 'month', section: 'ai' } })
    expect(monthly(6e12)).toEqual([])
    expect(monthly(2e13)).toEqual([
      `levers[0].toolCost.amount: out of range: at full adoption the tool cost 20000000000000 × 2 months comes to 40,000,000,000,000.00 CNY; ${MOST}`,
    ])
  })

  it('names the scenario whose overrides take a figure out of range', () => {
    expect(problems((d) => { d.scenarios[1].overrides.lines.dp.rate = 1e300 })).toEqual([
      `scenarios[1].overrides.lines.dp: makes lines[0] ("dp") out of range: qty × count × rate = 7 × 1 × 1e+300 comes to 7.00e+300 CNY in scenario "ai"; ${MOST}`,
    ])
    // the episodes change a quantity that follows them: 80 × 10^6 × 5,000 is in range, 10^9 × 10^6 × 5,000 is not
    expect(problems((d) => {
      d.lines[1].qty = { of: 'episodes', times: 1e6 }
      d.scenarios[1].overrides.episodes = 1e9
    })).toEqual([
      `scenarios[1].overrides: makes lines[1] ("lead") out of range: qty × count × rate = 1000000000000000 × 1 × 5000 comes to 5.00e+18 CNY in scenario "ai"; ${MOST}`,
    ])
  })

  it('checks the total when every part is in range, and the cost per finished minute', () => {
    // Given lines of 8 × 10^12 (+ 12 % fringe), 1.2 × 10^13 and 8 × 10^12 yuan, each within range,
    // and the AI tools at full adoption (800 × 120 minutes = 96,000): 28,960,000,096,000 + 10 %
    expect(problems((d) => {
      for (const l of d.lines) l.rate = 1e12
      d.lines[1].rate = 1.5e12
    })).toEqual([
      `out of range: the total, with no lever in effect, comes to 31,856,000,105,600.00 CNY; ${MOST}`,
    ])
    expect(problems((d) => { d.meta.minutesPerEpisode = 1e-12 })).toEqual([
      `meta.minutesPerEpisode: out of range: the cost per finished minute, 86,768.00 CNY over 8e-11 minutes; ${MOST}`,
    ])
  })

  it('refuses phases longer than the engine keeps', () => {
    expect(problems((d) => {
      d.phases[0].days = 2 ** 31
      d.scenarios[1].overrides.phases.shoot.days = 3e9
    })).toEqual([
      'phases[0].days: out of range: a phase lasts at most 2,147,483,647 days',
      'scenarios[1].overrides.phases.shoot.days: out of range: a phase lasts at most 2,147,483,647 days',
    ])
  })

  it('agrees with the engine at the edge of the range, to the minor unit', () => {
    // Given one line of exactly MAX_MINOR fen, then one fen more
    const at = (rate: number) => makeProject({ lines: [line('a', { rate })], scenarios: [scenario('base', {}, { baseline: true })] })
    const edge = MAX_MINOR / 100
    for (const rate of [edge, edge + 0.01, edge - 0.01, 22517998136852.48, 22517998136852.475]) {
      const p = at(rate)
      expect(amountProblems(p).length === 0).toBe(computes(p))
    }
    expect(amountProblems(at(edge))).toEqual([])
    expect(amountProblems(at(edge + 0.01))).toHaveLength(1)
  })

  it('when it finds nothing, every scenario computes at any adoption (property)', () => {
    // Given generated projects whose rates and tool amounts are blown up near the edge of the range
    const arb = fc.tuple(projectArb(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 8, max: 17 })), { maxLength: 6 }))
      .map(([p, blows]) => {
        const doc = structuredClone(p) as Doc
        for (const [k, exp] of blows) {
          if (doc.lines.length > 0) doc.lines[k % doc.lines.length].rate *= 10 ** exp
          const tools = (doc.levers ?? []).filter((l: Doc) => l.toolCost)
          if (tools.length > 0) tools[k % tools.length].toolCost.amount = 10 ** exp
        }
        return valid(doc)
      })
    fc.assert(fc.property(arb, (project) => {
      const found = amountProblems(project)
      if (found.length === 0) expect(computes(project)).toBe(true)
      // and a project the engine cannot compute is always named
      if (!computes(project)) expect(found.length).toBeGreaterThan(0)
    }), { numRuns: 150 })
  }, 30_000)

  it('lets Monte Carlo run on what it accepts', () => {
    const doc: Doc = fixtureJson()
    doc.lines[0].qty = 1
    doc.lines[0].rate = 1.5e13 // 1.5 × 10^13 yuan, 1.85 × 10^13 with fringes and markups: within range
    const p = valid(doc)
    expect(amountProblems(p)).toEqual([])
    expect(() => monteCarlo(p, p.scenarios[1]!, { iterations: 100 })).not.toThrow()
  })
})

import { describe, expect, it } from 'vitest'
import { MAX_TABLE_CELLS, MAX_WORK, workloadProblems } from '../../src/engine/workload'
import { readProjectText } from '../../src/engine/read'
import { formatProblem } from '../../src/engine/validate'
import type { Project } from '../../src/engine/types'
import { fixtureProject, valid } from '../support/builders'
import { chainProject } from '../support/hostile'
import { largeProject } from '../support/large'

/** A valid project of the given numbers of levers, phases, sections, markups and scenarios. */
function shaped(n: { levers?: number, phases?: number, sections?: number, markups?: number, scenarios?: number }): Project {
  const list = <T>(k: number, make: (i: number) => T) => Array.from({ length: k }, (_, i) => make(i))
  return valid({
    schemaVersion: 1,
    meta: { title: 'Wide', currency: 'CNY', locale: 'zh-CN', episodes: 1, minutesPerEpisode: 1 },
    phases: list(n.phases ?? 1, i => ({ id: `p${i}`, name: '', days: 1 })),
    sections: list(n.sections ?? 1, i => ({ id: `s${i}`, name: '' })),
    lines: [{ id: 'l', section: 's0', name: '', kind: 'labor', qty: 1, unit: '', count: 1, rate: 1 }],
    markups: list(n.markups ?? 0, i => ({ id: `m${i}`, name: '', percent: 1 })),
    levers: list(n.levers ?? 0, i => ({ id: `v${i}`, name: '', targets: { kinds: ['labor'] }, reduction: { low: 1, likely: 1, high: 1 } })),
    scenarios: list(n.scenarios ?? 1, i => ({ id: `c${i}`, name: '', adoption: {} })),
  })
}

describe('workloadProblems', () => {
  it('accepts real projects, large ones and long chains', () => {
    expect(workloadProblems(fixtureProject())).toEqual([])
    expect(workloadProblems(valid(largeProject()))).toEqual([])
    expect(workloadProblems(valid(chainProject(50_000, 'reverse')))).toEqual([])
  })

  it('refuses tables too large to hold', () => {
    // 5,000 levers × 5,000 phases: 25 million cells per scenario
    expect(workloadProblems(shaped({ levers: 5_000, phases: 5_000 })).map(formatProblem)).toEqual([
      'levers: too many to compute: 5,000 levers × 5,000 phases = 25,000,000, more than the 10,000,000 this tool computes',
    ])
    expect(workloadProblems(shaped({ markups: 4_000, sections: 4_000 })).map(formatProblem)).toEqual([
      'markups: too many to compute: 4,000 markups × 4,000 sections = 16,000,000, more than the 10,000,000 this tool computes',
    ])
    expect(MAX_TABLE_CELLS).toBe(10_000_000)
  })

  it('refuses work that would run for minutes', () => {
    // 2,000 markups shared among 2,000 levers by 2,000 sections: 8 billion steps
    expect(workloadProblems(shaped({ levers: 2_000, sections: 2_000, markups: 2_000 })).map(formatProblem)).toEqual([
      'scenarios: too many to compute: 1 scenarios × 2,000 markups × 2,000 levers × 2,000 sections = 8,000,000,000, more than the 200,000,000 this tool computes',
    ])
    expect(MAX_WORK).toBe(200_000_000)
  })

  it('counts every scenario', () => {
    expect(workloadProblems(shaped({ levers: 1_000, phases: 9_000, scenarios: 10 }))).toEqual([])
    expect(workloadProblems(shaped({ levers: 1_000, phases: 9_000, scenarios: 30 })).map(p => p.message)).toEqual([
      'too many to compute: 30 scenarios × 1,000 levers × 9,001 phases and sections = 270,030,000, more than the 200,000,000 this tool computes',
    ])
  })

  it('is checked by readProjectText', () => {
    const r = readProjectText(JSON.stringify(shaped({ levers: 2_000, sections: 2_000, markups: 2_000 })))
    expect(r.ok ? [] : r.problems.map(p => p.path)).toEqual(['scenarios'])
  }, 10_000)
})

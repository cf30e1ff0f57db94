import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { computeProject } from '@/engine/compute'
import { parseProject } from '@/engine/validate'
import type { Project } from '@/engine/types'
import * as se from '@/stores/scenarioEdits'
import { fixtureProject } from '../support/builders'

/** The project after an edit is still a valid file. */
function valid(p: Project): Project {
  const parsed = parseProject(structuredClone(p))
  if (!parsed.ok) throw new Error(parsed.problems.map(x => `${x.path}: ${x.message}`).join('; '))
  return p
}
const totals = (p: Project) => computeProject(p).scenarios.map(c => [c.result.id, c.result.total])

describe('scenario edits', () => {
  it('adds an empty scenario (the project\'s plan, nothing adopted) and a copy of another', () => {
    const p = fixtureProject()
    const empty = se.addScenario(p, 'Plain')
    const copy = se.addScenario(p, 'AI 60 episodes', 'ai')
    expect([empty, copy]).toEqual(['plain', 'ai-60-episodes'])
    expect(p.scenarios[2]).toEqual({ id: 'plain', name: 'Plain', adoption: {} })
    expect(p.scenarios[3]).toEqual({ id: 'ai-60-episodes', name: 'AI 60 episodes', adoption: { 'ai-live-action': 100 }, overrides: p.scenarios[1]!.overrides })
    // A copy, not a shared object
    expect(p.scenarios[3]!.overrides).not.toBe(p.scenarios[1]!.overrides)
    valid(p)
    const t = Object.fromEntries(totals(p))
    expect(t.plain).toBe(t.baseline)
    expect(t['ai-60-episodes']).toBe(t.ai)
  })

  it('copies a scenario inside a draft that is a proxy (structuredClone refuses proxies)', () => {
    const p = reactive(fixtureProject())
    se.duplicateScenario(p, 'ai', 'Copy')
    expect(JSON.parse(JSON.stringify(p.scenarios[2]))).toEqual({ id: 'copy', name: 'Copy', adoption: { 'ai-live-action': 100 }, overrides: JSON.parse(JSON.stringify(p.scenarios[1]!.overrides)) })
  })

  it('gives a Chinese name an id of its own, and never an id in use', () => {
    const p = fixtureProject()
    expect(se.addScenario(p, '激进方案')).toBe('scenario')
    expect(se.addScenario(p, '另一个')).toBe('scenario-2')
    expect(se.duplicateScenario(p, 'ai', 'AI')).toBe('ai-2')
    // The duplicate sits right after its source, and is never a baseline
    expect(p.scenarios.map(s => s.id)).toEqual(['baseline', 'ai', 'ai-2', 'scenario', 'scenario-2'])
    expect(se.duplicateScenario(p, 'baseline', 'Copy')).toBe('copy')
    expect(p.scenarios[1]).toEqual({ id: 'copy', name: 'Copy', adoption: {} })
    valid(p)
  })

  it('renames a scenario and drops the translation of its old name', () => {
    const p = fixtureProject()
    p.scenarios[1]!.l10n = { 'zh-CN': { name: 'AI辅助' } }
    se.renameScenario(p, 'ai', 'AI, 60 episodes')
    expect(p.scenarios[1]!.name).toBe('AI, 60 episodes')
    expect(p.scenarios[1]!.l10n).toBeUndefined()
  })

  it('refuses to delete the baseline unless told which scenario takes its place', () => {
    const p = fixtureProject()
    expect(() => se.deleteScenario(p, 'baseline')).toThrow(se.ScenarioEditError)
    expect(() => se.deleteScenario(p, 'baseline', 'baseline')).toThrow(/cannot be deleted/)
    expect(p.scenarios).toHaveLength(2)
    se.deleteScenario(p, 'baseline', 'ai')
    expect(p.scenarios.map(s => [s.id, s.baseline])).toEqual([['ai', true]])
    valid(p)
    // The last scenario stays
    expect(() => se.deleteScenario(p, 'ai')).toThrow(/at least one/)
  })

  it('deletes another scenario, and moves the baseline flag on request', () => {
    const p = fixtureProject()
    se.addScenario(p, 'Third')
    se.deleteScenario(p, 'ai')
    expect(p.scenarios.map(s => s.id)).toEqual(['baseline', 'third'])
    se.setBaseline(p, 'third')
    expect(p.scenarios.map(s => s.baseline)).toEqual([undefined, true])
    valid(p)
  })

  it('reorders scenarios; an unflagged first baseline stays the baseline when it moves', () => {
    const p = fixtureProject()
    delete p.scenarios[0]!.baseline
    se.moveScenario(p, 'baseline', 1)
    expect(p.scenarios.map(s => [s.id, s.baseline])).toEqual([['ai', undefined], ['baseline', true]])
    se.moveScenario(p, 'baseline', 1) // already last
    expect(p.scenarios.map(s => s.id)).toEqual(['ai', 'baseline'])
    expect(computeProject(p).baselineId).toBe('baseline')
  })
})

describe('scenario overrides', () => {
  it('sets, reads and resets each kind of override, pruning what becomes empty', () => {
    const p = fixtureProject()
    const s = () => p.scenarios[1]!
    expect(se.listOverrides(p, s()).map(o => [o.ref, o.value, o.base])).toEqual([
      [{ kind: 'episodes' }, 60, 80],
      [{ kind: 'phase', id: 'shoot', field: 'days' }, 7, 8],
      [{ kind: 'line', id: 'dp', field: 'rate' }, 2800, 3000],
    ])
    se.setOverride(p, 'ai', { kind: 'line', id: 'camera', field: 'qty' }, { of: 'episodes', times: 0.1 })
    se.setOverride(p, 'ai', { kind: 'markup', id: 'contingency' }, 5)
    se.setOverride(p, 'ai', { kind: 'minutesPerEpisode' }, 2)
    se.setOverride(p, 'ai', { kind: 'fringe', id: 'social' }, 10)
    expect(se.effectiveValue(p, s(), { kind: 'line', id: 'camera', field: 'qty' })).toEqual({ of: 'episodes', times: 0.1 })
    expect(se.effectiveValue(p, s(), { kind: 'line', id: 'camera', field: 'rate' })).toBe(1500)
    valid(p)

    se.clearOverride(p, 'ai', { kind: 'line', id: 'dp', field: 'rate' })
    expect(s().overrides?.lines).toEqual({ camera: { qty: { of: 'episodes', times: 0.1 } } })
    // Setting the project's own value is a reset
    se.setOverride(p, 'ai', { kind: 'line', id: 'camera', field: 'qty' }, { of: 'phase:shoot' })
    se.setOverride(p, 'ai', { kind: 'episodes' }, 80)
    for (const ref of [{ kind: 'phase', id: 'shoot', field: 'days' }, { kind: 'markup', id: 'contingency' }, { kind: 'minutesPerEpisode' }, { kind: 'fringe', id: 'social' }] as const)
      se.clearOverride(p, 'ai', ref)
    expect(s().overrides).toBeUndefined()
    expect(se.listOverrides(p, s())).toEqual([])
  })

  it('changes only the scenario it is set on', () => {
    const p = fixtureProject()
    se.duplicateScenario(p, 'ai', 'AI copy')
    const before = Object.fromEntries(totals(p))
    se.setOverride(p, 'ai-copy', { kind: 'phase', id: 'shoot', field: 'days' }, 10)
    const after = Object.fromEntries(totals(p))
    expect(after.baseline).toBe(before.baseline)
    expect(after.ai).toBe(before.ai)
    expect(after['ai-copy']).toBeGreaterThan(before['ai-copy']!)
  })
})

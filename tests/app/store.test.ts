// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useProjectStore } from '@/stores/project'
import { defaultPreset } from '@/app/defaultPreset'
import * as edits from '@/stores/edits'

function freshStore() {
  setActivePinia(createPinia())
  return useProjectStore()
}

describe('project store: edits and history', () => {
  it('refuses an edit that would break the project and keeps the figures', () => {
    const store = freshStore()
    const before = store.project
    const problems = store.edit((p) => { p.lines[0]!.rate = Number.NaN })
    expect(problems.map(x => `${x.path}: ${x.message}`)).toEqual(['lines[0].rate: must be a number ≥ 0'])
    expect(store.project).toBe(before)
    expect(store.canUndo).toBe(false)
    expect(store.refused).toEqual(problems)
  })

  it('refuses a reference to something that does not exist, found by the rules that span the file', () => {
    const store = freshStore()
    const problems = store.update(p => edits.updateLine(p, 'director', l => ({ ...l, section: 'nowhere' })))
    expect(problems.map(x => `${x.path}: ${x.message}`)).toEqual(['lines[7].section: no section with id "nowhere"'])
  })

  it('an edit shares every line it does not change, and the undo history keeps versions, not copies', () => {
    const store = freshStore()
    const before = store.project
    store.update(p => edits.setLineNumber(p, 'director', 'rate', 3500))
    const after = store.project
    const j = after.lines.findIndex(l => l.id === 'director')
    after.lines.forEach((l, i) => { if (i !== j) expect(l).toBe(before.lines[i]) })
    expect(after.lines[j]).not.toBe(before.lines[j])
    expect(after.phases).toBe(before.phases)
    expect(after.scenarios).toBe(before.scenarios)
    expect(before.lines[j]!.rate).toBe(3000)
    store.undo()
    expect(store.project).toBe(before)
  })

  it('undoes and redoes every edit, exactly', () => {
    const store = freshStore()
    const t0 = store.result.scenarios[0]!.result.total
    store.update(p => edits.setLineNumber(p, 'director', 'rate', 3500))
    const t1 = store.result.scenarios[0]!.result.total
    // 8 shoot days × ¥500 more = ¥4,000; +10 % contingency = ¥4,400 = 440,000 fen
    expect(t1 - t0).toBe(440_000)
    store.undo()
    expect(store.result.scenarios[0]!.result.total).toBe(t0)
    store.redo()
    expect(store.result.scenarios[0]!.result.total).toBe(t1)
  })

  it('merges a slider drag into one undo step', () => {
    const store = freshStore()
    const start = store.project.scenarios.find(s => s.id === 'ai')!.adoption['ai-live-action']
    for (const v of [10, 20, 30, 40]) store.setAdoption('ai', 'ai-live-action', v)
    expect(store.project.scenarios.find(s => s.id === 'ai')!.adoption['ai-live-action']).toBe(40)
    store.undo()
    expect(store.project.scenarios.find(s => s.id === 'ai')!.adoption['ai-live-action']).toBe(start)
    expect(store.canUndo).toBe(false)
  })

  it('keeps each project’s undo history when another is opened, and brings it back', () => {
    const store = freshStore()
    store.open(defaultPreset(), { id: 'a' })
    store.update(p => edits.setLineNumber(p, 'director', 'rate', 3500))
    store.open(defaultPreset(), { id: 'b' })
    expect(store.canUndo).toBe(false)
    store.open(defaultPreset(), { id: 'a' })
    expect(store.canUndo).toBe(true)
    store.undo()
    expect(store.project.lines.find(l => l.id === 'director')!.rate).toBe(3000)
  })

  it('a read-only project (a shared link) refuses every edit and cannot be undone', () => {
    const store = freshStore()
    store.open(defaultPreset(), { id: null, readOnly: true })
    const before = store.project
    expect(store.update(p => edits.setLineNumber(p, 'director', 'rate', 1))).toHaveLength(1)
    store.setAdoption('ai', 'ai-live-action', 5)
    expect(store.project).toBe(before)
    expect(store.canUndo).toBe(false)
  })

  it('an edit that throws is reported as refused, never half-applied', () => {
    const store = freshStore()
    const before = store.project
    const problems = store.update(p => edits.setLineNumber(p, 'no-such-line', 'rate', 1))
    expect(problems[0]!.message).toMatch(/no line "no-such-line"/)
    expect(store.project).toBe(before)
  })
})

describe('project store: amounts out of range', () => {
  it('refuses an edit whose amounts cannot be added up exactly, and says so', () => {
    const store = freshStore()
    const total = store.result.scenarios[0]!.result.total
    const problems = store.update(p => edits.setLineNumber(p, 'director', 'rate', 1e15))
    expect(problems).toHaveLength(1)
    expect(problems[0]!.path).toBe('lines[7]')
    expect(problems[0]!.message).toMatch(/^too large to add up exactly to the cent \(lines\[7\] \("director"\): amount out of range/)
    expect(store.result.scenarios[0]!.result.total).toBe(total)
  })

  it('refuses a slider move that would overflow, and keeps the figures', () => {
    const store = freshStore()
    // A tool cost of 10^13 per minute is valid while no scenario adopts the lever, but at 100 %
    // adoption over 120 minutes it overflows
    expect(store.edit((p) => {
      p.levers![0]!.toolCost!.amount = 1e13
      for (const s of p.scenarios) delete s.adoption[p.levers![0]!.id]
    })).toEqual([])
    const total = store.result.scenarios[1]!.result.total
    store.setAdoption('ai', store.project.levers![0]!.id, 100)
    expect(store.refused[0]!.path).toBe('levers[0]')
    expect(store.result.scenarios[1]!.result.total).toBe(total)
  })
})

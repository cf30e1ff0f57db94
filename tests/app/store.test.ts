// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useProjectStore } from '@/stores/project'
import { KEPT_PREFIX, SAVE_KEY, keptAside } from '@/app/storage'
import { defaultPreset } from '@/app/presets'
import * as edits from '@/stores/edits'

function freshStore() {
  setActivePinia(createPinia())
  return useProjectStore()
}

beforeEach(() => localStorage.clear())

describe('project store: autosave', () => {
  it('opens on the default preset when nothing is saved', () => {
    const store = freshStore()
    expect(store.project.meta.title).toBe(defaultPreset().meta.title)
    expect(store.keptAside).toBeNull()
    expect(store.edited).toBe(false)
  })

  it('restores an edit after a reload (a new Pinia over the same storage)', () => {
    // Given an edit of the director's rate, saved
    const first = freshStore()
    first.edit(p => edits.setLineNumber(p, 'director', 'rate', 3210))
    first.flush()
    const total = first.result.scenarios[0]!.result.total
    // When the app starts again
    const second = freshStore()
    // Then the edit and its figures are there, and the project still counts as edited
    expect(second.project.lines.find(l => l.id === 'director')!.rate).toBe(3210)
    expect(second.result.scenarios[0]!.result.total).toBe(total)
    expect(second.edited).toBe(true)
    expect(second.keptAside).toBeNull()
  })

  it('keeps an unreadable saved state aside, tells the user and opens the default preset', () => {
    localStorage.setItem(SAVE_KEY, '{"savedAt": "x", "project": {oops')
    const store = freshStore()
    expect(store.keptAside).not.toBeNull()
    expect(store.keptAside!.problems[0]).toMatch(/^not valid JSON/)
    // Nothing is deleted: the raw text is kept, byte for byte, under its own key
    const key = store.keptAside!.key
    expect(key.startsWith(KEPT_PREFIX)).toBe(true)
    expect(localStorage.getItem(key)).toBe('{"savedAt": "x", "project": {oops')
    expect(keptAside(localStorage)).toEqual([key])
    expect(store.project.meta.title).toBe(defaultPreset().meta.title)
  })

  it('keeps aside a saved project that breaks the file rules, with the problems', () => {
    const broken = defaultPreset()
    broken.lines[0]!.rate = -5
    localStorage.setItem(SAVE_KEY, JSON.stringify({ savedAt: 'x', edited: true, project: broken }))
    const store = freshStore()
    expect(store.keptAside!.problems).toEqual(['lines[0].rate: must be a number ≥ 0'])
    expect(JSON.parse(localStorage.getItem(store.keptAside!.key)!).project.lines[0].rate).toBe(-5)
  })
})

describe('project store: edits and history', () => {
  it('refuses an edit that would break the project and keeps the figures', () => {
    const store = freshStore()
    const before = store.project
    const problems = store.edit(p => { p.lines[0]!.rate = Number.NaN })
    expect(problems.map(x => `${x.path}: ${x.message}`)).toEqual(['lines[0].rate: must be a number ≥ 0'])
    expect(store.project).toBe(before)
    expect(store.canUndo).toBe(false)
  })

  it('undoes and redoes every edit, exactly', () => {
    const store = freshStore()
    const t0 = store.result.scenarios[0]!.result.total
    store.edit(p => edits.setLineNumber(p, 'director', 'rate', 3500))
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

  it('replacing the project can be undone', async () => {
    const store = freshStore()
    const title = store.project.meta.title
    await store.startFromPreset('us-vertical-drama')
    expect(store.project.meta.currency).toBe('USD')
    expect(store.edited).toBe(false)
    store.undo()
    expect(store.project.meta.title).toBe(title)
  })
})

describe('project store: amounts out of range', () => {
  it('refuses an edit whose amounts cannot be added up exactly, and says so', () => {
    setActivePinia(createPinia())
    const store = useProjectStore()
    const total = store.result.scenarios[0]!.result.total
    const problems = store.edit(p => edits.setLineNumber(p, 'director', 'rate', 1e15))
    expect(problems).toHaveLength(1)
    expect(problems[0]!.message).toMatch(/^amounts too large to compute exactly/)
    expect(store.result.scenarios[0]!.result.total).toBe(total)
  })
})

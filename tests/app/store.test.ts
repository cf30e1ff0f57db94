// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
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
    expect(problems[0]!.path).toBe('lines[7]')
    expect(problems[0]!.message).toMatch(/^too large to add up exactly to the cent \(lines\[7\] \("director"\): amount out of range/)
    expect(store.result.scenarios[0]!.result.total).toBe(total)
  })
})

describe('project store: states the engine cannot compute', () => {
  it('refuses a slider move that would overflow, and keeps the figures', () => {
    setActivePinia(createPinia())
    const store = useProjectStore()
    // A tool cost of 10^13 per minute is valid while no scenario adopts the lever, but at 100 %
    // adoption over 120 minutes it overflows
    expect(store.edit((p) => {
      p.levers![0]!.toolCost!.amount = 1e13
      for (const s of p.scenarios) delete s.adoption[p.levers![0]!.id]
    })).toEqual([])
    const total = store.result.scenarios[1]!.result.total
    store.setAdoption('ai', p0(store), 100)
    expect(store.refused[0]!.path).toBe('levers[0]')
    expect(store.result.scenarios[1]!.result.total).toBe(total)
  })

  it('keeps aside a saved project whose amounts cannot be added up, instead of failing to start', () => {
    const broken = defaultPreset()
    broken.lines[0]!.rate = 1e15
    localStorage.setItem(SAVE_KEY, JSON.stringify({ savedAt: 'x', edited: true, project: broken }))
    setActivePinia(createPinia())
    const store = useProjectStore()
    expect(store.keptAside!.problems[0]).toMatch(/^lines\[0\]: too large to add up exactly/)
    expect(store.project.lines[0]!.rate).toBe(defaultPreset().lines[0]!.rate)
  })
})

function p0(store: ReturnType<typeof useProjectStore>): string {
  return store.project.levers![0]!.id
}

describe('project store: storage trouble', () => {
  it('when the unreadable state cannot be copied aside, it stays and nothing is saved over it until dismissed', () => {
    const raw = '{"broken": true'
    localStorage.setItem(SAVE_KEY, raw)
    const setItem = Storage.prototype.setItem
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith(KEPT_PREFIX)) throw new DOMException('full', 'QuotaExceededError')
      setItem.call(this, key, value)
    })
    try {
      setActivePinia(createPinia())
      const store = useProjectStore()
      expect(store.keptAside).toMatchObject({ key: SAVE_KEY, stuck: true })
      store.edit(p => edits.setLineNumber(p, 'director', 'rate', 3100))
      store.flush()
      expect(localStorage.getItem(SAVE_KEY)).toBe(raw)
      expect(store.saveState).toBe('failed')
      store.dismissKeptAside()
      store.edit(p => edits.setLineNumber(p, 'director', 'rate', 3200))
      store.flush()
      expect(JSON.parse(localStorage.getItem(SAVE_KEY)!).project.lines.find((l: { id: string }) => l.id === 'director').rate).toBe(3200)
      expect(store.saveState).toBe('saved')
    }
    finally {
      spy.mockRestore()
    }
  })

  it('opens and works without storage when the browser blocks it', () => {
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('blocked', 'SecurityError') })
    try {
      setActivePinia(createPinia())
      const store = useProjectStore()
      expect(store.saveState).toBe('failed')
      expect(store.edit(p => edits.setLineNumber(p, 'director', 'rate', 3100))).toEqual([])
      store.flush()
      expect(store.project.lines.find(l => l.id === 'director')!.rate).toBe(3100)
    }
    finally {
      spy.mockRestore()
    }
  })
})

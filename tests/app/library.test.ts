// @vitest-environment jsdom
/**
 * The project library over a real IndexedDB implementation (fake-indexeddb, in memory): what a
 * producer does with projects, the move from older versions' localStorage, two tabs, and a
 * browser that refuses to store anything.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { Library } from '@/app/library'
import { defaultPreset } from '@/app/defaultPreset'
import { loadPreset } from '@/app/presets'
import { KEPT_PREFIX, SAVE_KEY } from '@/app/storage'
import * as edits from '@/stores/edits'
import { useLibraryStore } from '@/stores/library'
import { useProjectStore } from '@/stores/project'

let db = ''
let n = 0
beforeEach(() => {
  db = `test-library-${++n}`
  localStorage.clear()
})
const opened: ReturnType<typeof useLibraryStore>[] = []
afterEach(() => {
  for (const l of opened.splice(0)) l.close()
})

/** A tab of the app: its own Pinia over the shared database. */
async function tab(options: { storage?: Storage | null, hash?: string } = {}) {
  setActivePinia(createPinia())
  const library = useLibraryStore()
  const store = useProjectStore()
  opened.push(library)
  await library.init({ dbName: db, storage: options.storage ?? null, hash: options.hash })
  return { library, store }
}

const rate = (p: { lines: { id: string, rate: number }[] }, id: string) => p.lines.find(l => l.id === id)!.rate

describe('library: a producer’s projects', () => {
  it('starts with the default preset as a project of the library, and saves every edit', async () => {
    const { library, store } = await tab()
    expect(library.available).toBe(true)
    expect(library.active).toHaveLength(1)
    expect(store.project.meta.title).toBe(defaultPreset().meta.title)
    expect(store.saveState).toBe('saved')

    store.update(p => edits.setLineNumber(p, 'director', 'rate', 3210))
    expect(store.saveState).toBe('pending')
    await store.flush()
    expect(store.saveState).toBe('saved')

    // A reload: a new tab opens on the same project, with the edit
    const again = await tab()
    expect(again.store.projectId).toBe(store.projectId)
    expect(rate(again.store.project, 'director')).toBe(3210)
    // The list shows the baseline total the engine computes
    expect(again.library.active[0]!.total).toBe(again.store.result.scenarios.find(c => c.result.baseline)!.result.total)
  })

  it('a new project is added next to the others and never replaces one', async () => {
    const { library, store } = await tab()
    const first = store.projectId
    store.update(p => edits.setLineNumber(p, 'director', 'rate', 3210))
    await library.newFromPreset('us-vertical-drama')
    expect(store.project.meta.currency).toBe('USD')
    expect(store.projectId).not.toBe(first)
    expect(library.active.map(p => p.currency).sort()).toEqual(['CNY', 'USD'])
    await library.openProject(first!)
    expect(rate(store.project, 'director')).toBe(3210)
  })

  it('renames, duplicates, moves to the trash, restores and deletes for good', async () => {
    const { library, store } = await tab()
    const id = store.projectId!
    await library.rename(id, 'Heiress, season 2')
    expect(store.project.meta.title).toBe('Heiress, season 2')
    expect(library.active[0]!.title).toBe('Heiress, season 2')

    await library.duplicate(id)
    expect(library.active.map(p => p.title).sort()).toEqual(['Heiress, season 2', 'Heiress, season 2 (copy)'])
    const copy = library.active.find(p => p.title.endsWith('(copy)'))!
    // Renaming a project that is not open rewrites its file too
    await library.rename(copy.id, 'Spin-off')
    await library.openProject(copy.id)
    expect(store.project.meta.title).toBe('Spin-off')

    // Deleting the open project opens another one; the deleted one waits in the trash
    await library.moveToTrash(copy.id)
    expect(store.projectId).toBe(id)
    expect(library.trash.map(p => p.title)).toEqual(['Spin-off'])
    expect(library.notices.at(-1)!.key).toBe('library.trashed')
    // The notice's undo brings it back
    await library.notices.at(-1)!.actions![0]!.run()
    expect(library.trash).toEqual([])
    expect(library.active).toHaveLength(2)

    await library.moveToTrash(copy.id)
    await library.purge(copy.id)
    expect(library.projects.map(p => p.id)).toEqual([id])
  })

  it('deleting the only project opens a new one from the default preset', async () => {
    const { library, store } = await tab()
    const only = store.projectId!
    await library.moveToTrash(only)
    expect(store.projectId).not.toBe(only)
    expect(library.active).toHaveLength(1)
    expect(library.trash.map(p => p.id)).toEqual([only])
  })
})

describe('library: moving what older versions saved', () => {
  it('moves the saved project and every unreadable copy into the library, and removes them from localStorage only then', async () => {
    const saved = defaultPreset()
    saved.lines.find(l => l.id === 'director')!.rate = 3333
    localStorage.setItem(SAVE_KEY, JSON.stringify({ savedAt: '2026-11-20T10:00:00.000Z', edited: true, project: saved }))
    localStorage.setItem(`${KEPT_PREFIX}2026-11-01T09:00:00.000Z`, '{"savedAt": "x", "project": {oops')
    const broken = defaultPreset()
    broken.lines[0]!.rate = -5
    localStorage.setItem(`${KEPT_PREFIX}2026-11-02T09:00:00.000Z`, JSON.stringify({ savedAt: '2026-11-02T09:00:00.000Z', project: broken }))
    localStorage.setItem('unrelated', 'stays')

    const { library, store } = await tab({ storage: localStorage })
    // The saved project is the one opened, with its edit
    expect(rate(store.project, 'director')).toBe(3333)
    expect(library.active).toHaveLength(1)
    // The unreadable copies are kept, byte for byte, with their problems
    expect(library.kept.map(k => k.problems[0])).toEqual([
      'lines[0].rate: must be a number ≥ 0',
      expect.stringMatching(/^not valid JSON/),
    ])
    expect(library.kept[1]!.text).toBe('{"savedAt": "x", "project": {oops')
    expect(library.notices.some(x => x.key === 'robust.unreadableCopies')).toBe(true)
    expect(Object.keys(localStorage)).toEqual(['unrelated'])

    // A second start finds nothing more to move, and opens the same project
    const again = await tab({ storage: localStorage })
    expect(again.library.active).toHaveLength(1)
    expect(again.store.projectId).toBe(store.projectId)
  })

  it('when the library refuses a saved state, it stays in localStorage', async () => {
    localStorage.setItem(SAVE_KEY, JSON.stringify({ savedAt: '2026-11-20T10:00:00.000Z', project: defaultPreset() }))
    const create = vi.spyOn(Library.prototype, 'create').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'))
    try {
      await tab({ storage: localStorage })
      expect(localStorage.getItem(SAVE_KEY)).not.toBeNull()
    }
    finally {
      create.mockRestore()
    }
  })
})

describe('library: storage trouble', () => {
  it('a full store is reported; the edit stays in the tab and is saved once there is room', async () => {
    const { store, library } = await tab()
    const save = vi.spyOn(Library.prototype, 'save').mockResolvedValueOnce({ ok: false, reason: 'refused', message: 'the browser storage is full' })
    try {
      store.update(p => edits.setLineNumber(p, 'director', 'rate', 4444))
      await store.flush()
      expect(store.saveState).toBe('failed')
      expect(store.saveError).toBe('the browser storage is full')
      expect(rate(store.project, 'director')).toBe(4444)
      // The next edit saves both
      store.update(p => edits.setLineNumber(p, 'director', 'count', 2))
      await store.flush()
      expect(store.saveState).toBe('saved')
    }
    finally {
      save.mockRestore()
    }
    const again = await tab()
    expect(again.store.project.lines.find(l => l.id === 'director')).toMatchObject({ rate: 4444, count: 2 })
    expect(library.available).toBe(true)
  })

  it('a blocked store: the app still opens and works, says nothing is saved, and offers the file', async () => {
    const open = vi.spyOn(Library, 'tryOpen').mockResolvedValueOnce({ failure: 'error' })
    try {
      const { store, library } = await tab()
      expect(library.available).toBe(false)
      expect(store.saveState).toBe('off')
      expect(library.notices.map(x => x.key)).toContain('library.unavailable')
      expect(store.update(p => edits.setLineNumber(p, 'director', 'rate', 3100))).toEqual([])
      expect(rate(store.project, 'director')).toBe(3100)
      expect(store.saveState).toBe('off')
    }
    finally {
      open.mockRestore()
    }
  })
})

describe('library: two tabs on one project', () => {
  it('a tab with no change of its own follows the other tab’s saves', async () => {
    const a = await tab()
    const b = await tab()
    expect(b.store.projectId).toBe(a.store.projectId)
    a.store.update(p => edits.setLineNumber(p, 'director', 'rate', 3500))
    await a.store.flush()
    await vi.waitFor(() => expect(rate(b.store.project, 'director')).toBe(3500))
    // Then B edits another line on top: both edits are in the library
    b.store.update(p => edits.setLineNumber(p, 'dp', 'rate', 1900))
    await b.store.flush()
    const c = await tab()
    expect(rate(c.store.project, 'director')).toBe(3500)
    expect(rate(c.store.project, 'dp')).toBe(1900)
  })

  it('two tabs editing at the same time: the later save keeps its version as a copy, nothing is lost', async () => {
    const a = await tab()
    const b = await tab()
    a.store.update(p => edits.setLineNumber(p, 'director', 'rate', 3500))
    b.store.update(p => edits.setLineNumber(p, 'dp', 'rate', 1900))
    await a.store.flush()
    await b.store.flush()
    await vi.waitFor(() => expect(b.library.notices.map(x => x.key)).toContain('tabs.conflict'))
    // B now shows A's version; B's own edit is a copy in the library
    expect(rate(b.store.project, 'director')).toBe(3500)
    const copy = b.library.active.find(p => p.title.endsWith('(kept from another tab)'))!
    expect(copy).toBeDefined()
    await b.library.openProject(copy.id)
    expect(rate(b.store.project, 'dp')).toBe(1900)
    expect(rate(b.store.project, 'director')).toBe(3000)
  })
})

describe('library: files', () => {
  it('a project saved as a file and opened again is the same project, added as a new one', async () => {
    const { library, store } = await tab()
    const us = await loadPreset('us-vertical-drama')
    const text = `${JSON.stringify({ ...us, extra: { kept: true } }, null, 2)}\n`
    expect((await library.openFile(new File([text], 'us.json'))).ok).toBe(true)
    expect(store.project).toEqual({ ...us, extra: { kept: true } })
    expect(library.active).toHaveLength(2)
  })

  it('a refused file lists every problem and leaves the open project untouched', async () => {
    const { library, store } = await tab()
    const before = store.project
    const bad = defaultPreset() as unknown as { lines: { rate: unknown }[], schemaVersion: unknown }
    bad.lines[0]!.rate = -1
    bad.lines[1]!.rate = 'a lot'
    expect((await library.openFile(new File([JSON.stringify(bad)], 'bad.json'))).ok).toBe(false)
    const notice = library.notices.at(-1)!
    expect(notice.key).toBe('files.refused')
    expect(notice.problems!.map(p => p.path)).toEqual(['lines[0].rate', 'lines[1].rate'])
    expect(store.project).toBe(before)
    expect(library.active).toHaveLength(1)
  })

  it('a file just past the 20 MB limit says a size past the limit, rounded up (never "20 MB, at most 20 MB")', async () => {
    const { library, store } = await tab()
    const before = store.project
    const big = new File([new Uint8Array(20 * 1024 * 1024 + 10)], 'big.json')
    expect((await library.openFile(big)).ok).toBe(false)
    const notice = library.notices.at(-1)!
    expect(notice.key).toBe('files.tooBig')
    expect(notice.params).toMatchObject({ name: 'big.json', size: 20.1 })
    expect(store.project).toBe(before)
  })
})

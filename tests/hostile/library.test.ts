// @vitest-environment jsdom
/**
 * Hostile stored data and hostile browsers (issues 14 and 18): a library record that does not
 * hold, a storage that never answers, older saved states that cannot be moved, a share link that
 * is not one, a project trashed in another tab, a reload in the middle of a save. The app always
 * starts, says what it could not read, and loses nothing.
 */
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { createStore, get, set } from 'idb-keyval'
import { compressToEncodedURIComponent } from 'lz-string'
import { Library } from '@/app/library'
import { typedCellPending, watchLeaving } from '@/app/leaving'
import { PENDING_PREFIX, readPendings, writePending } from '@/app/pending'
import { defaultPreset } from '@/app/defaultPreset'
import { summaryProblems } from '@/app/records'
import { KEPT_PREFIX, SAVE_KEY } from '@/app/storage'
import * as edits from '@/stores/edits'
import { useLibraryStore } from '@/stores/library'
import { useProjectStore } from '@/stores/project'

let db = ''
let n = 0
beforeEach(() => {
  db = `hostile-library-${++n}`
  localStorage.clear()
})
const opened: ReturnType<typeof useLibraryStore>[] = []
afterEach(() => {
  for (const l of opened.splice(0)) l.close()
})

async function tab(options: { storage?: Storage | null, hash?: string, openTimeoutMs?: number } = {}) {
  setActivePinia(createPinia())
  const library = useLibraryStore()
  const store = useProjectStore()
  opened.push(library)
  await library.init({ dbName: db, storage: options.storage ?? null, hash: options.hash, openTimeoutMs: options.openTimeoutMs })
  return { library, store }
}
const rate = (p: { lines: { id: string, rate: number }[] }, id: string) => p.lines.find(l => l.id === id)!.rate

describe('a stored record that does not hold', () => {
  it('names every field of a summary that is wrong', () => {
    expect(summaryProblems({ id: 'a', title: 't', currency: 'CNY', total: 1, digits: 2, scenarioCount: 1, lineCount: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: null, deletedAt: null, rev: 1 }))
      .toEqual(['updatedAt: must be a date (ISO 8601 text), got null'])
    expect(summaryProblems(null)).toEqual(['the record must be an object, got null'])
    expect(summaryProblems({ id: '', title: 5, total: 1.5, rev: 0, createdAt: 'yesterday' })).toHaveLength(11)
  })

  it('updatedAt: null — the app starts, the other projects are reachable, the record is an unreadable copy', async () => {
    const first = await tab()
    const good = first.store.projectId!
    first.library.close()
    // Another version of the app (or a broken disk) left a record without a date
    const raw = createStore(db, 'library')
    const body = JSON.stringify({ ...defaultPreset(), meta: { ...defaultPreset().meta, title: 'Kept body' } })
    await set('p:broken', { id: 'broken', title: 'Broken', currency: 'CNY', total: 1, digits: 2, scenarioCount: 1, lineCount: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: null, deletedAt: null, rev: 1 }, raw)
    await set('b:broken', body, raw)
    await set('k:bad-kept', { key: 'bad-kept', savedAt: null, text: 'x', problems: 'not a list' }, raw)

    const { library, store } = await tab()
    expect(store.projectId).toBe(good)
    expect(library.active.map(p => p.id)).toEqual([good])
    const copy = library.kept.find(k => k.key === 'record:broken')!
    expect(copy.problems).toEqual(['updatedAt: must be a date (ISO 8601 text), got null'])
    expect(copy.text).toBe(body) // the project text can be downloaded and repaired
    expect(library.kept.find(k => k.key === 'bad-kept')).toMatchObject({ savedAt: '', problems: [] })
    expect(library.notices.find(x => x.key === 'robust.unreadableCopies')?.params).toEqual({ n: 2 })

    // Removing the copy removes the record for good; the good project stays
    await library.removeKept('record:broken')
    expect(await get('p:broken', raw)).toBeUndefined()
    expect(library.kept.map(k => k.key)).toEqual(['bad-kept'])
  })
})

describe('a storage that never answers (Safari private windows)', () => {
  it('gives up after the time set, runs without saving, and says so with the way out', async () => {
    const never = { onsuccess: null, onerror: null, onupgradeneeded: null, onblocked: null } as unknown as IDBOpenDBRequest
    const open = vi.spyOn(indexedDB, 'open').mockReturnValue(never)
    try {
      const { library, store } = await tab({ openTimeoutMs: 30 })
      expect(library.available).toBe(false)
      expect(library.notices.find(x => x.key === 'robust.storageTimeout')?.params).toEqual({ s: 0.03 })
      expect(store.update(p => edits.setLineNumber(p, 'director', 'rate', 3100))).toEqual([])
      expect(rate(store.project, 'director')).toBe(3100)
      expect(store.saveState).toBe('off')
    }
    finally {
      open.mockRestore()
    }
  })
})

describe('older saved states that cannot be moved', () => {
  it.each([
    ['a date that is not one', { savedAt: 'last Tuesday', project: defaultPreset() }, 'savedAt: must be a date, got "last Tuesday"'],
    ['an amount out of range', { savedAt: '2026-11-02T09:00:00.000Z', project: { ...defaultPreset(), lines: defaultPreset().lines.map((l, i) => (i === 0 ? { ...l, rate: 1e300 } : l)) } }, /^lines\[0\]\.rate: out of range/],
  ])('keeps a state with %s as an unreadable copy, and says so', async (_, state, problem) => {
    localStorage.setItem(SAVE_KEY, JSON.stringify(state))
    const { library } = await tab({ storage: localStorage })
    expect(library.kept).toHaveLength(1)
    expect(library.kept[0]!.problems[0]).toEqual(typeof problem === 'string' ? problem : expect.stringMatching(problem))
    expect(library.kept[0]!.text).toBe(JSON.stringify(state))
    expect(library.notices.map(x => x.key)).toContain('robust.unreadableCopies')
    expect(localStorage.getItem(SAVE_KEY)).toBeNull()
  })

  it('keeps the kept copies of earlier versions whose date is not a date', async () => {
    localStorage.setItem(`${KEPT_PREFIX}not-a-date`, '{"savedAt": 5, "project": {}}')
    const { library } = await tab({ storage: localStorage })
    expect(library.kept.map(k => k.savedAt)).toEqual([''])
  })
})

describe('a reload in the middle of a save', () => {
  it('a change written on the way out is saved at the next start', async () => {
    const a = await tab({ storage: localStorage })
    const id = a.store.projectId!
    const changed = edits.setLineNumber(a.store.project, 'director', 'rate', 4321)
    // The page went away before its save: only the change written on pagehide is left
    writePending(localStorage, { id, baseRev: a.store.rev, text: JSON.stringify(changed), savedAt: new Date().toISOString() })
    a.library.close()
    const b = await tab({ storage: localStorage })
    expect(b.store.projectId).toBe(id)
    expect(rate(b.store.project, 'director')).toBe(4321)
    expect(readPendings(localStorage)).toEqual([])
  })

  it('a change made from a revision another tab has since replaced is kept as a copy', async () => {
    const a = await tab({ storage: localStorage })
    const id = a.store.projectId!
    const stale = { id, baseRev: a.store.rev, text: JSON.stringify(edits.setLineNumber(a.store.project, 'director', 'rate', 1111)), savedAt: new Date().toISOString() }
    a.store.update(p => edits.setLineNumber(p, 'dp', 'rate', 2222))
    await a.store.flush()
    writePending(localStorage, stale)
    const b = await tab({ storage: localStorage })
    expect(rate(b.store.project, 'dp')).toBe(2222)
    const copy = b.library.active.find(p => p.title.endsWith('(kept from another tab)'))!
    await b.library.openProject(copy.id)
    expect(rate(b.store.project, 'director')).toBe(1111)
    expect(Object.keys(localStorage).filter(k => k.startsWith(PENDING_PREFIX))).toEqual([])
  })
})

describe('a file that breaks the rules a million times', () => {
  it('is refused with its first problems, and says the check stopped', async () => {
    const { library, store } = await tab()
    const before = store.project
    const doc = { ...defaultPreset(), lines: Array.from({ length: 125_000 }, () => ({})) }
    const outcome = await library.openFile(new File([JSON.stringify(doc)], 'million.json'))
    expect(outcome.ok).toBe(false)
    const notice = library.notices.find(x => x.key === 'robust.refusedMany')!
    expect(notice.params).toEqual({ name: 'million.json', n: 1000 })
    expect(notice.problems).toHaveLength(1000)
    expect(notice.problems![0]).toEqual({ path: 'lines[0].id', message: 'is required' })
    expect(store.project).toBe(before)
  })
})

describe('the page going away', () => {
  it('saves on pagehide and when hidden, and asks before leaving only while a cell holds typed text', () => {
    const hide = vi.fn()
    let draft = false
    const stop = watchLeaving({ hide, hasDraft: () => draft })
    try {
      window.dispatchEvent(new Event('pagehide'))
      expect(hide).toHaveBeenCalledTimes(1)
      const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
      document.dispatchEvent(new Event('visibilitychange'))
      visibility.mockReturnValue('visible')
      document.dispatchEvent(new Event('visibilitychange'))
      expect(hide).toHaveBeenCalledTimes(2)
      visibility.mockRestore()

      const leave = () => {
        const e = new Event('beforeunload', { cancelable: true })
        window.dispatchEvent(e)
        return e.defaultPrevented
      }
      expect(leave()).toBe(false)
      draft = true
      expect(leave()).toBe(true)
    }
    finally {
      stop()
    }
    window.dispatchEvent(new Event('pagehide'))
    expect(hide).toHaveBeenCalledTimes(2)
  })

  it('finds a grid cell holding typed text', () => {
    document.body.innerHTML = '<input data-cell="rate">'
    expect(typedCellPending()).toBe(false)
    document.body.innerHTML = '<input data-cell="rate" data-dirty="true">'
    expect(typedCellPending()).toBe(true)
    document.body.innerHTML = ''
  })

  it('writes the open project\'s pending change on pagehide, at once', async () => {
    const { store } = await tab({ storage: localStorage })
    store.update(p => edits.setLineNumber(p, 'director', 'rate', 2468))
    window.dispatchEvent(new Event('pagehide'))
    // written synchronously, before any save could finish
    expect(readPendings(localStorage).map(p => ({ id: p.id, rate: rate(JSON.parse(p.text), 'director') }))).toEqual([{ id: store.projectId, rate: 2468 }])
    await store.flush()
    await vi.waitFor(() => expect(readPendings(localStorage)).toEqual([]))
  })
})

describe('a project trashed in another tab', () => {
  it('is said in this tab, with Restore and Keep a copy', async () => {
    const a = await tab()
    const b = await tab()
    const id = a.store.projectId!
    expect(b.store.projectId).toBe(id)
    await a.library.moveToTrash(id)
    await vi.waitFor(() => expect(b.library.notices.map(x => x.key)).toContain('robust.trashedElsewhere'))
    const notice = b.library.notices.find(x => x.key === 'robust.trashedElsewhere')!
    expect(notice.actions!.map(x => x.key)).toEqual(['robust.restoreIt', 'robust.keepCopy'])
    // Keep a copy: a new project with this tab's version
    b.store.update(p => edits.setLineNumber(p, 'director', 'rate', 3456))
    await notice.actions![1]!.run()
    expect(b.store.projectId).not.toBe(id)
    expect(rate(b.store.project, 'director')).toBe(3456)
    expect(b.library.active.some(p => p.id === b.store.projectId && p.title.endsWith('(copy)'))).toBe(true)
    // Restore: back in the library, in both tabs
    await notice.actions![0]!.run()
    await vi.waitFor(() => expect(a.library.active.some(p => p.id === id)).toBe(true))
  })
})

describe('a share link that cannot be read', () => {
  it('refuses 1.9 MB of link data by its size, before decompressing anything', async () => {
    const { library, store } = await tab({ hash: `#/overview?project=${'A'.repeat(1_900_000)}` })
    expect(library.shared).toBeNull()
    expect(store.readOnly).toBe(false)
    expect(library.notices.find(x => x.key === 'robust.shareTooLong')?.params).toEqual({ kb: 1855, max: 32 })
  })

  it('says when the data is not a compressed project', async () => {
    const { library } = await tab({ hash: '#/overview?project=%%%not-lz' })
    expect(library.notices.map(x => x.key)).toContain('robust.shareNotData')
  })

  it('lists the problems of a project that does not hold', async () => {
    const bad = { ...defaultPreset(), lines: defaultPreset().lines.map((l, i) => (i === 0 ? { ...l, rate: -1 } : l)) }
    const { library } = await tab({ hash: `#/overview?project=${compressToEncodedURIComponent(JSON.stringify(bad))}` })
    const notice = library.notices.find(x => x.key === 'share.unreadable')!
    expect(notice.problems).toEqual([{ path: 'lines[0].rate', message: 'must be a number ≥ 0' }])
  })

  it('a link pasted into a tab that already has the app is shown; choosing a view keeps it in the address', async () => {
    const { library, store } = await tab()
    const us = { ...defaultPreset(), meta: { ...defaultPreset().meta, title: 'Shared one' } }
    const data = compressToEncodedURIComponent(JSON.stringify(us))
    location.hash = `#/budget?scenario=ai&project=${data}`
    await vi.waitFor(() => expect(library.shared).toEqual({ scenario: 'ai' }))
    expect(store.project.meta.title).toBe('Shared one')
    expect(store.readOnly).toBe(true)
    // A view chosen inside the shared link: the project stays in the address
    location.hash = '#/schedule'
    await vi.waitFor(() => expect(location.hash).toBe(`#/schedule?scenario=ai&project=${data}`))
  })
})

describe('reading a stored project', () => {
  it('Library.tryOpen says why it could not open', async () => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => { throw new Error('blocked') })
    try {
      expect(await Library.tryOpen(`x-${n}`, 50)).toEqual({ failure: 'error' })
    }
    finally {
      open.mockRestore()
    }
  })
})

/**
 * The producer's projects: the library in this browser, files in and out, share links, and the
 * other tabs of the app. Opening, creating and deleting go through here; the open project's own
 * editing and saving are in stores/project.ts.
 */
import { errorCause } from '@/app/errorCause'
import { withDistinctTitle } from '@/app/distinctTitle'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { localised } from '@/app/labels'
import { Library, OPEN_TIMEOUT_MS, summaryTitle } from '@/app/library'
import type { KeptCopy, ProjectSummary } from '@/app/library'
import { typedCellPending, watchLeaving } from '@/app/leaving'
import { clearPending, writePending } from '@/app/pending'
import { blankProject, DEFAULT_PRESET, loadPreset } from '@/app/presets'
import { download, projectFileName, projectFileText } from '@/app/files'
import { readProject } from '@/app/readProject'
import { shareLink, shareParams } from '@/app/share'
import type { ShareLink } from '@/app/share'
import { openTabChannel } from '@/app/tabs'
import type { TabChannel, TabMessage } from '@/app/tabs'
import { stoppedEarly } from '@/engine/problems'
import type { Project } from '@/engine/types'
import { readProjectFile, readStoredText } from './libraryOpen'
import type { FileOutcome } from './libraryOpen'
import { migrateLegacy, recoverPendings, withTitle } from './libraryRecover'
import { createShareView } from './libraryShare'
import { createNotices, trashedElsewhere } from './notices'
import { summaryFigures, useProjectStore } from './project'
import { useUiStore } from './ui'

export type { Notice } from './notices'

/** Titles the library gives to copies, in the user's language (set by the app). */
export interface LibraryTexts {
  copyTitle: (title: string) => string
  conflictTitle: (title: string) => string
}

const LAST_OPEN = 'lastOpen'

export const useLibraryStore = defineStore('library', () => {
  const store = useProjectStore()
  const ready = ref(false)
  /** False when this browser gives the app no storage: work lives only in the tab. */
  const available = ref(false)
  const projects = shallowRef<ProjectSummary[]>([])
  const kept = shallowRef<KeptCopy[]>([])
  const { notices, notify, update, dismiss } = createNotices()
  /** Set while a shared link is shown (read-only). */
  const shared = ref<{ scenario: string | null } | null>(null)

  let lib: Library | null = null
  let channel: TabChannel | null = null
  let texts: LibraryTexts = {
    copyTitle: title => `${title} (copy)`,
    conflictTitle: title => `${title} (kept from another tab)`,
  }

  /** A stored project's title as the user reads it: the translation a preset carries for the language shown. */
  const titleOf = (p: ProjectSummary) => summaryTitle(p, useUiStore().locale)

  const active = computed(() => projects.value.filter(p => p.deletedAt === null))
  const trash = computed(() => projects.value.filter(p => p.deletedAt !== null))

  async function refresh(): Promise<void> {
    const l = lib
    if (!l) return
    const all = await l.listAll()
    const keptCopies = await l.keptCopies()
    projects.value = all.projects
    kept.value = [...all.unreadable, ...keptCopies]
    noticeTrashedElsewhere()
  }

  /** The project open here went to the trash in another tab: said once, with a way out. */
  const noticeTrashedElsewhere = trashedElsewhere({
    store,
    trash,
    notices,
    notify,
    restore: id => restore(id),
    keepCopy: async () => { await store.flush(); await addProject(withTitle(store.project, texts.copyTitle(shownTitle()))) },
    titleOf,
  })

  function announce(m: TabMessage = { type: 'library' }): void {
    channel?.post(m)
  }

  /** Opens project `id` of the library in this tab. */
  async function openProject(id: string): Promise<boolean> {
    if (!lib) return false
    await store.flush()
    const got = await lib.read(id)
    if (!got) return false
    const read = await readStoredText(got.text)
    if (!read.ok) {
      notify({ kind: 'error', key: 'library.unreadable', params: { title: titleOf(got.summary) }, problems: read.problems })
      return false
    }
    shared.value = null
    store.open(read.project, { id, rev: got.summary.rev })
    await lib.setSetting(LAST_OPEN, id)
    return true
  }

  /** Adds a project to the library (never over another) and opens it. */
  async function addProject(project: Project): Promise<string | null> {
    if (!lib) {
      store.open(project, { id: null })
      shared.value = null
      return null
    }
    try {
      const summary = await lib.create(project, summaryFigures(project))
      // The project in hand is the one just checked and stored: opened as is, not read again.
      await store.flush()
      shared.value = null
      store.open(project, { id: summary.id, rev: summary.rev })
      await lib.setSetting(LAST_OPEN, summary.id)
      await refresh()
      announce()
      return summary.id
    }
    catch (e) {
      notify({ kind: 'error', key: 'library.refused', cause: errorCause(e) })
      store.open(project, { id: null })
      return null
    }
  }

  /** A new project from a preset or blank, never under the title of one in the library ("… (2)"). */
  async function newFromPreset(id: string): Promise<void> {
    await addProject(withDistinctTitle(await loadPreset(id), active.value))
  }
  async function newBlank(title: string, currency: string, locale: string): Promise<void> {
    await addProject(withDistinctTitle(blankProject(title, currency, locale), active.value))
  }

  /** A project of the library as text and parsed, for actions on projects not open here. */
  async function readStored(id: string): Promise<{ project: Project, summary: ProjectSummary } | null> {
    const got = await lib?.read(id)
    if (!got) return null
    const read = readProject(got.text)
    return read.ok ? { project: read.project, summary: got.summary } : null
  }

  async function rename(id: string, title: string): Promise<void> {
    const clean = title.trim()
    if (clean === '') return
    if (id === store.projectId) {
      store.update(p => withTitle(p, clean))
      await store.flush()
    }
    else {
      const got = await readStored(id)
      if (!got || !lib) return
      const next = withTitle(got.project, clean)
      await lib.save(id, next, summaryFigures(next), got.summary.rev)
    }
    await refresh()
    announce()
  }

  async function duplicate(id: string): Promise<void> {
    if (id === store.projectId) await store.flush()
    const got = await readStored(id)
    if (!got || !lib) return
    const copy = withDistinctTitle(withTitle(got.project, texts.copyTitle(got.summary.title)), active.value)
    await lib.create(copy, summaryFigures(copy))
    await refresh()
    announce()
  }

  /** Opens the most recent project other than `except`, or a new one from the default preset. */
  async function openAnother(except: string | null): Promise<void> {
    const next = active.value.find(p => p.id !== except)
    if (next && await openProject(next.id)) return
    await addProject(await loadPreset(DEFAULT_PRESET))
  }

  /** Moves a project to the trash; the notice offers to undo it. */
  async function moveToTrash(id: string): Promise<void> {
    if (!lib) return
    const found = projects.value.find(p => p.id === id)
    const title = found ? titleOf(found) : ''
    if (id === store.projectId) await store.flush()
    await lib.setTrashed(id, true)
    await refresh()
    announce()
    if (id === store.projectId) await openAnother(id)
    notify({ kind: 'info', key: 'library.trashed', params: { title }, actions: [{ key: 'library.undoTrash', run: () => restore(id) }] })
  }

  async function restore(id: string): Promise<void> {
    await lib?.setTrashed(id, false)
    await refresh()
    announce()
  }

  async function purge(id: string): Promise<void> {
    if (id === store.projectId) return
    await lib?.purge(id)
    await refresh()
    announce()
  }

  async function removeKept(key: string): Promise<void> {
    await lib?.removeKept(key)
    await refresh()
  }

  function downloadKept(copy: KeptCopy): void {
    download(`unreadable-project-${copy.savedAt.replace(/[:.]/g, '-') || 'copy'}.json`, copy.text, 'application/json')
  }

  /**
   * Opens a picked or dropped file as a new project; a refused file leaves everything as it was.
   * A large file is read off the page's thread, with a notice that follows it and can cancel it.
   * With `quiet`, nothing is said: the caller sums up several files in one notice.
   */
  async function openFile(file: File, options: { quiet?: boolean } = {}): Promise<FileOutcome> {
    const outcome = await readProjectFile(file, { notify, update, dismiss })
    if (outcome.ok) {
      await addProject(outcome.project)
      if (!options.quiet) notify({ kind: 'info', key: 'files.opened', params: { name: file.name } })
    }
    else if (options.quiet) { /* the caller says it */ }
    else if ('tooBig' in outcome)
      // rounded up, so that a file just past the limit never reads as the limit itself ("20 MB, at most 20 MB")
      notify({ kind: 'error', key: 'files.tooBig', params: { name: file.name, size: Math.ceil(outcome.tooBig / 1024 / 1024 * 10) / 10 } })
    else if (outcome.failure === 'cancelled')
      notify({ kind: 'info', key: 'robust.cancelled', params: { name: file.name } })
    else if (stoppedEarly(outcome.problems))
      notify({ kind: 'error', key: 'robust.refusedMany', params: { name: file.name, n: outcome.problems.length - 1 }, problems: outcome.problems.slice(0, -1) })
    else
      notify({ kind: 'error', key: 'files.refused', params: { name: file.name, n: outcome.problems.length }, problems: outcome.problems })
    return outcome
  }

  /** The project's title as the user reads it: the translation a preset carries for the language shown. */
  const shownTitle = () => localised(store.project.meta, 'title', useUiStore().locale) || store.project.meta.title

  function saveFile(): void {
    download(projectFileName(shownTitle()), projectFileText(store.project), 'application/json')
  }

  function makeShareLink(base: string, view: string, scenario: string): ShareLink {
    return shareLink(base, store.project, view, scenario)
  }

  /** Adds the shared project being viewed to the library and opens it for editing. */
  async function keepSharedCopy(): Promise<void> {
    if (!shared.value) return
    await addProject(store.project)
    notify({ kind: 'info', key: 'share.kept', params: { title: shownTitle() } })
  }

  /** Leaves a shared link for the user's own projects. */
  async function closeShared(): Promise<void> {
    shareView.forget()
    await openAnother(null)
  }

  const shareView = createShareView({ store, shared, notify })

  /** Stops listening to the window (the address, the page going away). */
  let stopListening = () => {}

  /** The page is hidden or left: what waits to be saved is written at once, and saved. */
  let storage: Storage | null = null
  function onHide(): void {
    const id = store.projectId
    if (id === null || !store.unsaved || store.readOnly) return
    const written = writePending(storage, { id, baseRev: store.rev, text: JSON.stringify(store.project), savedAt: new Date().toISOString() })
    void store.flush().then(() => { if (written && !store.unsaved) clearPending(storage, id) })
  }

  /**
   * Another tab saved the open project while this tab had a change of its own: this tab's
   * version is kept as a copy, and the tab goes on with the saved one. Nothing is lost.
   */
  async function resolveConflict(mine: Project): Promise<void> {
    if (!lib) return
    const id = store.projectId
    const copy = withTitle(mine, texts.conflictTitle(localised(mine.meta, 'title', useUiStore().locale) || mine.meta.title))
    const summary = await lib.create(copy, summaryFigures(copy))
    const latest = id === null ? null : await readStored(id)
    if (latest && id !== null) store.follow(latest.project, latest.summary.rev)
    else await openProject(summary.id)
    await refresh()
    announce()
    notify({
      kind: 'error',
      key: 'tabs.conflict',
      params: { title: copy.meta.title },
      actions: [{ key: 'tabs.openCopy', run: async () => { await openProject(summary.id) } }],
    })
  }

  async function onTabMessage(m: TabMessage): Promise<void> {
    await refresh()
    if (m.type !== 'saved' || m.id !== store.projectId || m.rev <= store.rev) return
    if (store.unsaved) {
      // This tab has a change of its own: saving it now meets the other tab's version.
      await store.flush()
      return
    }
    const latest = await readStored(m.id)
    if (latest && latest.summary.rev > store.rev) {
      store.follow(latest.project, latest.summary.rev)
      notify({ kind: 'info', key: 'tabs.followed' })
    }
  }

  /**
   * Starts the library: opens it, moves older saved states in, then shows a shared link when the
   * address holds one, else the project open last (or the default preset in a new project).
   */
  async function init(options: { hash?: string, storage?: Storage | null, dbName?: string, texts?: LibraryTexts, openTimeoutMs?: number } = {}): Promise<void> {
    if (options.texts) texts = options.texts
    storage = options.storage ?? null
    const opened = await Library.tryOpen(options.dbName, options.openTimeoutMs)
    lib = 'library' in opened ? opened.library : null
    available.value = lib !== null
    store.attach(lib, {
      saved: (id, rev) => { announce({ type: 'saved', id, rev }); refresh().catch(() => { /* the library was closed meanwhile */ }) },
      conflict: resolveConflict,
    })
    channel = openTabChannel((m) => { void onTabMessage(m) })
    const migrated = options.storage && lib ? await migrateLegacy(lib, options.storage) : null
    if (lib) await recoverPendings(lib, storage, p => texts.conflictTitle(localised(p.meta, 'title', useUiStore().locale) || p.meta.title))
    await refresh()
    if (typeof window !== 'undefined') {
      const onHash = () => { void shareView.onHashChange() }
      window.addEventListener('hashchange', onHash)
      const stopLeaving = watchLeaving({ hide: onHide, hasDraft: () => typedCellPending() })
      stopListening = () => {
        window.removeEventListener('hashchange', onHash)
        stopLeaving()
      }
    }

    const link = options.hash ? shareParams(options.hash) : null
    if (link && await shareView.show(link)) {
      ready.value = true
      return
    }

    if (!lib) {
      store.open(await loadPreset(DEFAULT_PRESET), { id: null })
      if ('failure' in opened && opened.failure === 'timeout')
        notify({ kind: 'error', key: 'robust.storageTimeout', params: { s: (options.openTimeoutMs ?? OPEN_TIMEOUT_MS) / 1000 } })
      else notify({ kind: 'error', key: 'library.unavailable' })
    }
    else {
      const last = migrated ?? await lib.getSetting<string>(LAST_OPEN)
      const lastOk = last !== undefined && active.value.some(p => p.id === last) && await openProject(last)
      if (!lastOk) await openAnother(null)
      if (kept.value.length > 0) notify({ kind: 'error', key: 'robust.unreadableCopies', params: { n: kept.value.length } })
    }
    ready.value = true
  }

  /** Closes the library and the channel (tests, and pages torn down). */
  function close(): void {
    stopListening()
    stopListening = () => {}
    channel?.close()
    lib?.close()
    channel = null
    lib = null
  }

  return {
    ready, available, projects, active, trash, kept, notices, shared, notify, dismiss, refresh, init, close,
    openProject, addProject, newFromPreset, newBlank, rename, duplicate, moveToTrash, restore, purge,
    removeKept, downloadKept, openFile, saveFile, makeShareLink, keepSharedCopy, closeShared,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))

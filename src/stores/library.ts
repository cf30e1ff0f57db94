/**
 * The producer's projects: the library in this browser, files in and out, share links, and the
 * other tabs of the app. Opening, creating and deleting go through here; the open project's own
 * editing and saving are in stores/project.ts.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { localised, setText } from '@/app/labels'
import { Library } from '@/app/library'
import type { KeptCopy, ProjectSummary } from '@/app/library'
import { blankProject, defaultPreset, loadPreset } from '@/app/presets'
import { download, projectFileName, projectFileText, readFileText } from '@/app/files'
import { readProject } from '@/app/readProject'
import { readShareFragment, shareLink } from '@/app/share'
import type { ShareLink } from '@/app/share'
import { legacyStates } from '@/app/storage'
import { openTabChannel } from '@/app/tabs'
import type { TabChannel, TabMessage } from '@/app/tabs'
import type { Problem, Project } from '@/engine/types'
import { summaryFigures, useProjectStore } from './project'
import { useUiStore } from './ui'

/** A message for the user: an i18n key with its values, problems to list, actions to offer. */
export interface Notice {
  id: number
  kind: 'info' | 'error'
  key: string
  params?: Record<string, string | number>
  problems?: Problem[]
  actions?: { key: string, run: () => void | Promise<void> }[]
}

/** Titles the library gives to copies, in the user's language (set by the app). */
export interface LibraryTexts {
  copyTitle: (title: string) => string
  conflictTitle: (title: string) => string
}

const LAST_OPEN = 'lastOpen'

function withTitle(p: Project, title: string): Project {
  const meta = { ...p.meta, ...(p.meta.l10n ? { l10n: structuredClone(p.meta.l10n) } : {}) }
  setText(meta, 'title', title)
  return { ...p, meta }
}

export const useLibraryStore = defineStore('library', () => {
  const store = useProjectStore()
  const ready = ref(false)
  /** False when this browser gives the app no storage: work lives only in the tab. */
  const available = ref(false)
  const projects = shallowRef<ProjectSummary[]>([])
  const kept = shallowRef<KeptCopy[]>([])
  const notices = ref<Notice[]>([])
  /** Set while a shared link is shown (read-only). */
  const shared = ref<{ scenario: string | null } | null>(null)

  let lib: Library | null = null
  let channel: TabChannel | null = null
  let texts: LibraryTexts = {
    copyTitle: title => `${title} (copy)`,
    conflictTitle: title => `${title} (kept from another tab)`,
  }
  let noticeId = 0

  const active = computed(() => projects.value.filter(p => p.deletedAt === null))
  const trash = computed(() => projects.value.filter(p => p.deletedAt !== null))

  function notify(n: Omit<Notice, 'id'>): void {
    const notice = { ...n, id: ++noticeId }
    notices.value = [...notices.value.filter(x => x.key !== n.key), notice]
    if (n.kind === 'info' && !n.actions) setTimeout(() => dismiss(notice.id), 8000)
  }
  function dismiss(id: number): void {
    notices.value = notices.value.filter(n => n.id !== id)
  }

  async function refresh(): Promise<void> {
    if (!lib) return
    projects.value = await lib.list()
    kept.value = await lib.keptCopies()
  }
  function announce(m: TabMessage = { type: 'library' }): void {
    channel?.post(m)
  }

  /** Opens project `id` of the library in this tab. */
  async function openProject(id: string): Promise<boolean> {
    if (!lib) return false
    await store.flush()
    const got = await lib.read(id)
    if (!got) return false
    const read = readProject(got.text)
    if (!read.ok) {
      notify({ kind: 'error', key: 'library.unreadable', params: { title: got.summary.title }, problems: read.problems })
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
      await refresh()
      announce()
      await openProject(summary.id)
      return summary.id
    }
    catch (e) {
      notify({ kind: 'error', key: 'library.refused', params: { error: (e as Error).message } })
      store.open(project, { id: null })
      return null
    }
  }

  async function newFromPreset(id: string): Promise<void> {
    await addProject(await loadPreset(id))
  }
  async function newBlank(title: string, currency: string, locale: string): Promise<void> {
    await addProject(blankProject(title, currency, locale))
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
    const copy = withTitle(got.project, texts.copyTitle(got.summary.title))
    await lib.create(copy, summaryFigures(copy))
    await refresh()
    announce()
  }

  /** Opens the most recent project other than `except`, or a new one from the default preset. */
  async function openAnother(except: string | null): Promise<void> {
    const next = active.value.find(p => p.id !== except)
    if (next && await openProject(next.id)) return
    await addProject(defaultPreset())
  }

  /** Moves a project to the trash; the notice offers to undo it. */
  async function moveToTrash(id: string): Promise<void> {
    if (!lib) return
    const title = projects.value.find(p => p.id === id)?.title ?? ''
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

  /** Opens a picked or dropped file as a new project; a refused file leaves everything as it was. */
  async function openFile(file: File): Promise<boolean> {
    const got = await readFileText(file)
    if (!got.ok) {
      notify({ kind: 'error', key: 'files.tooBig', params: { name: file.name, size: (got.size / 1024 / 1024).toFixed(1) } })
      return false
    }
    const read = readProject(got.text)
    if (!read.ok) {
      notify({ kind: 'error', key: 'files.refused', params: { name: file.name, n: read.problems.length }, problems: read.problems })
      return false
    }
    await addProject(read.project)
    notify({ kind: 'info', key: 'files.opened', params: { name: file.name } })
    return true
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
    shared.value = null
    await openAnother(null)
  }

  /**
   * Another tab saved the open project while this tab had a change of its own: this tab's
   * version is kept as a copy, and the tab goes on with the saved one. Nothing is lost.
   */
  async function resolveConflict(mine: Project): Promise<void> {
    if (!lib) return
    const id = store.projectId
    const copy = withTitle(mine, texts.conflictTitle(mine.meta.title))
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

  /** Moves what older versions saved in localStorage into the library. */
  async function migrate(storage: Storage): Promise<string | null> {
    if (!lib) return null
    let opened: string | null = null
    for (const state of legacyStates(storage)) {
      try {
        if (state.kind === 'project') {
          const s = await lib.create(state.project, summaryFigures(state.project), new Date(state.savedAt || Date.now()))
          opened ??= s.id
        }
        else await lib.addKept({ key: state.key, savedAt: state.savedAt, text: state.text, problems: state.problems })
      }
      catch {
        continue // the library refused it: it stays in localStorage, to try again next time
      }
      storage.removeItem(state.key)
    }
    return opened
  }

  /**
   * Starts the library: opens it, moves older saved states in, then shows a shared link when the
   * address holds one, else the project open last (or the default preset in a new project).
   */
  async function init(options: { hash?: string, storage?: Storage | null, dbName?: string, texts?: LibraryTexts } = {}): Promise<void> {
    if (options.texts) texts = options.texts
    lib = await Library.open(options.dbName)
    available.value = lib !== null
    store.attach(lib, {
      saved: (id, rev) => { announce({ type: 'saved', id, rev }); void refresh() },
      conflict: resolveConflict,
    })
    channel = openTabChannel((m) => { void onTabMessage(m) })
    const migrated = options.storage ? await migrate(options.storage) : null
    await refresh()

    const link = options.hash ? readShareFragment(options.hash) : null
    if (link) {
      const read = link.text === null ? null : readProject(link.text)
      if (read?.ok) {
        store.open(read.project, { id: null, readOnly: true })
        shared.value = { scenario: link.scenario }
        ready.value = true
        return
      }
      notify({ kind: 'error', key: 'share.unreadable', problems: read && !read.ok ? read.problems : [] })
    }

    if (!lib) {
      store.open(defaultPreset(), { id: null })
      notify({ kind: 'error', key: 'library.unavailable' })
    }
    else {
      const last = migrated ?? await lib.getSetting<string>(LAST_OPEN)
      const lastOk = last !== undefined && active.value.some(p => p.id === last) && await openProject(last)
      if (!lastOk) await openAnother(null)
      if (kept.value.length > 0) notify({ kind: 'error', key: 'library.keptCopies', params: { n: kept.value.length } })
    }
    ready.value = true
  }

  /** Closes the library and the channel (tests, and pages torn down). */
  function close(): void {
    channel?.close()
    lib?.close()
    channel = null
    lib = null
  }

  return {
    ready,
    available,
    projects,
    active,
    trash,
    kept,
    notices,
    shared,
    notify,
    dismiss,
    refresh,
    init,
    close,
    openProject,
    addProject,
    newFromPreset,
    newBlank,
    rename,
    duplicate,
    moveToTrash,
    restore,
    purge,
    removeKept,
    downloadKept,
    openFile,
    saveFile,
    makeShareLink,
    keepSharedCopy,
    closeShared,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLibraryStore, import.meta.hot))

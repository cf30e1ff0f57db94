/**
 * The project open in this tab: its figures, its undo history and its saving into the library.
 *
 * The project is immutable. Every change goes through `update` (a pure edit returning a new
 * project that shares what it leaves alone) or `edit` (an Immer recipe over a draft); either way
 * only the parts that changed are checked against the file format, the engine then computes the
 * result, and the new version is kept only when both succeed, so the figures never see a broken
 * project. The undo history keeps the versions themselves: they share all their unchanged parts.
 */
import { produce, setAutoFreeze } from 'immer'
import type { Draft } from 'immer'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { computeProject } from '@/engine/compute'
import type { ProjectResult } from '@/engine/compute'
import { checkEdit } from '@/engine/validateEdit'
import type { Problem, Project } from '@/engine/types'
import { blankProject } from '@/app/presets'
import type { Library, SummaryFigures } from '@/app/library'
import * as edits from './edits'

// Versions are never mutated once committed; freezing every new object would cost time for nothing.
setAutoFreeze(false)

const HISTORY_LIMIT = 200
/** Edits with the same key within this time (a slider drag, typing in one field) undo as one. */
const COALESCE_MS = 1500
const SAVE_DELAY_MS = 250

/**
 * `saved`: the library holds this version; `pending`: it will shortly; `failed`: the browser
 * refused the last write; `off`: nothing is saved (no usable storage, or a shared read-only view).
 */
export type SaveState = 'saved' | 'pending' | 'failed' | 'off'

export interface EditOptions {
  /** Edits with the same key in quick succession are merged into one undo step. */
  coalesce?: string
}

interface History {
  past: Project[]
  future: Project[]
}

/**
 * Results of the last few project versions: a version is never changed once committed, so its
 * figures hold. An edit computes its new version once, and undo finds the figures still here.
 */
const recent = new Map<Project, ProjectResult>()
function compute(p: Project): ProjectResult {
  let r = recent.get(p)
  if (!r) {
    r = computeProject(p)
    recent.set(p, r)
    if (recent.size > 4) recent.delete(recent.keys().next().value!)
  }
  return r
}

/** A valid project can still hold amounts too large to add up exactly (a rate of 10^15). */
export function computable(p: Project): Problem[] {
  try {
    compute(p)
    return []
  }
  catch (e) {
    if (!(e instanceof RangeError)) throw e
    // The engine names the line or lever: "lines[3] ("dp"): amount out of range: … minor units"
    const at = /^(?:the tool cost of )?((?:lines|levers)\[\d+\])/.exec(e.message)?.[1] ?? ''
    return [{ path: at, message: `too large to add up exactly to the cent (${e.message})` }]
  }
}

/** The figures the library lists a project by. */
export function summaryFigures(p: Project, r: ProjectResult = compute(p)): SummaryFigures {
  const base = r.scenarios.find(c => c.result.baseline)!.result
  const titles: Record<string, string> = {}
  const l10n = p.meta.l10n as Record<string, { title?: unknown }> | undefined
  for (const [lang, texts] of Object.entries(l10n ?? {}))
    if (typeof texts?.title === 'string' && texts.title !== '') titles[lang] = texts.title
  return {
    title: p.meta.title,
    titles,
    currency: p.meta.currency,
    total: base.total,
    digits: base.digits,
    scenarioCount: p.scenarios.length,
    lineCount: p.lines.length,
  }
}

/** The project a new store holds until one is opened; tests set it to the default preset. */
let initialProject: () => Project = () => blankProject('', 'CNY', 'zh-CN')
export function setInitialProject(make: () => Project): void {
  initialProject = make
}

export const useProjectStore = defineStore('project', () => {
  /**
   * Until the library opens a project (src/main.ts waits for it before the first paint), an empty
   * one: the default preset is loaded on demand, when there is no project to open.
   */
  const project = shallowRef<Project>(initialProject())
  /** The project's id in the library; null while it is not in one (no storage, a shared link). */
  const projectId = ref<string | null>(null)
  /** The library revision this tab's version was made from. */
  const rev = ref(0)
  /** A shared link being viewed: nothing can be edited or saved. */
  const readOnly = ref(false)
  const saveState = ref<SaveState>('off')
  /** Why the last save failed, in a line. */
  const saveError = ref('')
  const lastSaved = ref<string | null>(null)
  /** The problems of the last refused edit. */
  const refused = ref<Problem[]>([])

  let library: Library | null = null
  /** Told after each save, so that other tabs can follow (see stores/library.ts). */
  let onSaved: (id: string, rev: number) => void = () => {}
  /** What to do when another tab saved this project first: set by the library store. */
  let onConflict: (mine: Project) => Promise<void> = async () => {}

  const past = shallowRef<Project[]>([])
  const future = shallowRef<Project[]>([])
  const histories = new Map<string, History>()
  let lastKey: string | undefined
  let lastAt = 0

  const result = computed(() => compute(project.value))
  const canUndo = computed(() => !readOnly.value && past.value.length > 0)
  const canRedo = computed(() => !readOnly.value && future.value.length > 0)

  function commit(next: Project, options: EditOptions = {}): void {
    const now = Date.now()
    const merge = options.coalesce !== undefined && options.coalesce === lastKey && now - lastAt < COALESCE_MS && past.value.length > 0
    if (!merge) past.value = [...past.value.slice(-(HISTORY_LIMIT - 1)), project.value]
    future.value = []
    lastKey = options.coalesce
    lastAt = now
    project.value = next
    refused.value = []
  }

  /** Keeps `next` when it is valid and computable; otherwise keeps the project and says why. */
  function accept(next: Project, check: boolean, options: EditOptions): Problem[] {
    if (next === project.value) return []
    if (readOnly.value) {
      refused.value = [{ path: '', message: 'this shared project is read-only: keep a copy to edit it' }]
      return refused.value
    }
    let problems: Problem[]
    try {
      problems = check ? checkEdit(project.value, next) : []
      if (problems.length === 0) problems = computable(next)
    }
    catch (e) {
      problems = [{ path: '', message: `the change could not be applied (${(e as Error).message})` }]
    }
    if (problems.length > 0) {
      refused.value = problems
      return problems
    }
    commit(next, options)
    return []
  }

  /**
   * Applies a pure edit (see stores/edits.ts). Returns the problems when the result is invalid
   * (and keeps the project as it was), or an empty list when the edit was applied.
   */
  function update(change: (p: Project) => Project, options: EditOptions = {}): Problem[] {
    let next: Project
    try {
      next = change(project.value)
    }
    catch (e) {
      refused.value = [{ path: '', message: `the change could not be applied (${(e as Error).message})` }]
      return refused.value
    }
    return accept(next, true, options)
  }

  /** Applies an Immer recipe to a draft of the project; otherwise as `update`. */
  function edit(recipe: (draft: Draft<Project>) => void, options: EditOptions = {}): Problem[] {
    return update(p => produce(p, recipe), options)
  }

  /**
   * Sets a lever's adoption in a scenario: the fast path of a slider drag (nothing else changes, and
   * a percentage in range needs no other check). A drag undoes as one step.
   */
  function setAdoption(scenarioId: string, leverId: string, percent: number): void {
    const p = project.value
    if (!p.scenarios.some(s => s.id === scenarioId) || !(p.levers ?? []).some(l => l.id === leverId)) return
    accept(edits.setAdoption(p, scenarioId, leverId, percent), false, { coalesce: `adopt:${scenarioId}:${leverId}` })
  }

  function undo(): void {
    const prev = past.value[past.value.length - 1]
    if (!prev || readOnly.value) return
    future.value = [project.value, ...future.value]
    past.value = past.value.slice(0, -1)
    project.value = prev
    lastKey = undefined
  }

  function redo(): void {
    const next = future.value[0]
    if (!next || readOnly.value) return
    past.value = [...past.value, project.value]
    future.value = future.value.slice(1)
    project.value = next
    lastKey = undefined
  }

  /**
   * Shows another project in this tab. The current one's undo history is kept for when it is
   * opened again; the new one's comes back if it was open before.
   */
  function open(next: Project, options: { id: string | null, rev?: number, readOnly?: boolean }): void {
    flushSync()
    if (projectId.value !== null) histories.set(projectId.value, { past: past.value, future: future.value })
    const kept = options.id !== null ? histories.get(options.id) : undefined
    past.value = kept?.past ?? []
    future.value = kept?.future ?? []
    lastKey = undefined
    projectId.value = options.id
    rev.value = options.rev ?? 0
    readOnly.value = options.readOnly ?? false
    refused.value = []
    opening = true
    project.value = next
    opening = false
    saveState.value = options.id !== null && library ? 'saved' : 'off'
  }

  /**
   * Takes the version another tab saved: this tab had no unsaved change, so nothing is lost; the
   * previous version stays one undo away.
   */
  function follow(next: Project, newRev: number): void {
    past.value = [...past.value.slice(-(HISTORY_LIMIT - 1)), project.value]
    future.value = []
    lastKey = undefined
    rev.value = newRev
    opening = true
    project.value = next
    opening = false
  }

  /** Connects the store to the library: from now on every change of a project in it is saved. */
  function attach(lib: Library | null, hooks: { saved?: typeof onSaved, conflict?: typeof onConflict } = {}): void {
    library = lib
    if (hooks.saved) onSaved = hooks.saved
    if (hooks.conflict) onConflict = hooks.conflict
  }

  let opening = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let saving: Promise<void> = Promise.resolve()

  async function persist(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    const id = projectId.value
    if (!library || id === null || readOnly.value) return
    const version = project.value
    const outcome = await library.save(id, version, summaryFigures(version), rev.value)
    if (projectId.value !== id) return
    if (outcome.ok) {
      rev.value = outcome.rev
      saveError.value = ''
      lastSaved.value = new Date().toISOString()
      if (project.value === version && timer === undefined) saveState.value = 'saved'
      onSaved(id, outcome.rev)
    }
    else if (outcome.reason === 'refused') {
      saveState.value = 'failed'
      saveError.value = outcome.message
    }
    else {
      // Another tab saved this project first (or deleted it for good): keep this version as a copy.
      await onConflict(version)
    }
  }

  /** Saves now what is waiting to be saved; resolves once written (or refused). */
  function flush(): Promise<void> {
    if (timer !== undefined) saving = saving.then(persist)
    return saving
  }
  /** Starts writing what is waiting, without waiting for it (before switching projects). */
  function flushSync(): void {
    void flush()
  }

  watch(project, () => {
    if (opening || !library || projectId.value === null || readOnly.value) return
    saveState.value = 'pending'
    clearTimeout(timer)
    timer = setTimeout(() => { saving = saving.then(persist) }, SAVE_DELAY_MS)
  }, { flush: 'sync' })

  /** True while this tab holds a change the library does not have yet. */
  const unsaved = computed(() => saveState.value === 'pending' || saveState.value === 'failed')

  return {
    project,
    projectId,
    rev,
    readOnly,
    result,
    saveState,
    saveError,
    lastSaved,
    refused,
    unsaved,
    canUndo,
    canRedo,
    update,
    edit,
    setAdoption,
    undo,
    redo,
    open,
    follow,
    attach,
    flush,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProjectStore, import.meta.hot))

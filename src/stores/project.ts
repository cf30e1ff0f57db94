/**
 * The project being edited, its undo history and its autosave. The project is immutable from the
 * outside: every change goes through `edit`, which works on a copy, validates it with the engine
 * and keeps it only when it is valid, so the figures never see a broken project.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { computeProject } from '@/engine/compute'
import type { ProjectResult } from '@/engine/compute'
import { formatProblem, parseProject } from '@/engine/validate'
import type { Problem, Project } from '@/engine/types'
import { defaultPreset, loadPreset } from '@/app/presets'
import { browserStorage, loadSaved, writeSaved } from '@/app/storage'

const HISTORY_LIMIT = 200
/** Edits with the same key within this time (a slider drag, typing in one field) undo as one. */
const COALESCE_MS = 1500
const SAVE_DELAY_MS = 200

export type SaveState = 'saved' | 'pending' | 'failed'

export interface EditOptions {
  /** Edits with the same key in quick succession are merged into one undo step. */
  coalesce?: string
}

/**
 * Results of the last few project versions: a version is never changed once committed, so its
 * figures hold. An edit checks its draft, which then becomes the project: computed once. Only a
 * few are kept, so that a long undo history of a large project does not hold all its results.
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
function computable(p: Project): Problem[] {
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

export const useProjectStore = defineStore('project', () => {
  const storage = browserStorage()
  const outcome = storage ? loadSaved(storage, p => computable(p).map(formatProblem)) : { kind: 'empty' as const }

  const project = shallowRef<Project>(outcome.kind === 'loaded' ? outcome.state.project : defaultPreset())
  /** Edited since it was loaded from a preset or a file. */
  const edited = ref(outcome.kind === 'loaded' ? outcome.state.edited : false)
  const saveState = ref<SaveState>(storage ? 'saved' : 'failed')
  const lastSaved = ref<string | null>(outcome.kind === 'loaded' ? outcome.state.savedAt : null)
  /** A saved state that could not be read and was kept aside: its storage key and problems. */
  const keptAside = ref(outcome.kind === 'kept-aside' ? { key: outcome.key, problems: outcome.problems, stuck: outcome.stuck } : null)
  /** An unreadable state left in place (storage full): nothing is saved over it until dismissed. */
  let autosaveBlocked = outcome.kind === 'kept-aside' && outcome.stuck
  /** The problems of the last refused edit. */
  const refused = ref<Problem[]>([])

  const past = shallowRef<Project[]>([])
  const future = shallowRef<Project[]>([])
  let lastKey: string | undefined
  let lastAt = 0

  const result = computed(() => compute(project.value))
  const canUndo = computed(() => past.value.length > 0)
  const canRedo = computed(() => future.value.length > 0)

  function commit(next: Project, options: EditOptions = {}): void {
    const now = Date.now()
    const merge = options.coalesce !== undefined && options.coalesce === lastKey && now - lastAt < COALESCE_MS && past.value.length > 0
    if (!merge) past.value = [...past.value.slice(-(HISTORY_LIMIT - 1)), project.value]
    future.value = []
    lastKey = options.coalesce
    lastAt = now
    project.value = next
    edited.value = true
    refused.value = []
  }

  /**
   * Applies `mutate` to a copy of the project. Returns the problems when the result is invalid
   * (and keeps the project as it was), or an empty list when the edit was applied.
   */
  function edit(mutate: (draft: Project) => void, options: EditOptions = {}): Problem[] {
    const draft = structuredClone(project.value)
    mutate(draft)
    const parsed = parseProject(draft)
    const problems = parsed.ok ? computable(draft) : parsed.problems
    if (problems.length > 0) {
      refused.value = problems
      return problems
    }
    commit(draft, options)
    return []
  }

  /**
   * Sets a lever's adoption in a scenario without copying the whole project: the fast path of a
   * slider drag. A drag undoes as one step.
   */
  function setAdoption(scenarioId: string, leverId: string, percent: number): void {
    const value = Math.min(100, Math.max(0, Math.round(percent * 10) / 10))
    const p = project.value
    if (!p.scenarios.some(s => s.id === scenarioId) || !(p.levers ?? []).some(l => l.id === leverId)) return
    const next = {
      ...p,
      scenarios: p.scenarios.map(s => (s.id === scenarioId ? { ...s, adoption: { ...s.adoption, [leverId]: value } } : s)),
    }
    const problems = computable(next)
    if (problems.length > 0) {
      refused.value = problems
      return
    }
    commit(next, { coalesce: `adopt:${scenarioId}:${leverId}` })
  }

  function undo(): void {
    const prev = past.value[past.value.length - 1]
    if (!prev) return
    future.value = [project.value, ...future.value]
    past.value = past.value.slice(0, -1)
    project.value = prev
    lastKey = undefined
    edited.value = true
  }

  function redo(): void {
    const next = future.value[0]
    if (!next) return
    past.value = [...past.value, project.value]
    future.value = future.value.slice(1)
    project.value = next
    lastKey = undefined
    edited.value = true
  }

  /** Replaces the project (a preset, a file); undo brings the previous one back. */
  function replace(next: Project): void {
    commit(next)
    edited.value = false
  }

  async function startFromPreset(id: string): Promise<void> {
    replace(await loadPreset(id))
  }

  function dismissKeptAside(): void {
    keptAside.value = null
    autosaveBlocked = false
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  function save(): void {
    clearTimeout(timer)
    timer = undefined
    if (!storage || autosaveBlocked) {
      saveState.value = 'failed'
      return
    }
    const savedAt = new Date().toISOString()
    const ok = writeSaved(storage, { savedAt, edited: edited.value, project: project.value })
    saveState.value = ok ? 'saved' : 'failed'
    if (ok) lastSaved.value = savedAt
  }
  watch(project, () => {
    saveState.value = 'pending'
    clearTimeout(timer)
    timer = setTimeout(save, SAVE_DELAY_MS)
  }, { flush: 'sync' })
  /** Writes a pending save now (before the page closes, and in tests). */
  function flush(): void {
    if (timer !== undefined) save()
  }
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flush)

  return {
    project,
    result,
    edited,
    saveState,
    lastSaved,
    keptAside,
    refused,
    canUndo,
    canRedo,
    edit,
    setAdoption,
    undo,
    redo,
    replace,
    startFromPreset,
    dismissKeptAside,
    flush,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useProjectStore, import.meta.hot))

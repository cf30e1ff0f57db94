/**
 * The project's autosave in browser storage. A saved state that cannot be read is never deleted:
 * it is moved aside under its own key and the user is told.
 */
import { formatProblem, parseProject } from '@/engine/validate'
import type { Project } from '@/engine/types'

export const SAVE_KEY = 'shortdrama-budget.project'
export const KEPT_PREFIX = 'shortdrama-budget.unreadable.'

export interface SavedState {
  savedAt: string
  /** Edited since it was loaded from a preset or a file. */
  edited: boolean
  project: Project
}

export type LoadOutcome =
  | { kind: 'empty' }
  | { kind: 'loaded', state: SavedState }
  /**
   * `stuck`: the state could not be copied aside (storage full), so it stays under SAVE_KEY and
   * nothing may be saved over it until the user has been able to download it.
   */
  | { kind: 'kept-aside', key: string, problems: string[], stuck: boolean }

/** The browser's storage, or null when it is blocked or unusable (private modes, policies). */
export function browserStorage(): Storage | null {
  try {
    const s = globalThis.localStorage
    if (!s) return null
    s.setItem(`${SAVE_KEY}.probe`, '1')
    s.removeItem(`${SAVE_KEY}.probe`)
    return s
  }
  catch {
    return null
  }
}

/**
 * Reads the saved state. One that cannot be read, or that `check` finds problems with (for
 * instance amounts the engine cannot add up), is moved aside under its own key, never deleted.
 */
export function loadSaved(storage: Storage, check: (p: Project) => string[] = () => [], now: () => Date = () => new Date()): LoadOutcome {
  let raw: string | null
  try {
    raw = storage.getItem(SAVE_KEY)
  }
  catch {
    return { kind: 'empty' }
  }
  if (raw === null) return { kind: 'empty' }
  let problems: string[]
  try {
    const data = JSON.parse(raw) as Partial<SavedState>
    const parsed = parseProject(data?.project)
    problems = parsed.ok ? check(parsed.project) : parsed.problems.map(formatProblem)
    if (parsed.ok && problems.length === 0)
      return { kind: 'loaded', state: { savedAt: String(data.savedAt ?? ''), edited: data.edited === true, project: parsed.project } }
  }
  catch (e) {
    problems = [`not valid JSON (${(e as Error).message})`]
  }
  const key = `${KEPT_PREFIX}${now().toISOString()}`
  try {
    storage.setItem(key, raw)
  }
  catch {
    return { kind: 'kept-aside', key: SAVE_KEY, problems, stuck: true }
  }
  storage.removeItem(SAVE_KEY)
  return { kind: 'kept-aside', key, problems, stuck: false }
}

/** Writes the state; false when the browser refused (storage full or disabled). */
export function writeSaved(storage: Storage, state: SavedState): boolean {
  try {
    storage.setItem(SAVE_KEY, JSON.stringify(state))
    return true
  }
  catch {
    return false
  }
}

/** The kept-aside states, newest first. */
export function keptAside(storage: Storage): string[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k?.startsWith(KEPT_PREFIX)) keys.push(k)
  }
  return keys.sort().reverse()
}

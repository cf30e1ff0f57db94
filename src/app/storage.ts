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
  | { kind: 'kept-aside', key: string, problems: string[] }

export function loadSaved(storage: Storage, now: () => Date = () => new Date()): LoadOutcome {
  const raw = storage.getItem(SAVE_KEY)
  if (raw === null) return { kind: 'empty' }
  let problems: string[]
  try {
    const data = JSON.parse(raw) as Partial<SavedState>
    const parsed = parseProject(data?.project)
    if (parsed.ok) return { kind: 'loaded', state: { savedAt: String(data.savedAt ?? ''), edited: data.edited === true, project: parsed.project } }
    problems = parsed.problems.map(formatProblem)
  }
  catch (e) {
    problems = [`not valid JSON (${(e as Error).message})`]
  }
  const key = `${KEPT_PREFIX}${now().toISOString()}`
  storage.setItem(key, raw)
  storage.removeItem(SAVE_KEY)
  return { kind: 'kept-aside', key, problems }
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

/**
 * What earlier versions of the app saved in localStorage: one project under SAVE_KEY, and copies
 * that could not be read under KEPT_PREFIX + a date. On first start they move into the project
 * library (see stores/library.ts); nothing is removed from localStorage before the library holds it.
 */
import { formatProblem } from '@/engine/validate'
import { readProject } from './readProject'
import type { Project } from '@/engine/types'

export const SAVE_KEY = 'shortdrama-budget.project'
export const KEPT_PREFIX = 'shortdrama-budget.unreadable.'

/** The browser's localStorage, or null when it is blocked or unusable (private modes, policies). */
export function browserStorage(): Storage | null {
  try {
    const s = globalThis.localStorage
    if (!s) return null
    s.getItem(SAVE_KEY)
    return s
  }
  catch {
    return null
  }
}

export type LegacyState =
  | { key: string, kind: 'project', project: Project, savedAt: string, text: string }
  | { key: string, kind: 'unreadable', problems: string[], savedAt: string, text: string }

/**
 * Reads one saved state as an older version wrote it: `{ savedAt, edited, project }`, checked as a
 * file is (every rule, and every amount in range), with a date that is one. A state that fails is
 * an unreadable copy, kept and listed, never dropped.
 */
export function readLegacy(key: string, text: string): LegacyState {
  const fallbackDate = key.startsWith(KEPT_PREFIX) ? key.slice(KEPT_PREFIX.length) : ''
  try {
    const data = JSON.parse(text) as { savedAt?: unknown, project?: unknown }
    const given = data?.savedAt
    const savedAt = typeof given === 'string' ? given : fallbackDate
    const badDate = given !== undefined && (typeof given !== 'string' || Number.isNaN(Date.parse(given)))
    const parsed = data?.project === undefined
      ? { ok: false as const, problems: [{ path: 'project', message: 'is required' }] }
      : readProject(JSON.stringify(data.project))
    const problems = [
      ...(badDate ? [`savedAt: must be a date, got ${JSON.stringify(given) ?? String(given)}`] : []),
      ...(parsed.ok ? [] : parsed.problems.map(formatProblem)),
    ]
    return parsed.ok && problems.length === 0
      ? { key, kind: 'project', project: parsed.project, savedAt, text }
      : { key, kind: 'unreadable', problems, savedAt: badDate ? '' : savedAt, text }
  }
  catch (e) {
    return { key, kind: 'unreadable', problems: [`not valid JSON (${(e as Error).message})`], savedAt: fallbackDate, text }
  }
}

/** Every state an older version left in `storage`: the saved project first, then the kept copies. */
export function legacyStates(storage: Storage): LegacyState[] {
  const keys: string[] = []
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i)
    if (k !== null && (k === SAVE_KEY || k.startsWith(KEPT_PREFIX))) keys.push(k)
  }
  keys.sort((a, b) => (a === SAVE_KEY ? -1 : b === SAVE_KEY ? 1 : a.localeCompare(b)))
  return keys.map(k => readLegacy(k, storage.getItem(k) ?? ''))
}

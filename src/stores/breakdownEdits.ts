/**
 * Edits of the breakdown (MODEL.md §6: scenes, cast, locations), as pure functions like ./edits.ts:
 * each returns a new project sharing every part it leaves alone, and the store checks and keeps it
 * (so each one is a single undo step).
 *
 * Merging two names of one person or place (`Maya` = `MAYA`, `沈家 客厅` = `沈家客厅`) rewrites the
 * scenes that named the one merged away, and the budget lines that followed its days now follow the
 * survivor's: nothing that pointed at it is left dangling.
 */
import type { CastMember, Location, Project, Quantity, Scene, SceneSetting, SceneTime } from '@/engine/types'
import type { NamedList } from '@/script/lines'
import { freshId } from './edits'

export type ScenePatch = Partial<{
  episode: number
  number: string
  time: SceneTime
  setting: SceneSetting
  location: string
  cast: string[]
  minutes: number
  /** null removes the scene's own hours (they then follow its minutes). */
  hours: number | null
  tags: string[]
}>

function sceneIndex(p: Project, id: string): number {
  const j = (p.scenes ?? []).findIndex(s => s.id === id)
  if (j < 0) throw new Error(`no scene "${id}"`)
  return j
}

/** The project with scene `id` changed by `patch`; the other scenes are shared. */
export function setScene(p: Project, id: string, patch: ScenePatch): Project {
  const j = sceneIndex(p, id)
  const scenes = p.scenes!.slice()
  const { hours, tags, cast, ...rest } = patch
  const next: Scene = { ...scenes[j]!, ...rest }
  if (hours === null) delete next.hours
  else if (hours !== undefined) next.hours = hours
  if (tags !== undefined) {
    const clean = [...new Set(tags.map(t => t.trim()).filter(t => t !== ''))]
    if (clean.length === 0) delete next.tags
    else next.tags = clean
  }
  if (cast !== undefined) next.cast = [...new Set(cast)]
  scenes[j] = next
  return { ...p, scenes }
}

/** A fresh id for a name as written: its Latin letters and digits, else `base`. */
function idFor(name: string, base: string, taken: Iterable<string>): string {
  return freshId(/[a-z0-9]/i.test(name) ? name : base, taken)
}

/** An entry's names: its own and every translation the project carries (`Su Wan`, `苏晚`). */
function allNames(x: { name: string, l10n?: unknown }): string[] {
  const l10n = (x.l10n ?? {}) as Record<string, { name?: unknown } | undefined>
  return [x.name, ...Object.values(l10n).flatMap(t => (typeof t?.name === 'string' && t.name !== '' ? [t.name] : []))]
}

/**
 * Sets a scene's cast from names as typed (`沈念、陆乘`): a name that matches a cast member (case and
 * spaces aside; its own name or a translation of it) is that member; a new name becomes a new cast
 * member, paid by span.
 */
export function setSceneCastNames(p: Project, sceneId: string, names: readonly string[]): Project {
  const cast = (p.cast ?? []).slice()
  const ids: string[] = []
  for (const raw of names) {
    const written = raw.trim()
    if (written === '') continue
    const found = cast.find(c => allNames(c).some(n => sameName(n, written)))
    if (found) { ids.push(found.id); continue }
    const id = idFor(written, 'cast', cast.map(c => c.id))
    cast.push({ id, name: written, pay: 'span' })
    ids.push(id)
  }
  const next = setScene(p, sceneId, { cast: ids })
  return cast.length === (p.cast ?? []).length ? next : { ...next, cast }
}

/** Names that are the same once case and spaces are set aside: `Maya` = `MAYA`, `沈家 客厅` = `沈家客厅`. */
export function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
  return key(a) === key(b)
}

/** Groups of two or more entries whose names are the same but for case and spaces: merge candidates. */
export function lookAlikes<T extends { id: string, name: string }>(list: readonly T[]): T[][] {
  const groups = new Map<string, T[]>()
  for (const item of list) {
    const key = item.name.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  return [...groups.values()].filter(g => g.length > 1)
}

export type { NamedList }

function entries(p: Project, list: NamedList): readonly (CastMember | Location)[] {
  return (list === 'cast' ? p.cast : p.locations) ?? []
}

/** Renames a cast member or a location; the name is trimmed and may not be empty. */
export function renameEntry(p: Project, list: NamedList, id: string, name: string): Project {
  const clean = name.trim()
  if (clean === '') throw new Error('a name cannot be empty')
  const all = entries(p, list)
  if (!all.some(x => x.id === id)) throw new Error(`no ${list === 'cast' ? 'cast member' : 'location'} "${id}"`)
  return { ...p, [list]: all.map(x => (x.id === id ? withoutTranslatedName({ ...x, name: clean }) : x)) }
}

/** The entry renamed: the name typed is its name in every language, so its translations go. */
function withoutTranslatedName<T extends object>(x: T): T {
  const l10n = (x as { l10n?: unknown }).l10n as Record<string, Record<string, unknown>> | undefined
  if (!l10n) return x
  const kept: Record<string, Record<string, unknown>> = {}
  for (const [lang, texts] of Object.entries(l10n)) {
    const { name: _dropped, ...rest } = texts ?? {}
    if (Object.keys(rest).length > 0) kept[lang] = rest
  }
  const { l10n: _old, ...plain } = x as T & { l10n?: unknown }
  return (Object.keys(kept).length > 0 ? { ...plain, l10n: kept } : plain) as T
}

/** A quantity that followed `from` now follows `to` (its `times` and other fields kept). */
function followInstead(qty: Quantity, from: ReadonlySet<string>, to: string): Quantity {
  return typeof qty === 'object' && from.has(qty.of) ? { ...qty, of: to as Exclude<Quantity, number>['of'] } : qty
}

/**
 * Merges `gone` into `survivor`: the scenes that named any of `gone` name the survivor instead (once
 * per scene), the lines that followed their days follow the survivor's, and `gone` leave the list.
 */
export function mergeEntries(p: Project, list: NamedList, survivor: string, gone: readonly string[]): Project {
  const all = entries(p, list)
  if (!all.some(x => x.id === survivor)) throw new Error(`no ${list === 'cast' ? 'cast member' : 'location'} "${survivor}"`)
  const away = new Set(gone.filter(id => id !== survivor))
  for (const id of away) if (!all.some(x => x.id === id)) throw new Error(`no ${list === 'cast' ? 'cast member' : 'location'} "${id}"`)
  if (away.size === 0) return p
  const prefix = list === 'cast' ? 'cast:' : 'location:'
  const bases = new Set([...away].map(id => `${prefix}${id}`))
  const scenes = (p.scenes ?? []).map((s) => {
    if (list === 'locations') return away.has(s.location) ? { ...s, location: survivor } : s
    if (!s.cast.some(c => away.has(c))) return s
    return { ...s, cast: [...new Set(s.cast.map(c => (away.has(c) ? survivor : c)))] }
  })
  const lines = p.lines.map((l) => {
    const qty = followInstead(l.qty, bases, `${prefix}${survivor}`)
    return qty === l.qty ? l : { ...l, qty }
  })
  const next: Project = { ...p, [list]: all.filter(x => !away.has(x.id)), lines }
  if (p.scenes) next.scenes = scenes
  return next
}

/* ---------------------------------------------------------------------------- budget lines */

// "Add cast lines" / "Add location lines" are the script's own (src/script/lines.ts), so the lines
// the Breakdown view adds are the very lines applying a script or `breakdown --into` adds.
export { addBreakdownLines, nextCode } from '@/script/lines'
export type { AddedLines } from '@/script/lines'

/**
 * The rows of the breakdown grid: the scenes kept by the filters (episode, location, cast member
 * and a find text), in the order asked for. Plain functions over the project, tested directly.
 */
import { localised } from '@/app/labels'
import type { Project, Scene } from '@/engine/types'

export type SortKey = 'script' | 'episode' | 'location' | 'cast' | 'minutes'

export interface RowQuery {
  episode: number | null
  location: string | null
  cast: string | null
  /** Found in the scene number, location, cast names, tags or summary (case aside). */
  find: string
  sort: SortKey
  descending: boolean
}

export const NO_QUERY: RowQuery = { episode: null, location: null, cast: null, find: '', sort: 'script', descending: false }

/** "1-10" after "1-9": numbers compared as numbers. */
const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' })

/**
 * Indexes of the scenes to show, in the order to show them. Names sort as the language shown
 * writes them (a translation the project carries for `locale`); the search finds either name.
 */
export function sceneRows(p: Project, q: RowQuery, locale = 'en'): number[] {
  const scenes = p.scenes ?? []
  const shown = (x: { name: string }) => localised(x, 'name', locale) || x.name
  const place = new Map((p.locations ?? []).map(l => [l.id, shown(l)]))
  const person = new Map((p.cast ?? []).map(c => [c.id, shown(c)]))
  /** Every name of an entry, as shown and as written in the file: the find text matches either. */
  const names = (list: readonly { id: string, name: string }[] | undefined) => new Map((list ?? []).map(x => [x.id, [shown(x), x.name]]))
  const places = names(p.locations)
  const people = names(p.cast)
  const needle = q.find.trim().toLowerCase()
  const text = (s: Scene) => [
    s.number, ...(places.get(s.location) ?? [s.location]), ...s.cast.flatMap(c => people.get(c) ?? [c]),
    ...(s.tags ?? []), s.summary ?? '', localised(s, 'summary', locale),
  ]
    .join('\u0000').toLowerCase()
  const kept: number[] = []
  scenes.forEach((s, i) => {
    if (q.episode !== null && s.episode !== q.episode) return
    if (q.location !== null && s.location !== q.location) return
    if (q.cast !== null && !s.cast.includes(q.cast)) return
    if (needle !== '' && !text(s).includes(needle)) return
    kept.push(i)
  })
  if (q.sort === 'script') return q.descending ? kept.reverse() : kept
  const byScript = (a: number, b: number) => {
    const x = scenes[a]!
    const y = scenes[b]!
    return x.episode - y.episode || collator.compare(x.number, y.number) || a - b
  }
  const key = (i: number): number | string => {
    const s = scenes[i]!
    if (q.sort === 'location') return place.get(s.location) ?? s.location
    if (q.sort === 'cast') return s.cast.map(c => person.get(c) ?? c).join('、')
    if (q.sort === 'minutes') return s.minutes
    return s.episode
  }
  const dir = q.descending ? -1 : 1
  return kept.sort((a, b) => {
    const x = key(a)
    const y = key(b)
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return (c * dir) || byScript(a, b)
  })
}

/** The episodes that have scenes, in order. */
export function episodesOf(p: Project): number[] {
  return [...new Set((p.scenes ?? []).map(s => s.episode))].sort((a, b) => a - b)
}

/** A scene's shoot hours: its own, else minutes × the plan's hours per screen minute (null without a plan). */
export function sceneHours(p: Project, s: Scene): { hours: number | null, own: boolean } {
  if (s.hours !== undefined) return { hours: s.hours, own: true }
  const per = p.shoot?.hoursPerMinute
  return { hours: per === undefined ? null : Math.round(s.minutes * per * 100) / 100, own: false }
}

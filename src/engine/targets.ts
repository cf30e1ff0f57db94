/**
 * Which lines a lever targets (MODEL.md §2 step 6): every field present in `targets` matches, any
 * value within a field.
 */
import type { Lever, Line } from './types'

/** True when the lever's targets select the line: every field present matches, any value within a field. */
export function targetsLine(lever: Pick<Lever, 'targets'>, line: Line): boolean {
  const t = lever.targets
  if (!t) return false
  let fields = 0
  if (t.kinds) { fields++; if (!t.kinds.includes(line.kind)) return false }
  if (t.sections) { fields++; if (!t.sections.includes(line.section)) return false }
  if (t.lines) { fields++; if (!t.lines.includes(line.id)) return false }
  if (t.tags) { fields++; if (!t.tags.some(tag => line.tags?.includes(tag))) return false }
  return fields > 0
}

// Shared empty lists, never mutated (not frozen: a frozen array would make the hot loops polymorphic).
const NO_LEVERS: readonly number[] = []

/**
 * For each line, the indices of the levers that target it. Overrides never change what a lever
 * targets, so a project's scenarios can share this.
 */
export function leverTargets(levers: readonly Lever[], lines: readonly Line[]): readonly number[][] {
  // Most lines are targeted by no lever: they share one frozen empty list.
  const out = new Array<number[]>(lines.length).fill(NO_LEVERS as number[])
  // Lines by id, tag, section and kind, built when first needed: a lever then visits only the
  // lines its most selective field names, not every line.
  const indexes = new Map<string, Map<string, number[]>>()
  const index = (field: 'id' | 'tag' | 'section' | 'kind'): Map<string, number[]> => {
    let m = indexes.get(field)
    if (m) return m
    m = new Map()
    const add = (key: string, j: number) => {
      const list = m!.get(key)
      if (list) list.push(j)
      else m!.set(key, [j])
    }
    lines.forEach((l, j) => {
      if (field === 'tag') l.tags?.forEach(tag => add(tag, j))
      else add(field === 'id' ? l.id : field === 'section' ? l.section : l.kind, j)
    })
    indexes.set(field, m)
    return m
  }
  const visited = new Int32Array(lines.length).fill(-1)
  for (let i = 0; i < levers.length; i++) {
    const t = levers[i]!.targets
    if (!t || (!t.kinds && !t.sections && !t.tags && !t.lines)) continue
    const kinds = t.kinds && new Set<string>(t.kinds)
    const sections = t.sections && new Set(t.sections)
    const tags = t.tags && new Set(t.tags)
    const ids = t.lines && new Set(t.lines)
    const [field, keys] = ids ? ['id', ids] as const : tags ? ['tag', tags] as const : sections ? ['section', sections] as const : ['kind', kinds!] as const
    const byKey = index(field)
    for (const key of keys) {
      for (const j of byKey.get(key) ?? []) {
        if (visited[j] === i) continue
        visited[j] = i
        const l = lines[j]!
        if (kinds && !kinds.has(l.kind)) continue
        if (sections && !sections.has(l.section)) continue
        if (ids && !ids.has(l.id)) continue
        if (tags && !hasAny(l.tags, tags)) continue
        if (out[j] === NO_LEVERS) out[j] = [i]
        else out[j]!.push(i)
      }
    }
  }
  return out
}

function hasAny(list: readonly string[] | undefined, wanted: ReadonlySet<string>): boolean {
  if (!list) return false
  for (const x of list) if (wanted.has(x)) return true
  return false
}


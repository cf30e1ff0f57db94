/**
 * The stripboard as rows to draw: a header per shooting day (minutes used of the day's, moves,
 * locations and cast), then that day's strips in packing order; the scenes not shot (0 hours, or
 * generated instead) at the end. Pure: from the engine's packing of the scenario shown.
 */
import type { PackedShoot } from '@/engine/shootSchedule'
import type { Project, Scene } from '@/engine/types'

export interface DayRow {
  kind: 'day'
  key: string
  day: number
  /** Minutes of the day used by scenes and moves, and the day's minutes (H). */
  used: number
  available: number
  /** Moves to another location within the day. */
  moves: number
  /** Location ids in the order they are first shot that day. */
  locations: string[]
  /** Cast ids working that day, in file order. */
  cast: string[]
}

export interface StripRow {
  kind: 'strip'
  key: string
  scene: Scene
  /** Position in the full packing order (every scene, shot or not). */
  index: number
  /** Packed shoot minutes (0: not shot). */
  minutes: number
  day: number
  lastDay: number
  /** The company moved here from another location within the day. */
  move: boolean
}

export interface UnshotRow {
  kind: 'unshot'
  key: string
  count: number
}

export type BoardRow = DayRow | StripRow | UnshotRow

/** Rows of the stripboard of `project` (the scenario's copy, overrides applied) packed as `packed`. */
export function boardRows(project: Project, packed: PackedShoot): BoardRow[] {
  const { plan, packing, schedule } = packed
  const scenes = new Map((project.scenes ?? []).map(s => [s.id, s]))
  const index = new Map(plan.sceneIds.map((id, i) => [id, i]))
  const H = plan.dayMinutes
  const days: DayRow[] = Array.from({ length: packing.days }, (_, i) => ({ kind: 'day', key: `day:${i + 1}`, day: i + 1, used: 0, available: H, moves: 0, locations: [], cast: [] }))
  const castOn = Array.from({ length: packing.days }, () => new Set<number>())
  const stripsOf: StripRow[][] = days.map(() => [])
  const unshot: StripRow[] = []

  schedule.order.forEach((id, position) => {
    const s = index.get(id)!
    const scene = scenes.get(id)!
    const minutes = packing.minutes[s]!
    const strip: StripRow = { kind: 'strip', key: id, scene, index: position, minutes, day: packing.day[s]!, lastDay: packing.lastDay[s]!, move: packing.move[s] === 1 }
    if (minutes === 0) {
      unshot.push(strip)
      return
    }
    const first = strip.day
    const last = strip.lastDay
    stripsOf[first - 1]!.push(strip)
    // A scene longer than a day fills the days before its last; the rest goes on its last day.
    for (let d = first; d <= last; d++) {
      const row = days[d - 1]!
      row.used += d < last ? H : minutes - (last - first) * H
      if (!row.locations.includes(scene.location)) row.locations.push(scene.location)
      for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++) castOn[d - 1]!.add(plan.castList[k]!)
    }
    if (strip.move) {
      days[first - 1]!.used += plan.moveMinutes
      days[first - 1]!.moves++
    }
  })
  const rows: BoardRow[] = []
  days.forEach((row, i) => {
    row.cast = [...castOn[i]!].sort((a, b) => a - b).map(c => plan.castIds[c]!)
    rows.push(row, ...stripsOf[i]!)
  })
  if (unshot.length > 0) rows.push({ kind: 'unshot', key: 'unshot', count: unshot.length }, ...unshot)
  return rows
}

/** The usual stripboard colour of a scene: day interior white, day exterior yellow, night interior blue, night exterior green, dawn and dusk their own. */
export type StripColour = 'day-int' | 'day-ext' | 'night-int' | 'night-ext' | 'dawn' | 'dusk'

export function stripColour(scene: Pick<Scene, 'time' | 'setting'>): StripColour {
  if (scene.time === 'dawn' || scene.time === 'dusk') return scene.time
  const outside = scene.setting !== 'int'
  return `${scene.time}-${outside ? 'ext' : 'int'}` as StripColour
}

/**
 * The order with the scenes `moving` taken out and put back together, in their present order,
 * before the scene now at position `before` of `order` (at the end when `before` is past it).
 */
export function moveStrips(order: readonly string[], moving: ReadonlySet<string>, before: number): string[] {
  const at = Math.max(0, Math.min(before, order.length))
  const kept: string[] = []
  const moved: string[] = []
  let insertAt = -1
  order.forEach((id, i) => {
    if (i === at) insertAt = kept.length
    if (moving.has(id)) moved.push(id)
    else kept.push(id)
  })
  if (insertAt < 0) insertAt = kept.length
  // Moving a block before one of its own strips: put it before the next strip not moved.
  kept.splice(insertAt, 0, ...moved)
  return kept
}

/** The selected strips one place up (−1) or down (+1), as a block; the order unchanged at an end. */
export function nudgeStrips(order: readonly string[], moving: ReadonlySet<string>, direction: -1 | 1): string[] {
  const positions = order.map((id, i) => (moving.has(id) ? i : -1)).filter(i => i >= 0)
  if (positions.length === 0) return [...order]
  const first = positions[0]!
  const last = positions[positions.length - 1]!
  if (direction < 0 && first === 0) return [...order]
  if (direction > 0 && last === order.length - 1) return [...order]
  // Up: before the strip above the first selected; down: after the strip below the last (before the one after it).
  return moveStrips(order, moving, direction < 0 ? first - 1 : last + 2)
}

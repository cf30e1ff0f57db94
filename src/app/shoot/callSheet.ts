/**
 * A call sheet's content for one shooting day: the scenes shot that day in order (a scene longer
 * than a day on each of its days), the cast called with their first scene, and the moves between
 * locations. Pure: from the stripboard's rows.
 */
import type { BoardRow, DayRow, StripRow } from './stripboard'

export interface CallSheetDay {
  day: DayRow
  scenes: StripRow[]
  /** Cast ids called that day, with the number of their first scene, in order of that scene. */
  calls: { id: string, firstScene: string }[]
  /** Each move: after which scene, from where to where. */
  moves: { after: string, from: string, to: string }[]
}

export function callSheetDay(rows: readonly BoardRow[], n: number): CallSheetDay | null {
  const day = rows.find((r): r is DayRow => r.kind === 'day' && r.day === n)
  if (!day) return null
  const scenes = rows.filter((r): r is StripRow => r.kind === 'strip' && r.minutes > 0 && r.day <= n && r.lastDay >= n)
  const calls: CallSheetDay['calls'] = []
  const seen = new Set<string>()
  const moves: CallSheetDay['moves'] = []
  scenes.forEach((s, i) => {
    for (const c of s.scene.cast) {
      if (seen.has(c)) continue
      seen.add(c)
      calls.push({ id: c, firstScene: s.scene.number })
    }
    const before = scenes[i - 1]
    if (s.move && before && s.day === n) moves.push({ after: before.scene.number, from: before.scene.location, to: s.scene.location })
  })
  return { day, scenes, calls, moves }
}

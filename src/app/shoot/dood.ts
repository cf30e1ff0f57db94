/**
 * The day out of days: for each cast member, each shooting day marked as the industry marks it,
 * SW (start work), W (work), H (hold: not working but paid, between a span-paid member's first
 * and last day), WF (work finish), SWF (a single day), with worked, held and paid totals; and for
 * each location the days the company is there. Pure: from the engine's packing.
 */
import type { PackedShoot } from '@/engine/shootSchedule'

export type DoodMark = 'SW' | 'W' | 'H' | 'WF' | 'SWF' | ''

export interface DoodCastRow {
  id: string
  /** One mark per shooting day, day 1 first. */
  marks: DoodMark[]
  worked: number
  held: number
  paid: number
  first: number
  last: number
}

export interface DoodLocationRow {
  id: string
  /** True on each shooting day with a scene there. */
  on: boolean[]
  days: number
}

export interface Dood {
  days: number
  cast: DoodCastRow[]
  locations: DoodLocationRow[]
}

export function dayOutOfDays(packed: PackedShoot): Dood {
  const { plan, packing } = packed
  const D = packing.days
  const works = plan.castIds.map(() => new Uint8Array(D + 1))
  const at = plan.locationIds.map(() => new Uint8Array(D + 1))
  for (let s = 0; s < plan.sceneIds.length; s++) {
    if (packing.minutes[s] === 0) continue
    for (let d = packing.day[s]!; d <= packing.lastDay[s]!; d++) {
      for (let k = plan.castStart[s]!; k < plan.castStart[s + 1]!; k++) works[plan.castList[k]!]![d] = 1
      const l = plan.sceneLocation[s]!
      if (l >= 0) at[l]![d] = 1
    }
  }
  const cast = plan.castIds.map((id, m): DoodCastRow => {
    const first = packing.castFirst[m]!
    const last = packing.castLast[m]!
    const span = plan.castSpan[m] === 1
    const marks: DoodMark[] = []
    let held = 0
    for (let d = 1; d <= D; d++) {
      const w = works[m]![d] === 1
      if (!w) {
        const hold = span && first > 0 && d > first && d < last
        if (hold) held++
        marks.push(hold ? 'H' : '')
      }
      else marks.push(d === first && d === last ? 'SWF' : d === first ? 'SW' : d === last ? 'WF' : 'W')
    }
    return { id, marks, worked: packing.castWorked[m]!, held, paid: packing.castPaid[m]!, first, last }
  })
  const locations = plan.locationIds.map((id, l): DoodLocationRow => ({ id, on: Array.from({ length: D }, (_, i) => at[l]![i + 1] === 1), days: packing.locationDays[l]! }))
  return { days: D, cast, locations }
}

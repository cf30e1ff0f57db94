/**
 * What the breakdown adds up to (MODEL.md §6), as plain functions: scenes and minutes per location;
 * scenes, episodes and minutes per cast member; minutes per episode against the project's minutes
 * per episode. Minutes are summed in thousandths, so 0.1 + 0.2 shows as 0.3.
 */
import type { Project } from '@/engine/types'

/** An episode whose scenes are this far (a share of its target) from the minutes per episode is flagged. */
export const EPISODE_TOLERANCE = 0.1

const sum = (values: readonly number[]) => Math.round(values.reduce((a, m) => a + Math.round(m * 1000), 0)) / 1000

export interface LocationSummary {
  id: string
  name: string
  scenes: number
  minutes: number
}

export interface CastSummary {
  id: string
  name: string
  scenes: number
  episodes: number
  minutes: number
}

export interface EpisodeSummary {
  episode: number
  scenes: number
  minutes: number
  /** The project's minutes per episode. */
  target: number
  /** minutes − target. */
  difference: number
  /** over or under when the difference passes EPISODE_TOLERANCE of the target. */
  flag: 'over' | 'under' | 'ok'
}

/** Per location, in the project's order, the ones in no scene included (0). */
export function locationSummary(p: Project): LocationSummary[] {
  const scenes = p.scenes ?? []
  return (p.locations ?? []).map((l) => {
    const at = scenes.filter(s => s.location === l.id)
    return { id: l.id, name: l.name, scenes: at.length, minutes: sum(at.map(s => s.minutes)) }
  })
}

/** Per cast member, in the project's order. */
export function castSummary(p: Project): CastSummary[] {
  const scenes = p.scenes ?? []
  return (p.cast ?? []).map((c) => {
    const within = scenes.filter(s => s.cast.includes(c.id))
    return { id: c.id, name: c.name, scenes: within.length, episodes: new Set(within.map(s => s.episode)).size, minutes: sum(within.map(s => s.minutes)) }
  })
}

/** Per episode that has scenes, in episode order. */
export function episodeSummary(p: Project): EpisodeSummary[] {
  const target = p.meta.minutesPerEpisode
  const by = new Map<number, number[]>()
  for (const s of p.scenes ?? []) by.set(s.episode, [...(by.get(s.episode) ?? []), s.minutes])
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([episode, minutes]) => {
    const total = sum(minutes)
    const difference = Math.round((total - target) * 1000) / 1000
    const off = Math.abs(difference) > target * EPISODE_TOLERANCE + 1e-9
    return { episode, scenes: minutes.length, minutes: total, target, difference, flag: !off ? 'ok' : difference > 0 ? 'over' : 'under' }
  })
}

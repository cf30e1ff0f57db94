/**
 * A generated micro-drama with a breakdown and a shoot plan (MODEL.md §6), deterministic from a
 * seed: scenes over episodes at locations with cast, a cast line per cast member following its paid
 * days, a line per location following its days, crew lines following the shoot days, and an AI
 * scenario with a scene-hours lever. For the stripboard's tests and benchmarks.
 */
import { seededRandom } from '../../src/engine/random'
import type { CastMember, Line, Location, Project, Scene, SceneSetting, SceneTime } from '../../src/engine/types'
import { largeProject } from './large'

export interface ShootOptions {
  scenes?: number
  episodes?: number
  locations?: number
  cast?: number
  /** Other budget lines (from tests/support/large.ts). */
  lines?: number
  seed?: number
}

export function shootProject(options: ShootOptions = {}): Project {
  const { scenes: n = 120, episodes = 12, locations: nLoc = 10, cast: nCast = 8, lines: nLines = 60, seed = 7 } = options
  const random = seededRandom(seed)
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const base = largeProject({ lines: nLines, scenarios: 2, seed })
  const locations: Location[] = Array.from({ length: nLoc }, (_, i) => ({ id: `loc${i}`, name: `Location ${i}` }))
  const cast: CastMember[] = Array.from({ length: nCast }, (_, i) => ({ id: `c${i}`, name: `Actor ${i}`, pay: i < Math.ceil(nCast / 2) ? 'span' : 'worked' }))
  const times: SceneTime[] = ['day', 'day', 'night', 'day', 'dusk', 'night', 'dawn']
  const settings: SceneSetting[] = ['int', 'int', 'ext', 'int', 'int-ext']
  const perEpisode = Math.max(1, Math.round(n / episodes))
  const scenes: Scene[] = Array.from({ length: n }, (_, i) => {
    const episode = Math.min(episodes, 1 + Math.floor(i / perEpisode))
    const k = i - (episode - 1) * perEpisode + 1
    const who = new Set<string>()
    // Leads are in most scenes, the others now and then.
    if (random() < 0.8) who.add('c0')
    if (random() < 0.6) who.add(`c${Math.min(1, nCast - 1)}`)
    for (let j = 0; j < 2; j++) if (random() < 0.5) who.add(`c${int(0, nCast - 1)}`)
    return {
      id: `e${episode}s${k}`,
      episode,
      number: `${episode}-${k}`,
      time: times[int(0, times.length - 1)]!,
      setting: settings[int(0, settings.length - 1)]!,
      location: `loc${Math.min(nLoc - 1, Math.floor(random() ** 1.6 * nLoc))}`,
      cast: [...who],
      minutes: Math.round((0.3 + random() * 1.7) * 10) / 10,
      ...(random() < 0.15 ? { tags: ['establishing'] } : {}),
      summary: `Scene ${episode}-${k}`,
    }
  })
  const lines: Line[] = [
    ...base.lines,
    ...cast.map((c, i): Line => ({ id: `cast-${c.id}`, section: 'sec0', name: c.name, kind: 'labor', qty: { of: `cast:${c.id}` }, unit: 'day', count: 1, rate: i < 2 ? 8000 : 1500 })),
    ...locations.map((l): Line => ({ id: `loc-${l.id}`, section: 'sec1', name: l.name, kind: 'cost', qty: { of: `location:${l.id}` }, unit: 'day', count: 1, rate: 2000 })),
    { id: 'crew-day', section: 'sec2', name: 'Shooting crew', kind: 'labor', qty: { of: 'shoot-days' }, unit: 'day', count: 25, rate: 600 },
  ]
  return {
    ...base,
    meta: { ...base.meta, title: `Plan of ${n} scenes`, episodes, minutesPerEpisode: 2 },
    lines,
    locations,
    cast,
    scenes,
    shoot: { phase: 'shoot', hoursPerDay: 12, moveHours: 1, hoursPerMinute: 1.5 },
    levers: [
      ...(base.levers ?? []),
      { id: 'ai-plates', name: 'AI establishing shots', scenes: { tags: ['establishing'], hours: { low: 40, likely: 60, high: 80 } } },
    ],
    scenarios: base.scenarios.map(s => (s.baseline ? s : { ...s, adoption: { ...s.adoption, 'ai-plates': 100 } })),
  }
}

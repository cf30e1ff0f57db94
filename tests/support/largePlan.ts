/**
 * A large project with a shoot plan, for benchmarks: the 5,000-line project of large.ts with 800
 * scenes at 40 locations with 20 cast members, cast and location lines following the plan, and
 * two levers cutting scene hours.
 */
import { seededRandom } from '../../src/engine/random'
import type { Line, Project, Scenario, Scene } from '../../src/engine/types'
import { largeProject } from './large'

function withoutShootDays(o: Scenario['overrides']): Scenario['overrides'] {
  if (!o?.phases?.shoot) return o
  const { shoot: _, ...phases } = o.phases
  return { ...o, phases }
}

export function largePlanProject(scenes = 800, seed = 7): Project {
  const p = largeProject()
  const random = seededRandom(seed)
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
  const locations = Array.from({ length: 40 }, (_, i) => ({ id: `loc${i}`, name: `Location ${i}` }))
  const cast = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, name: `Cast ${i}`, pay: i % 4 === 3 ? 'worked' as const : 'span' as const }))
  const list: Scene[] = Array.from({ length: scenes }, (_, i) => ({
    id: `e${Math.floor(i / 8) + 1}s${(i % 8) + 1}`,
    episode: Math.floor(i / 8) + 1,
    number: `${Math.floor(i / 8) + 1}-${(i % 8) + 1}`,
    time: random() < 0.7 ? 'day' : 'night',
    setting: random() < 0.6 ? 'int' : 'ext',
    location: locations[int(0, 39)]!.id,
    cast: [...new Set(Array.from({ length: int(1, 4) }, () => cast[Math.floor(random() ** 2 * 20)]!.id))],
    minutes: int(3, 30) / 10,
    tags: random() < 0.2 ? ['establishing'] : [],
  }))
  const lines: Line[] = [
    ...cast.map((c, i): Line => ({ id: `cast-${c.id}`, section: 'sec0', name: c.name, kind: 'labor', qty: { of: `cast:${c.id}` }, unit: 'day', count: 1, rate: 800 + 100 * i })),
    ...locations.map((l): Line => ({ id: `loc-${l.id}`, section: 'sec1', name: l.name, kind: 'cost', qty: { of: `location:${l.id}` }, unit: 'day', count: 1, rate: 1500 })),
  ]
  return {
    ...p,
    lines: [...p.lines, ...lines],
    levers: [
      ...(p.levers ?? []),
      { id: 'plates', name: 'Plates', scenes: { tags: ['establishing'], hours: { low: 20, likely: 40, high: 60 } } },
      { id: 'previs', name: 'Previs', scenes: { hours: { low: 5, likely: 10, high: 15 } } },
    ],
    // The shooting phase lasts the packed days: no scenario may type its days.
    scenarios: p.scenarios.map((s, i) => (i === 0 ? s : { ...s, adoption: { ...s.adoption, plates: 100, previs: 50 }, overrides: withoutShootDays(s.overrides) })),
    locations,
    cast,
    scenes: list,
    shoot: { phase: 'shoot', hoursPerDay: 12, moveHours: 1, hoursPerMinute: 1.5, order: list.map(s => s.id) },
  }
}

/**
 * A generated micro-drama with a real breakdown and plan, for the optimiser's benchmark and tests:
 * 80 episodes in 8 story arcs, 600 scenes of a few seconds to half a minute on screen, 40 locations
 * (6 used all through the story, 34 belonging to the arcs) and 20 cast members (2 leads in most
 * scenes, 4 supporting players each in a stretch of four arcs, 14 day players who belong to one
 * arc and come back in a later one, in one in twenty of those arcs' scenes); one scene in
 * seven revisits a place of another arc. Crew and
 * kit per shoot day, cast per paid day (booked from first day to last), locations per day; script
 * and post as fixed sums; fringes and a contingency. Figures are typical of a Chinese micro-drama
 * (leads ¥6,000 a day, a crew of about 30 at ¥35,000 a day), not quotes.
 */
import { seededRandom } from '../../src/engine/random'
import type { CastMember, Line, Location, Project, Scene } from '../../src/engine/types'

export interface MicroDramaOptions {
  scenes?: number
  seed?: number
}

/** The project; its `shoot.order` shoots location by location, each in script order (`locationOrder`). */
export function microDrama(options: MicroDramaOptions = {}): Project {
  const n = options.scenes ?? 600
  const random = seededRandom(options.seed ?? 16)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const arcs = 8
  const episodes = 80
  const core = Array.from({ length: 6 }, (_, i) => `core${i + 1}`)
  const arcLocations = Array.from({ length: arcs }, (_, a) => Array.from({ length: a < 2 ? 5 : 4 }, (_, k) => `arc${a + 1}-${k + 1}`))
  const locations: Location[] = [...core, ...arcLocations.flat()].map(id => ({ id, name: id }))
  const leads = ['lead1', 'lead2']
  const supporting = ['sup1', 'sup2', 'sup3', 'sup4']
  const day = Array.from({ length: 14 }, (_, i) => `day${i + 1}`)
  // Supporting players belong to a stretch of arcs (the rival of arcs 1–4 …), day players to one arc.
  const supportingArcs = [[0, 1, 2, 3], [2, 3, 4, 5], [4, 5, 6, 7], [0, 1, 6, 7]]
  // Day players: two in each of arcs 1–6, one in arcs 7–8; each comes back in one later arc.
  const returns = day.map((_, i) => (i % arcs) + 1 + Math.floor(random() * (arcs - 1 - (i % arcs))))
  const dayOf = (arc: number): string[] => day.filter((_, i) => i % arcs === arc || (returns[i] === arc && i % arcs < arcs - 1))
  const cast: CastMember[] = [...leads, ...supporting, ...day].map(id => ({ id, name: id, pay: 'span' }))
  const scenes: Scene[] = []
  for (let k = 0; k < n; k++) {
    const episode = 1 + Math.floor(k * episodes / n)
    const arc = Math.min(arcs - 1, Math.floor((episode - 1) * arcs / episodes))
    // The story's own places, this arc's, and now and then a place of another arc (a revisit).
    const where = random()
    const location = where < 0.35
      ? core[Math.min(5, Math.floor(random() * random() * 7))]!
      : where < 0.85 ? pick(arcLocations[arc]!) : pick(arcLocations.flat())
    const members = new Set<string>()
    if (random() < 0.7) members.add('lead1')
    if (random() < 0.55) members.add('lead2')
    supporting.forEach((s, i) => { if (supportingArcs[i]!.includes(arc) && random() < 0.3) members.add(s) })
    for (const d of dayOf(arc)) if (random() < 0.05) members.add(d)
    if (members.size === 0) members.add('lead1')
    // Screen minutes: 0.1–0.5, mostly short.
    const minutes = Math.round((0.1 + 0.4 * random() * random()) * 100) / 100
    scenes.push({
      id: `e${episode}s${k + 1}`, episode, number: `${episode}-${k + 1}`,
      time: random() < 0.3 ? 'night' : 'day', setting: random() < 0.7 ? 'int' : 'ext',
      location, cast: [...members], minutes,
    })
  }
  const rates: Record<string, number> = { lead1: 6000, lead2: 6000, sup1: 2500, sup2: 2500, sup3: 2500, sup4: 2500 }
  const line = (id: string, section: string, kind: Line['kind'], qty: Line['qty'], rate: number, count = 1): Line =>
    ({ id, section, name: id, kind, qty, unit: 'day', count, rate, ...(kind === 'labor' ? { fringes: ['social'] } : {}) })
  const lines: Line[] = [
    line('script', 'atl', 'labor', 1, 60000),
    ...cast.map(c => line(`pay-${c.id}`, 'cast', 'labor', { of: `cast:${c.id}` }, rates[c.id] ?? 1200)),
    line('crew', 'crew', 'labor', { of: 'shoot-days' }, 35000),
    line('kit', 'crew', 'cost', { of: 'shoot-days' }, 8000),
    ...locations.map(l => line(`loc-${l.id}`, 'locations', 'cost', { of: `location:${l.id}` }, l.id.startsWith('core') ? 3000 : 1500)),
    line('post', 'post', 'labor', 1, 80000),
  ]
  return {
    schemaVersion: 1,
    meta: { title: 'Generated micro-drama', currency: 'CNY', locale: 'zh-CN', episodes, minutesPerEpisode: 1.5 },
    phases: [
      { id: 'prep', name: 'Prep', days: 7 },
      { id: 'shoot', name: 'Shoot', days: 12, after: ['prep'] },
      { id: 'post', name: 'Post', days: 20, after: ['shoot'] },
    ],
    sections: [
      { id: 'atl', name: 'Script', group: 'atl' }, { id: 'cast', name: 'Cast', group: 'atl' },
      { id: 'crew', name: 'Crew', group: 'btl' }, { id: 'locations', name: 'Locations', group: 'btl' },
      { id: 'post', name: 'Post', group: 'post' },
    ],
    fringes: [{ id: 'social', name: 'Social insurance', percent: 10 }],
    lines,
    markups: [{ id: 'contingency', name: 'Contingency', percent: 5 }],
    scenarios: [{ id: 'baseline', name: 'Traditional', baseline: true, adoption: {} }],
    locations,
    cast,
    scenes,
    shoot: { phase: 'shoot', hoursPerDay: 12, moveHours: 1, hoursPerMinute: 1.2, order: locationOrder(scenes) },
  }
}

/** Location by location, in order of first appearance in the script, each in script order. */
export function locationOrder(scenes: readonly Scene[]): string[] {
  const byLocation = new Map<string, string[]>()
  for (const s of scenes) byLocation.set(s.location, [...(byLocation.get(s.location) ?? []), s.id])
  return [...byLocation.values()].flat()
}
